// Rehearsal requests between the VS Code client and the language server (issue 12). Like the rest
// of the protocol module: types only from the engine, so the client can bundle it.
import { RequestType } from 'vscode-languageserver-protocol';
import type { CueCard, RehearsalRating } from '../engine/browser';

/** Commands of the rehearsal feature the extension contributes. */
export const REHEARSAL_COMMANDS = {
  /** Arguments: [uri?, line?] (a code lens passes both; the palette uses the cursor). */
  rehearseStory: 'storyCoach.rehearseStory',
} as const;

/** The cue card of a story, as the engine builds it (sent over the wire as JSON). */
export type RehearsalCueCard = CueCard;

export interface RehearsalCardParams {
  readonly uri: string;
  /** LSP position: the story it falls in is the one rehearsed. */
  readonly position: { readonly line: number; readonly character: number };
}

export interface RehearsalCard {
  /** Story id (story-bank spec §1); null for a story outside any folder (untitled). */
  readonly storyId: string | null;
  readonly storyIndex: number;
  readonly card: RehearsalCueCard;
  /** "rehearsed 3× · last Tue · due Fri". */
  readonly record: string;
}

/** The cue card and rehearsal record of the story at a position; null when the document is not open or has no story. */
export const RehearsalCardRequest = new RequestType<RehearsalCardParams, RehearsalCard | null, void>('storyCoach/rehearsalCard');

export interface LogRehearsalParams {
  readonly uri: string;
  readonly storyId: string;
  /** Seconds per part of the card. */
  readonly measured: readonly number[];
  readonly rating: RehearsalRating;
}

export interface LogRehearsalResult {
  readonly logged: boolean;
  /** True when today's date was added to `Rehearsed:` (an edit to the open document, through workspace/applyEdit). */
  readonly dateAdded: boolean;
  /** What to tell the writer: the new record, or why nothing was logged. */
  readonly message: string;
}

/**
 * Logs a finished rehearsal: one line appended to the bank's `.storycoach/rehearsals.jsonl`, then
 * today's date added to the story's `Rehearsed:` as an edit of the open document (never a write to
 * the file, so unsaved changes are kept and the edit can be undone).
 */
export const LogRehearsalRequest = new RequestType<LogRehearsalParams, LogRehearsalResult, void>('storyCoach/logRehearsal');
