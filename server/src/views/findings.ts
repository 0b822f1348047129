// Open findings per story, grouped by guideline, and the bank's own findings.
import type { BankFinding, BankReport, FindingCounts } from '../engine/browser';

export interface StoryFindingsRow {
  readonly story: string;
  readonly title: string;
  readonly counts: FindingCounts;
  readonly total: number;
  /** Count per guideline, in the order of FindingsView.guidelines (0 where none). */
  readonly byGuideline: readonly number[];
}

export interface FindingsView {
  /** Guidelines with at least one open finding, most findings first. */
  readonly guidelines: readonly string[];
  /** Stories with open findings, most first. */
  readonly rows: readonly StoryFindingsRow[];
  readonly cleanStories: number;
  /** Findings about the bank as a whole (or pairs of stories), errors first. */
  readonly bank: readonly BankFinding[];
}

const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function findingsView(report: BankReport): FindingsView {
  const perGuideline = new Map<string, number>();
  for (const story of report.stories) {
    for (const [guideline, count] of Object.entries(story.findingsByGuideline)) {
      if (count > 0) perGuideline.set(guideline, (perGuideline.get(guideline) ?? 0) + count);
    }
  }
  const guidelines = [...perGuideline].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([guideline]) => guideline);
  const rows = report.stories
    .map((story) => {
      const { error, warning, info, hint } = story.findings;
      return {
        story: story.id,
        title: story.title,
        counts: story.findings,
        total: error + warning + info + hint,
        byGuideline: guidelines.map((guideline) => story.findingsByGuideline[guideline] ?? 0),
      };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.total - a.total);
  const bank = [...report.findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9));
  return { guidelines, rows, cleanStories: report.stories.length - rows.length, bank };
}
