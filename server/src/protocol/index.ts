// The contract between the VS Code client and the language server: custom requests, notifications
// and command ids with their types. The client imports only this module from the server side
// (enforced by ESLint), so it must stay free of engine, LSP-server and Node imports.
import { RequestType } from 'vscode-languageserver-protocol';

// --- commands ------------------------------------------------------------------------------------

/** Commands the extension contributes (package.json `contributes.commands`). */
export const CLIENT_COMMANDS = {
  newStory: 'storyCoach.newStory',
  fixAll: 'storyCoach.fixAll',
  showRuleDocumentation: 'storyCoach.showRuleDocumentation',
  restartServer: 'storyCoach.restartServer',
  findStoryForQuestion: 'storyCoach.findStoryForQuestion',
  refreshBank: 'storyCoach.refreshBank',
} as const;

/** Commands the server runs through workspace/executeCommand (any LSP client can call them). */
export const SERVER_COMMANDS = {
  /** Arguments: [ruleId]. Opens the rule's page with window/showDocument. */
  showRuleDocumentation: 'storyCoach.server.showRuleDocumentation',
  /** Arguments: [documentUri]. Applies every safe fix with workspace/applyEdit; true when applied. */
  fixAll: 'storyCoach.server.fixAll',
  /** Arguments: [uri, line (0-based)]. Shows the document at the line with window/showDocument. */
  openLocation: 'storyCoach.server.openLocation',
  /** Arguments: [roleUri, line (1-based) of a requirement]. Creates a story for it (workspace/applyEdit) and shows it. */
  newStoryForRequirement: 'storyCoach.server.newStoryForRequirement',
} as const;

// --- storyCoach/storyStats -----------------------------------------------------------------------

export interface StoryStatsParams {
  readonly uri: string;
  /** LSP position (0-based line, UTF-16 character) of the cursor. */
  readonly position: { readonly line: number; readonly character: number };
}

/** The story under the cursor; null when the document is not open on the server or has no story. */
export interface StoryStats {
  readonly title: string;
  readonly words: number;
  readonly seconds: number;
  /** `seconds` as the writer reads it ("2:45"). */
  readonly secondsText: string;
  /** Target speaking time in seconds, when the story sets a valid one. */
  readonly target: number | null;
  readonly targetText: string | null;
  /** Open findings (warnings and errors) in this story. */
  readonly openFindings: number;
}

/** Words and speaking time of the story under the cursor (VS Code's status bar item). */
export const StoryStatsRequest = new RequestType<StoryStatsParams, StoryStats | null, void>('storyCoach/storyStats');

// --- the story bank ------------------------------------------------------------------------------

/** The bank report (story-bank spec §6): what the bank request answers and the dashboard draws. */
export type * from './bank-types';
/** storyCoach/bank, storyCoach/bankChanged, storyCoach/findStories. */
export * from './bank';
