import { formatDuration, type LintResult, type Severity, type StorySummary } from '../../engine';

/** Severities the writer is asked to act on; hints and infos are nudges, not counted as open. */
const OPEN_SEVERITIES: readonly Severity[] = ['error', 'warning'];

/** The story an offset falls in: the last story starting at or before it (the preamble counts as the first). */
export function storyAt(result: LintResult, offset: number): StorySummary | undefined {
  let found: StorySummary | undefined = result.stories[0];
  for (const story of result.stories) if (story.span.start <= offset) found = story;
  return found;
}

export function openFindingCount(result: LintResult, storyIndex: number): number {
  return result.findings.filter((finding) => finding.story === storyIndex && OPEN_SEVERITIES.includes(finding.severity)).length;
}

/** "~2m05s of 2m30s target", or "~2m05s spoken" without a Target. */
export function speakingTimeLabel(story: StorySummary): string {
  const spoken = `~${formatDuration(story.speakingSeconds)}`;
  return story.targetSeconds === null ? `${spoken} spoken` : `${spoken} of ${formatDuration(story.targetSeconds)} target`;
}

/** "312 words · ~2m05s of 2m30s target · 3 suggestions": the code lens line above each story. */
export function storyStatsLine(result: LintResult, story: StorySummary): string {
  const open = openFindingCount(result, story.index);
  const findings = open === 0 ? 'no suggestions' : `${open} suggestion${open === 1 ? '' : 's'}`;
  return `${story.words} word${story.words === 1 ? '' : 's'} · ${speakingTimeLabel(story)} · ${findings}`;
}
