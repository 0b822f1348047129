// What a rehearsal shows at a moment, as plain data: the terminal and the webview both draw this,
// so what they show is computed (and tested) once, apart from the drawing.
import { formatDuration, summarizeRehearsal, timerTone, type RehearsalPhase, type RehearsalSession, type SplitVerdict, type StoryKind, type TimerTone } from '../engine/browser';

export { RehearsalSession, ratingForKey, REHEARSAL_RATINGS, type RehearsalSnapshot } from '../engine/browser';
export type { RehearsalPhase };

export type PartState = 'done' | 'current' | 'todo';

export interface PartView {
  readonly label: string;
  readonly firstWords: string;
  readonly figures: readonly string[];
  /** m:ss spent on it so far; null before it starts. */
  readonly time: string | null;
  readonly state: PartState;
}

export interface RehearsalSessionView {
  readonly phase: RehearsalPhase;
  readonly title: string;
  readonly kind: StoryKind;
  /** "target 2m30s", or "no Target: about 1m20s at your pace". */
  readonly plan: string;
  readonly opening: string;
  readonly lesson: string | null;
  readonly parts: readonly PartView[];
  readonly current: number;
  readonly timer: { readonly elapsed: string; readonly planned: string; readonly tone: TimerTone; readonly fraction: number };
  /** The current part's full text while revealed. */
  readonly revealed: string | null;
  readonly summary: { readonly overall: string; readonly splits: readonly { readonly message: string; readonly verdict: SplitVerdict }[] } | null;
}

export function rehearsalSessionView(session: RehearsalSession, now: number): RehearsalSessionView {
  const { card } = session;
  const planned = card.targetSeconds ?? card.speakingSeconds;
  const elapsed = session.totalElapsed(now) / 1000;
  const running = session.phase === 'running';
  const parts = card.anchors.map((anchor, index): PartView => {
    const state: PartState = index < session.splits.length ? 'done' : running && index === session.current ? 'current' : 'todo';
    const ms = state === 'done' ? session.splits[index] : state === 'current' ? session.partElapsed(now) : null;
    return { label: anchor.label, firstWords: anchor.firstWords, figures: anchor.figures, time: ms === null ? null : clock(ms / 1000), state };
  });
  const finished = session.phase === 'rating' || session.phase === 'done';
  const summary = finished ? summarizeRehearsal(card, session.measuredSeconds()) : null;
  return {
    phase: session.phase,
    title: card.title,
    kind: card.kind,
    plan: card.targetSeconds === null ? `no Target: about ${formatDuration(planned)} at your pace` : `target ${formatDuration(card.targetSeconds)}`,
    opening: card.opening,
    lesson: card.lesson,
    parts,
    current: session.current,
    timer: { elapsed: clock(elapsed), planned: clock(planned), tone: timerTone(elapsed, planned), fraction: planned > 0 ? elapsed / planned : 0 },
    revealed: running && session.revealed ? (card.anchors[session.current]?.text ?? null) : null,
    summary: summary ? { overall: summary.overall, splits: summary.splits.map((split) => ({ message: split.message, verdict: split.verdict })) } : null,
  };
}

/** m:ss */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
