// Words for a story's rehearsal record: the code lens line and the hover on `Rehearsed:`.
import type { RehearsalEntry } from '../bank/report';
import { formatDuration } from '../parse/duration';
import { dayOf, daysBetween, weekday } from './dates';
import type { RehearsalSchedule } from './schedule';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "today", "Tue" within a week either side, else "Nov 20". */
export function relativeDay(date: string, today: string): string {
  const distance = daysBetween(today, date);
  if (distance === 0) return 'today';
  if (distance === -1) return 'yesterday';
  if (distance === 1) return 'tomorrow';
  if (Math.abs(distance) < 7) return WEEKDAYS[weekday(date)];
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** "rehearsed 3× · last Tue · due Fri", "never rehearsed · due today". */
export function rehearsalLine(schedule: RehearsalSchedule, today: string): string {
  if (schedule.rehearsals === 0 || !schedule.lastRehearsed) return 'never rehearsed · due today';
  const due = schedule.due ? (schedule.nextRehearsal < today ? `overdue since ${relativeDay(schedule.nextRehearsal, today)}` : 'due today') : `due ${relativeDay(schedule.nextRehearsal, today)}`;
  return `rehearsed ${schedule.rehearsals}× · last ${relativeDay(schedule.lastRehearsed, today)} · ${due}`;
}

export type TimingTrend = 'faster' | 'slower' | 'steady' | 'unknown';

export interface HistorySummary {
  readonly count: number;
  /** Timed rehearsals only (hand-written dates have no timing). */
  readonly timed: readonly { readonly date: string; readonly seconds: number; readonly rating: string }[];
  readonly withinTarget: number | null;
  readonly trend: TimingTrend;
  /** Markdown lines for a hover. */
  readonly lines: readonly string[];
}

/** Count, times against the target, and whether recent runs got faster or slower than earlier ones. */
export function summarizeHistory(history: readonly RehearsalEntry[], targetSeconds: number | null): HistorySummary {
  const timed = history
    .filter((entry) => entry.seconds > 0)
    .map((entry) => ({ date: dayOf(entry.at) ?? entry.at.slice(0, 10), seconds: Math.round(entry.seconds), rating: entry.rating }));
  const withinTarget = targetSeconds === null ? null : timed.filter((run) => run.seconds <= targetSeconds).length;
  const trend = trendOf(timed.map((run) => run.seconds));
  const lines: string[] = [`**Rehearsed ${history.length}×**${timed.length < history.length ? ` (${timed.length} timed)` : ''}`];
  if (timed.length > 0) {
    const recent = timed.slice(-5).map((run) => `${run.date}: ${formatDuration(run.seconds)} (${run.rating})`);
    lines.push(...recent.map((line) => `- ${line}`));
    if (withinTarget !== null && targetSeconds !== null) lines.push(`${withinTarget} of ${timed.length} within the ${formatDuration(targetSeconds)} target.`);
    if (trend !== 'unknown') lines.push(trend === 'steady' ? 'Timing is steady.' : `Getting ${trend}: recent runs against earlier ones.`);
  }
  return { count: history.length, timed, withinTarget, trend, lines };
}

function trendOf(seconds: readonly number[]): TimingTrend {
  if (seconds.length < 2) return 'unknown';
  const half = Math.floor(seconds.length / 2);
  const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const earlier = mean(seconds.slice(0, half));
  const later = mean(seconds.slice(seconds.length - half));
  const change = (later - earlier) / earlier;
  if (Math.abs(change) < 0.1) return 'steady';
  return change < 0 ? 'faster' : 'slower';
}
