// After a rehearsal: how long each part ran against the time its words deserve. The plan shares the
// Target (else the estimated speaking time) among the parts by their word counts.
import { formatDuration } from '../parse/duration';
import type { CueCard, SplitKey } from './cue-card';

export type SplitVerdict = 'trim' | 'on-pace' | 'short';

export interface SplitSummary {
  readonly key: SplitKey;
  readonly label: string;
  readonly seconds: number;
  /** The part's share of the plan, in seconds. */
  readonly plannedSeconds: number;
  readonly verdict: SplitVerdict;
  /** "Situation ran 40s of 2m (planned 20s): trim it". */
  readonly message: string;
}

export interface RehearsalSummary {
  readonly seconds: number;
  /** What the run is measured against: the Target, else the estimated speaking time. */
  readonly plannedSeconds: number;
  readonly againstTarget: boolean;
  readonly splits: readonly SplitSummary[];
  /** "2m10s of a 2m30s target: 20s to spare." */
  readonly overall: string;
}

// A part must miss its plan by both a share and a few seconds before it is worth a remark.
const OVER = 1.3;
const UNDER = 0.6;
const MIN_GAP_SECONDS = 5;

/** `measured` holds seconds per anchor of the card, in order. */
export function summarizeRehearsal(card: CueCard, measured: readonly number[]): RehearsalSummary {
  const seconds = measured.reduce((sum, value) => sum + value, 0);
  const againstTarget = card.targetSeconds !== null;
  const plannedSeconds = card.targetSeconds ?? Math.max(1, card.speakingSeconds);
  const totalWords = card.anchors.reduce((sum, anchor) => sum + anchor.words, 0);
  const splits = card.anchors.map((anchor, index): SplitSummary => {
    const ran = measured[index] ?? 0;
    const share = totalWords > 0 ? anchor.words / totalWords : 1 / card.anchors.length;
    const planned = plannedSeconds * share;
    const verdict: SplitVerdict =
      ran > planned * OVER && ran - planned >= MIN_GAP_SECONDS ? 'trim' : ran < planned * UNDER && planned - ran >= MIN_GAP_SECONDS ? 'short' : 'on-pace';
    const advice = verdict === 'trim' ? ': trim it' : verdict === 'short' ? ': check nothing was skipped' : ': on pace';
    const message = `${anchor.label} ran ${formatDuration(ran)} of ${formatDuration(seconds)} (planned ${formatDuration(planned)})${advice}`;
    return { key: anchor.key, label: anchor.label, seconds: ran, plannedSeconds: planned, verdict, message };
  });
  return { seconds, plannedSeconds, againstTarget, splits, overall: overallLine(seconds, plannedSeconds, againstTarget) };
}

function overallLine(seconds: number, planned: number, againstTarget: boolean): string {
  const of = `${formatDuration(seconds)} of ${againstTarget ? 'a' : 'an estimated'} ${formatDuration(planned)}${againstTarget ? ' target' : ''}`;
  const gap = Math.round(seconds - planned);
  if (gap > 0) return `${of}: ${formatDuration(gap)} over.`;
  if (gap < 0) return `${of}: ${formatDuration(-gap)} to spare.`;
  return `${of}: right on time.`;
}

/** Seconds per split key for the log (two parts of one kind add up). */
export function sectionSeconds(card: CueCard, measured: readonly number[]): Record<string, number> {
  const sections: Record<string, number> = {};
  card.anchors.forEach((anchor, index) => {
    sections[anchor.key] = Math.round((sections[anchor.key] ?? 0) + (measured[index] ?? 0));
  });
  return sections;
}

/** How a running time compares with the plan: the colour the timers turn. */
export type TimerTone = 'ok' | 'near' | 'over';

export function timerTone(seconds: number, planned: number): TimerTone {
  if (seconds > planned) return 'over';
  return seconds >= planned * 0.8 ? 'near' : 'ok';
}
