// The custom request behind the VS Code status bar item. No imports: the client bundles this file.

export const STORY_STATS_METHOD = 'storyCoach/storyStats';

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
  /** Target speaking time in seconds, when the story sets a valid one. */
  readonly target: number | null;
  /** Open findings (warnings and errors) in this story. */
  readonly openFindings: number;
}
