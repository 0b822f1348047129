// Balance of the bank: achievements, challenges and failures (spec §5, bank-balance). Too few
// failures reads as arrogant; too many raises doubts about competence.
import type { BankReport } from '../engine/browser';

export interface BalanceSlice {
  readonly kind: string;
  readonly label: string;
  readonly count: number;
  readonly ratio: number;
}

export interface Balance {
  readonly total: number;
  readonly slices: readonly BalanceSlice[];
  readonly verdict: 'empty' | 'no-failure' | 'few-failures' | 'many-failures' | 'balanced';
  /** The verdict in a sentence: the chart's text equivalent. */
  readonly text: string;
}

const LABELS: Readonly<Record<string, string>> = { achievement: 'Achievements', challenge: 'Challenges', failure: 'Failures' };

export function balance(report: BankReport): Balance {
  const counts = new Map<string, number>([['achievement', 0], ['challenge', 0], ['failure', 0]]);
  for (const story of report.stories) counts.set(story.kind, (counts.get(story.kind) ?? 0) + 1);
  const total = report.stories.length;
  const slices = [...counts].map(([kind, count]) => ({ kind, label: LABELS[kind] ?? kind, count, ratio: total === 0 ? 0 : count / total }));
  const failures = counts.get('failure') ?? 0;
  const verdict: Balance['verdict'] =
    total === 0 ? 'empty' : failures === 0 ? 'no-failure' : failures / total < 1 / 6 ? 'few-failures' : failures / total > 1 / 2 ? 'many-failures' : 'balanced';
  const tally = slices.map((slice) => `${slice.count} ${slice.count === 1 ? slice.label.toLowerCase().replace(/s$/, '') : slice.label.toLowerCase()}`).join(', ');
  const advice: Record<Balance['verdict'], string> = {
    empty: 'No stories yet.',
    'no-failure': 'No failure story: interviewers will ask for one.',
    'few-failures': 'Few failure stories: aim for about one in five.',
    'many-failures': 'More than half are failures: add achievements.',
    balanced: 'Balanced.',
  };
  return { total, slices, verdict, text: total === 0 ? advice.empty : `${tally}. ${advice[verdict]}` };
}
