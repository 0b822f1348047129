// A bank rule: a rule over the whole set of stories (scope "bank"), documented and configured like
// a story rule (id, guideline, default severity, doc page, setting), checked by the bank index.
import type { RuleDocs } from '../../rules/rule';
import type { Severity } from '../../types';
import type { StoryRecord } from '../records';
import type { BankQuestion, BankRequirement, BankStory } from '../report';
import type { SimilarPair } from '../similar';

export interface BankRuleDocs extends RuleDocs {
  /** A role file that goes with the weak and strong banks, for rules about the target role. */
  readonly role?: string;
}

/** Where a bank finding goes (story-bank spec §5). */
export type BankFindingTarget =
  /** On a story's title line. */
  | { readonly story: string }
  /** On a requirement's line in the target role file. */
  | { readonly requirement: number }
  /** The bank as a whole: the role file's first line, or only the bank views without a role. */
  | { readonly bank: true };

export interface BankRuleReport {
  readonly message: string;
  readonly target: BankFindingTarget;
  /** Story ids the finding is about. */
  readonly stories?: readonly string[];
  /** A milder finding of the rule: reported as info (or hint) whatever the rule's severity. */
  readonly mild?: boolean;
}

export interface BankRoleView {
  readonly title: string;
  /** What the role weighs: its `Competencies:`, then what several requirements ask for. */
  readonly weighs: readonly string[];
  readonly requirements: readonly BankRequirement[];
}

export type AskedQuestion = Pick<BankQuestion, 'id' | 'text' | 'kind' | 'competencies' | 'source'>;

export interface BankRuleContext {
  readonly stories: readonly StoryRecord[];
  /** The same stories as the report has them, with their rehearsals and schedule (due, next date). */
  readonly storyReports: readonly BankStory[];
  /** The interview date in force (the role's `Interview:`, else `interviewDate`), ISO; null when none. */
  readonly interviewDate: string | null;
  /** The questions of the bank (the rules need what they ask, not their ranked stories). */
  readonly questions: readonly AskedQuestion[];
  readonly role: BankRoleView | null;
  /** Story ids by competency id (taxonomy ids and custom tags). */
  readonly storiesByCompetency: ReadonlyMap<string, readonly string[]>;
  /** ISO date the report is made for. */
  readonly today: string;
  /** Pairs of stories that tell the same event (the index keeps them up to date story by story). */
  similarPairs(): readonly SimilarPair[];
  /** `bank-recency`: years after which a story counts as long ago. */
  readonly recencyYears: number;
  report(report: BankRuleReport): void;
}

export interface BankRule {
  readonly id: string;
  readonly title: string;
  readonly guideline: string;
  readonly defaultSeverity: Severity;
  readonly summary: string;
  readonly docs: BankRuleDocs;
  readonly scope: 'bank';
  /** Bank findings carry no text edit of their own (the editor offers new-story skeletons). */
  readonly fixable: false;
  check(context: BankRuleContext): void;
}
