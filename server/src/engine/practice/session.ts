// One rehearsal's progress: which part is being told, the splits so far, the rating. Driven by
// keys and a clock passed in, so the terminal, the webview and tests share it.
import type { RehearsalRating } from '../bank/report';
import type { CueCard } from './cue-card';

export type RehearsalPhase = 'ready' | 'running' | 'rating' | 'done' | 'cancelled';

/** What a session needs to carry on after its view was hidden and rebuilt (webview state). */
export interface RehearsalSnapshot {
  readonly phase: RehearsalPhase;
  readonly current: number;
  readonly splits: readonly number[];
  readonly partStartedAt: number;
  readonly revealed: boolean;
  readonly rating: RehearsalRating | null;
}

export class RehearsalSession {
  phase: RehearsalPhase = 'ready';
  /** Index of the part being told. */
  current = 0;
  /** Milliseconds per finished part. */
  readonly splits: number[] = [];
  revealed = false;
  rating: RehearsalRating | null = null;
  private partStartedAt = 0;

  constructor(
    readonly card: CueCard,
    snapshot?: RehearsalSnapshot,
  ) {
    if (snapshot) {
      this.phase = snapshot.phase;
      this.current = snapshot.current;
      this.splits.push(...snapshot.splits);
      this.partStartedAt = snapshot.partStartedAt;
      this.revealed = snapshot.revealed;
      this.rating = snapshot.rating;
    }
  }

  snapshot(): RehearsalSnapshot {
    return { phase: this.phase, current: this.current, splits: [...this.splits], partStartedAt: this.partStartedAt, revealed: this.revealed, rating: this.rating };
  }

  start(now: number): void {
    if (this.phase !== 'ready' || this.card.anchors.length === 0) return;
    this.phase = 'running';
    this.partStartedAt = now;
  }

  /** Ends the current part (starting the timer first if needed); after the last, waits for a rating. */
  next(now: number): void {
    if (this.phase === 'ready') return this.start(now);
    if (this.phase !== 'running') return;
    this.splits.push(now - this.partStartedAt);
    this.partStartedAt = now;
    this.revealed = false;
    if (this.splits.length >= this.card.anchors.length) this.phase = 'rating';
    else this.current = this.splits.length;
  }

  rate(rating: RehearsalRating): void {
    if (this.phase === 'rating') {
      this.rating = rating;
      this.phase = 'done';
    }
  }

  cancel(): void {
    if (this.phase !== 'done') this.phase = 'cancelled';
  }

  toggleReveal(): void {
    this.revealed = !this.revealed;
  }

  /** Milliseconds in the current part. */
  partElapsed(now: number): number {
    return this.phase === 'running' ? Math.max(0, now - this.partStartedAt) : 0;
  }

  totalElapsed(now: number): number {
    return this.splits.reduce((sum, value) => sum + value, 0) + this.partElapsed(now);
  }

  /** Seconds per part, for the summary and the log. */
  measuredSeconds(): number[] {
    return this.splits.map((ms) => ms / 1000);
  }
}
