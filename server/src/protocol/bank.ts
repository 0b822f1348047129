// The story bank between client and server: the bank report (story-bank spec §6), its change
// notification and free-text story search. Type-only imports from the engine: nothing of it is bundled.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { BankReport, QuestionMatch } from '../engine/browser';

export type { BankCompetency, BankFinding, BankQuestion, BankRequirement, BankRole, BankStory, QuestionMatch, RequirementMatch } from '../engine/browser';

export interface BankParams {
  /** A document or folder URI: the bank of the workspace folder holding it. Default: the first folder's bank. */
  readonly uri?: string;
}

/** A bank with its location, so the client can open its stories without knowing the server's paths. */
export interface BankResult {
  /** URI of the bank root; story and role paths in `report` are relative to it. */
  readonly rootUri: string;
  /** Increases with every change of this bank's report. */
  readonly version: number;
  readonly report: BankReport;
  /** A requirement's stories are the matches scoring at least this (the engine's threshold). */
  readonly coveredThreshold: number;
  /** Competency ids of the taxonomy (spec §2) to their names, for display. */
  readonly competencyNames: Readonly<Record<string, string>>;
}

/** `storyCoach/bank`: the bank report, up to date with every open document and file on disk. Null without a workspace folder. */
export const BankRequest = new RequestType<BankParams, BankResult | null, void>('storyCoach/bank');

export interface BankChangedParams {
  readonly rootUri: string;
  readonly version: number;
  /** Stories in the bank now (lets a view show its welcome without asking for the report). */
  readonly stories: number;
}

/** `storyCoach/bankChanged`: a bank's report changed; ask `storyCoach/bank` for it. */
export const BankChangedNotification = new NotificationType<BankChangedParams>('storyCoach/bankChanged');

export interface FindStoriesParams {
  /** A question in the candidate's words. */
  readonly text: string;
  readonly uri?: string;
}

export interface FindStoriesResult {
  readonly rootUri: string;
  /** Best first; `story` is a story id of `report.stories`. */
  readonly matches: readonly QuestionMatch[];
  /** True when the best score is under the bank's gap threshold. */
  readonly gap: boolean;
}

/** `storyCoach/findStories`: ranks the bank's stories for a free-text question, the way listed questions are ranked. */
export const FindStoriesRequest = new RequestType<FindStoriesParams, FindStoriesResult | null, void>('storyCoach/findStories');
