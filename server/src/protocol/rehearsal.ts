// Rehearsal requests between the VS Code client and the language server (issue 12). Like the rest
// of the protocol module: no engine, server or Node imports, so the client can bundle it.
import { RequestType } from 'vscode-languageserver-protocol';

/** Commands of the rehearsal feature the extension contributes. */
export const REHEARSAL_COMMANDS = {
  /** Arguments: [uri?, line?] (a code lens passes both; the palette uses the cursor). */
  rehearseStory: 'storyCoach.rehearseStory',
} as const;

export type RehearsalSectionKind = 'situation' | 'task' | 'action' | 'result' | 'lessons';

/** A part of the cue card: the engine's CueAnchor, as sent over the wire. */
export interface RehearsalCueAnchor {
  readonly key: RehearsalSectionKind | 'intro';
  readonly kinds: readonly RehearsalSectionKind[];
  readonly label: string;
  readonly firstWords: string;
  readonly figures: readonly string[];
  readonly words: number;
  readonly seconds: number;
  readonly text: string;
}

/** The engine's CueCard, as sent over the wire. */
export interface RehearsalCueCard {
  readonly storyIndex: number;
  readonly title: string;
  readonly kind: 'achievement' | 'failure' | 'challenge';
  readonly opening: string;
  readonly anchors: readonly RehearsalCueAnchor[];
  readonly lesson: string | null;
  readonly targetSeconds: number | null;
  readonly words: number;
  readonly speakingSeconds: number;
}

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
  readonly rating: 'again' | 'hard' | 'good' | 'easy';
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
