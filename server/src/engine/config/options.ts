import type { SeveritySetting } from '../types';
import { SECONDS_OPTIONS, WORD_OPTIONS } from './rule-options';

/** Extra phrases the writer adds to a rule's built-in list, one list per rule option (rules/rule.ts WordsOption). */
export interface WordLists {
  readonly vague: readonly string[];
  readonly hedges: readonly string[];
  readonly boastful: readonly string[];
  readonly blame: readonly string[];
  readonly excuses: readonly string[];
}

export interface EngineOptions {
  /** Severity override per rule id; a rule not listed keeps its default. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly wordsPerMinute: number;
  readonly speakingTime: {
    /** With no Target: warn above this many seconds. */
    readonly maxSeconds: number;
    /** With no Target: hint below this many seconds. */
    readonly minSeconds: number;
  };
  readonly words: WordLists;
  /** Used as the title of a story in a file without `# Title`. */
  readonly fileName?: string;
  /**
   * Wall-clock budget for grammar analysis in one lint, in milliseconds. None by default (Infinity),
   * so findings never depend on the machine's load; the language server sets one and lints again
   * until every sentence is analysed.
   */
  readonly nlpBudgetMs: number;
  /**
   * Grammar analysis covers at most this many different sentences of a lint (5,000: about 100,000
   * words, 10 s of analysis); a larger file is still checked in full by every other rule. A limit
   * of size, not time, so the same file always gets the same findings.
   */
  readonly nlpMaxSentences: number;
  /**
   * false: skip grammar analysis (passive voice, superlatives) silently. The language server lints
   * once this way while compromise loads, so the first squiggles do not wait for it.
   */
  readonly grammar: boolean;
}

export const DEFAULT_OPTIONS: EngineOptions = {
  rules: {},
  wordsPerMinute: 150,
  // The rules' own options start at the defaults they declare.
  speakingTime: Object.fromEntries(SECONDS_OPTIONS.map(({ option }) => [option.key, option.default])) as unknown as EngineOptions['speakingTime'],
  words: Object.fromEntries(WORD_OPTIONS.map(({ option }) => [option.key, []])) as unknown as WordLists,
  nlpBudgetMs: Number.POSITIVE_INFINITY,
  nlpMaxSentences: 5000,
  grammar: true,
};
