import type { EngineOptions } from '../config/options';
import type { Span, Story, StoryDocument } from '../parse/types';
import type { SentenceGrammar } from '../text/grammar';
import type { Prose, Sentence } from '../text/prose';
import type { Fix, Severity, StorySummary } from '../types';

/** What a rule's documentation page and hover say about it. */
export interface RuleDocs {
  /** Why interviewers care, in a few sentences. */
  readonly why: string;
  /** A weak example of our own writing, and its strong rewrite. */
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
  /** compromise's reading of a sentence; null when the time budget is spent. */
  grammar(sentence: Sentence): SentenceGrammar | null;
  report(report: RuleReport): void;
}

export interface Rule {
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
  check(context: RuleContext): void;
}

/** Every story sentence in the given sections (all spoken sections when none are given). */
export function sentencesIn(
  context: RuleContext,
  story: Story,
  sections?: readonly Sentence['section'][],
): Sentence[] {
  const sentences = context.prose.sentencesByStory[story.index] ?? [];
  return sections ? sentences.filter((sentence) => sections.includes(sentence.section)) : [...sentences];
}
