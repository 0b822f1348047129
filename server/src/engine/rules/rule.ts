import type { EngineOptions, WordLists } from '../config/options';
import type { CoachTag } from '../lexicon/classes';
import type { Span, Story, StoryDocument } from '../parse/types';
import type { GrammarMatch, GrammarQuery, SentenceGrammar } from '../text/grammar';
import type { Prose, Sentence, SpokenSection } from '../text/prose';
import { findPhrases } from '../text/phrases';
import type { Fix, Severity, StorySummary } from '../types';

/** What a rule's documentation page and hover say about it. */
export interface RuleDocs {
  /** Why interviewers care, in a few sentences. */
  readonly why: string;
  /** A weak example of our own writing, and its strong rewrite; a test checks both against the rule. */
  readonly weak: string;
  readonly strong: string;
  /** What the rule leaves alone, so writers trust it. */
  readonly quietWhen?: string;
}

export interface RuleReport {
  readonly span: Span;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** A milder finding of the rule, always reported as a hint whatever the rule's severity. */
  readonly asHint?: boolean;
  /**
   * A phrase of the writer's own word list, matched as written (reportPhrases). The same words
   * found by the rule's grammar (the list also extends the lexicon) replace it: one finding, not two.
   */
  readonly userPhrase?: boolean;
}

export interface RuleContext {
  readonly doc: StoryDocument;
  readonly prose: Prose;
  readonly options: EngineOptions;
  readonly stories: readonly StorySummary[];
  /** Words spoken in each section, by story then section index. */
  readonly sectionWords: readonly (readonly number[])[];
  /** Every rule id known to the engine (for directives). */
  readonly ruleIds: readonly string[];
  /**
   * compromise's and the lexicon's reading of a sentence, with the matches of this rule's queries;
   * null when grammar is off (the first, fast lint of the language server) or its time is spent.
   */
  grammar(sentence: Sentence): SentenceGrammar | null;
  /** The matches of one of this rule's queries in a sentence (none without grammar). */
  matches(sentence: Sentence, query: string): readonly GrammarMatch[];
  /** Runs one of this rule's on-demand queries on a sentence (null without grammar). */
  analyze(sentence: Sentence, query: string): Pick<SentenceGrammar, 'terms' | 'matches'> | null;
  /** Whether the sentence's words carry a lexicon class (false without grammar). */
  has(sentence: Sentence, tag: CoachTag): boolean;
  report(report: RuleReport): void;
}

/**
 * A setting a rule owns. The settings schema (package.json), its validation (config/settings.ts),
 * the defaults (DEFAULT_OPTIONS) and the docs are generated from these declarations.
 */
export type RuleOption = WordsOption | SecondsOption;

/** A list of the writer's own phrases: `storyCoach.words.<key>`. */
export interface WordsOption {
  readonly kind: 'words';
  readonly key: keyof WordLists;
  readonly description: string;
  /**
   * The coaching lexicon class the phrases join, so the rule's grammar queries find them in any
   * form ("sit on" → "sat on", "sitting on") as well as written. Without one they match as written only.
   */
  readonly lexiconClass?: CoachTag;
}

/** A whole number of seconds: `storyCoach.speakingTime.<key>`. */
export interface SecondsOption {
  readonly kind: 'seconds';
  readonly key: keyof EngineOptions['speakingTime'];
  readonly description: string;
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
  /** Another seconds option this one must stay below; when it does not, both take their defaults. */
  readonly below?: keyof EngineOptions['speakingTime'];
}

/** The metadata every rule carries: the registry, settings, docs and the client's rule list read these. */
export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  /** The interview guideline the rule serves, in the writer's words ("Take ownership"). */
  readonly guideline: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule flags. Used in settings and tables. */
  readonly summary: string;
  readonly docs: RuleDocs;
  /** Whether some of its findings carry a fix. */
  readonly fixable: boolean;
  /** Settings the rule owns. */
  readonly options?: readonly RuleOption[];
  /** compromise match patterns the rule reads, by name; the engine runs them on candidate sentences. */
  readonly queries?: Readonly<Record<string, GrammarQuery>>;
}

/** Judges one spoken sentence at a time; the engine loops over the sentences it asks for. */
export interface SentenceRule extends RuleMeta {
  readonly scope: 'sentence';
  /** Only sentences in these sections (all spoken sections when absent). */
  readonly sections?: readonly SpokenSection[];
  /** Only stories of these kinds (all when absent). */
  readonly kinds?: readonly string[];
  check(sentence: Sentence, context: RuleContext): void;
}

/** Judges one story at a time. */
export interface StoryRule extends RuleMeta {
  readonly scope: 'story';
  readonly kinds?: readonly string[];
  check(story: Story, context: RuleContext): void;
}

/** Judges the whole file (directives, cross-story checks). */
export interface FileRule extends RuleMeta {
  readonly scope: 'file';
  check(context: RuleContext): void;
}

/**
 * Every rule the engine runs. The bank's rules (server/src/engine/bank/rules) use the same metadata
 * with their own `scope: 'bank'` and are run over a whole bank, not a file.
 */
export type Rule = SentenceRule | StoryRule | FileRule;

/** Every story sentence in the given sections (all spoken sections when none are given). */
export function sentencesIn(context: RuleContext, story: Story, sections?: readonly SpokenSection[]): Sentence[] {
  const sentences = context.prose.sentencesByStory[story.index] ?? [];
  return sections ? sentences.filter((sentence) => sections.includes(sentence.section)) : [...sentences];
}

/**
 * The one loop for "pattern in spoken sentences": reports each match of the rule's queries in the
 * sentence (overlapping matches once), with a message made from the matched text.
 */
export function reportMatches(
  sentence: Sentence,
  context: RuleContext,
  queries: readonly string[],
  message: (text: string) => string,
  keep: (match: GrammarMatch, query: string) => boolean = () => true,
): number {
  const taken: GrammarMatch[] = [];
  for (const query of queries) {
    for (const match of context.matches(sentence, query)) {
      if (!keep(match, query) || taken.some((other) => match.start < other.end && other.start < match.end)) continue;
      taken.push(match);
    }
  }
  for (const match of taken.sort((a, b) => a.start - b.start)) {
    context.report({ span: { start: sentence.start + match.start, end: sentence.start + match.end }, message: message(sentence.text.slice(match.start, match.end)) });
  }
  return taken.length;
}

/**
 * The writer's own phrases (a `words` setting) in a sentence, matched as written as whole words,
 * each reported once; a grammar finding of the rule over the same words replaces it.
 */
export function reportPhrases(sentence: Sentence, context: RuleContext, phrases: readonly string[], message: (text: string) => string): void {
  if (phrases.length === 0) return;
  for (const match of findPhrases(sentence.text, phrases)) {
    context.report({ span: { start: sentence.start + match.start, end: sentence.start + match.end }, message: message(match.text), userPhrase: true });
  }
}
