// Rehearsal history per story: how often, how recently, what is due, and where the timing is heading.
import type { BankReport } from '../engine/browser';
import { daysBetween, formatDuration, relativeDays } from './dates';
import type { ViewOptions } from './options';

/** A change under 5% between the first and the last timing is steady. */
const STEADY = 0.05;

export type TimingTrend = 'faster' | 'slower' | 'steady';

export interface RehearsalRow {
  readonly story: string;
  readonly title: string;
  readonly count: number;
  readonly last: string | null;
  /** Days since the last rehearsal. */
  readonly daysSince: number | null;
  readonly next: string | null;
  readonly due: boolean;
  /** Seconds of each logged rehearsal, oldest first. */
  readonly timings: readonly number[];
  readonly target: number | null;
  readonly trend: TimingTrend | null;
  readonly text: string;
}

export interface RehearsalView {
  readonly rows: readonly RehearsalRow[];
  readonly rehearsed: number;
  readonly due: number;
  readonly total: number;
  /** Days until the interview, when one is set and still ahead (or today). */
  readonly daysToInterview: number | null;
}

export function rehearsalView(report: BankReport, options: ViewOptions): RehearsalView {
  const rows = report.stories.map((story): RehearsalRow => {
    const timings = story.rehearsalHistory.map((entry) => entry.seconds);
    const trend = timingTrend(timings);
    const daysSince = daysBetween(story.lastRehearsed, options.today);
    const parts = [
      story.rehearsals === 0 ? 'never rehearsed' : `rehearsed ${story.rehearsals} ${story.rehearsals === 1 ? 'time' : 'times'}`,
      daysSince !== null ? `last ${relativeDays(-daysSince)}` : null,
      story.due ? 'due now' : story.nextRehearsal ? `next ${story.nextRehearsal}` : null,
      timings.length > 0 ? `timings ${timings.map(formatDuration).join(', ')}${trend ? ` (${trend})` : ''}` : null,
    ];
    return {
      story: story.id,
      title: story.title,
      count: story.rehearsals,
      last: story.lastRehearsed,
      daysSince,
      next: story.nextRehearsal,
      due: story.due,
      timings,
      target: story.targetSeconds,
      trend,
      text: parts.filter((part) => part !== null).join('; '),
    };
  });
  const toInterview = daysBetween(options.today, report.interviewDate ?? report.role?.interview ?? null);
  return {
    rows,
    rehearsed: rows.filter((row) => row.count > 0).length,
    due: rows.filter((row) => row.due).length,
    total: rows.reduce((sum, row) => sum + row.count, 0),
    daysToInterview: toInterview !== null && toInterview >= 0 ? toInterview : null,
  };
}

/** First against last timing; null with fewer than two. */
export function timingTrend(timings: readonly number[]): TimingTrend | null {
  if (timings.length < 2) return null;
  const first = timings[0];
  const last = timings[timings.length - 1];
  if (first <= 0) return null;
  const change = (last - first) / first;
  return change < -STEADY ? 'faster' : change > STEADY ? 'slower' : 'steady';
}
