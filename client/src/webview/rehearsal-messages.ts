// Messages between the extension and the rehearsal webview (both directions).
import type { LogRehearsalParams, RehearsalCueCard } from '../../../server/src/protocol';

export type RehearsalPhase = 'ready' | 'running' | 'rating' | 'done' | 'cancelled';

export interface RehearsalLoad {
  readonly type: 'load';
  /** The story id (spec §1): a saved session resumes only for the same story. */
  readonly storyId: string;
  readonly card: RehearsalCueCard;
  /** "rehearsed 3× · last Tue · due Fri". */
  readonly record: string;
}

export type ToRehearsalWebview =
  | RehearsalLoad
  | { readonly type: 'logged'; readonly message: string; readonly ok: boolean }
  /** Test hook: a key press, dispatched as a real keydown on the page. */
  | { readonly type: 'testKey'; readonly key: string };

/** What the page shows after each change: the status of the panel, and the positive signal tests wait for. */
export interface RehearsalPageState {
  readonly storyId: string;
  readonly phase: RehearsalPhase;
  readonly current: number;
  readonly title: string;
  readonly opening: string;
  /** Each part as drawn: "Situation|In spring 2022…|31%|done". */
  readonly parts: readonly string[];
  readonly timer: string;
  readonly tone: string;
  readonly summary: readonly string[];
  readonly status: string;
  readonly generation: number;
}

export type FromRehearsalWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'state'; readonly state: RehearsalPageState }
  | { readonly type: 'finished'; readonly storyId: string; readonly measured: readonly number[]; readonly rating: LogRehearsalParams['rating'] };
