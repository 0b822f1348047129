// When each story is due again: FSRS (ts-fsrs) turns the self-ratings into intervals, and the
// interview date caps them so that every story is rehearsed in the last days before the interview.
import type * as TsFsrs from 'ts-fsrs' with { 'resolution-mode': 'import' };
import type { RehearsalEntry, RehearsalRating } from '../bank/report';
import { addDays, dayOf, daysBetween } from './dates';

export interface ScheduleOptions {
  /** Today, as an ISO date: the schedule is a pure function of it (tests fix the clock here). */
  readonly today: string;
  /** ISO date of the interview, when known. */
  readonly interviewDate?: string | null;
  /** Days before the interview in which every story should be rehearsed once more (default 3). */
  readonly finalDays?: number;
}

export interface RehearsalSchedule {
  readonly rehearsals: number;
  /** ISO date of the last rehearsal. */
  readonly lastRehearsed: string | null;
  /** ISO date the story is due again; today for a story never rehearsed. */
  readonly nextRehearsal: string;
  readonly due: boolean;
  /** The interval FSRS chose after the last rating, before any cap (0 when never rehearsed). */
  readonly intervalDays: number;
  /** True when the interview date brought the next rehearsal forward. */
  readonly capped: boolean;
}

export const DEFAULT_FINAL_DAYS = 3;
/** The stretch before the interview in which relevance to the role orders the queue. */
export const FINAL_WEEK_DAYS = 7;

// ts-fsrs is an ES module with a CommonJS build; this project compiles to CommonJS, so its values
// come through require (typed from the ES module's declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyCard, fsrs, generatorParameters, Rating } = require('ts-fsrs') as typeof TsFsrs;
type Card = TsFsrs.Card;
type Grade = TsFsrs.Grade;

const GRADES: Readonly<Record<RehearsalRating, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
// Whole-day intervals and no random fuzz: a schedule people can predict, and tests can pin.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

/** One story's schedule from its rehearsals (any order; entries with an unreadable time are ignored). */
export function scheduleRehearsals(history: readonly RehearsalEntry[], options: ScheduleOptions): RehearsalSchedule {
  const dated = history
    .map((entry) => ({ entry, day: dayOf(entry.at) }))
    .filter((item): item is { entry: RehearsalEntry; day: string } => item.day !== null)
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at));
  if (dated.length === 0) {
    return { rehearsals: 0, lastRehearsed: null, nextRehearsal: options.today, due: true, intervalDays: 0, capped: false };
  }

  let card: Card = createEmptyCard(new Date(dated[0].entry.at));
  for (const { entry } of dated) card = scheduler.next(card, new Date(entry.at), GRADES[entry.rating]).card;
  const last = dated[dated.length - 1].day;
  const intervalDays = Math.max(1, card.scheduled_days);
  const uncapped = addDays(last, intervalDays);
  const next = capByInterview(last, uncapped, options);
  return {
    rehearsals: dated.length,
    lastRehearsed: last,
    nextRehearsal: next,
    due: next <= options.today,
    intervalDays,
    capped: next < uncapped,
  };
}

/**
 * Before the interview: never wait more than half the days left (there is always another chance to
 * rehearse), and a story not yet rehearsed in the final days comes due when they begin.
 */
function capByInterview(last: string, next: string, options: ScheduleOptions): string {
  const interview = options.interviewDate;
  if (!interview) return next;
  const finalStart = addDays(interview, -(options.finalDays ?? DEFAULT_FINAL_DAYS));
  if (last >= finalStart) return next;
  const halfway = addDays(last, Math.max(1, Math.floor(daysBetween(last, interview) / 2)));
  return [next, halfway, finalStart].sort()[0];
}

/**
 * Merges the log with the dates of a story's `Rehearsed:` line: a date with no logged rehearsal
 * that day counts as one rated `good` (written by hand, so no timing).
 */
export function withHandWrittenDates(storyId: string, logged: readonly RehearsalEntry[], rehearsedDates: readonly string[]): RehearsalEntry[] {
  const loggedDays = new Set(logged.map((entry) => dayOf(entry.at)));
  const extra = [...new Set(rehearsedDates)]
    .filter((date) => !loggedDays.has(date))
    .map((date): RehearsalEntry => ({ story: storyId, at: `${date}T12:00:00`, seconds: 0, sections: {}, rating: 'good' }));
  return [...logged, ...extra].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export interface QueueItem {
  readonly schedule: RehearsalSchedule;
  /** Relevance to the target role in [0, 1] (0 when there is no role). */
  readonly relevance: number;
}

/** True from a week before the interview to the interview day. */
export function inFinalWeek(today: string, interviewDate: string | null | undefined): boolean {
  if (!interviewDate) return false;
  const left = daysBetween(today, interviewDate);
  return left >= 0 && left <= FINAL_WEEK_DAYS;
}

/**
 * The order to rehearse in: due stories first. In the last week before the interview the stories
 * most relevant to the role lead; otherwise the longest overdue (then never rehearsed) lead.
 */
export function rehearsalOrder<T extends QueueItem>(items: readonly T[], options: ScheduleOptions): T[] {
  const finalWeek = inFinalWeek(options.today, options.interviewDate);
  return [...items].sort((a, b) => {
    if (a.schedule.due !== b.schedule.due) return a.schedule.due ? -1 : 1;
    if (finalWeek && a.relevance !== b.relevance) return b.relevance - a.relevance;
    if (a.schedule.nextRehearsal !== b.schedule.nextRehearsal) return a.schedule.nextRehearsal < b.schedule.nextRehearsal ? -1 : 1;
    return b.relevance - a.relevance;
  });
}
