// The bank report: the JSON document of `story-coach bank --format json` (story-bank spec §6), and the
// data of every bank view (Story Bank tree, dashboard, interview sheet). Fields may be added, never
// renamed or removed: outside tests read it.
import type { Severity } from '../types';

export type CompetencySource = 'tagged' | 'inferred';
export type QuestionKind = 'achievement' | 'failure' | 'conflict' | 'any';
export type RehearsalRating = 'again' | 'hard' | 'good' | 'easy';

export interface BankCompetency {
  /** A taxonomy id (spec §2), or the value as written for a custom tag. */
  readonly id: string;
  readonly source: CompetencySource;
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}

/** One rehearsal of a story, as logged in `.storycoach/rehearsals.jsonl` (spec §7). */
export interface RehearsalEntry {
  /** Story id. */
  readonly story: string;
  /** ISO date-time. */
  readonly at: string;
  readonly seconds: number;
  /** Seconds per section, by section kind (situation, task, action, result, lessons) or `intro`. */
  readonly sections: Readonly<Record<string, number>>;
  readonly rating: RehearsalRating;
}

export interface BankSectionRecord {
  readonly kind: string;
  readonly words: number;
  readonly seconds: number;
}

export interface BankStory {
  readonly id: string;
  /** Relative to the bank root, `/` separators. */
  readonly path: string;
  /** 1-based line of the story's title (or 1 for a title-less file). */
  readonly line: number;
  readonly title: string;
  readonly kind: string;
  readonly when: string | null;
  readonly competencies: readonly BankCompetency[];
  readonly questions: readonly string[];
  readonly words: number;
  readonly speakingSeconds: number;
  readonly targetSeconds: number | null;
  readonly findings: FindingCounts;
  readonly rehearsals: number;
  /** ISO dates (YYYY-MM-DD). */
  readonly lastRehearsed: string | null;
  readonly nextRehearsal: string | null;
  // Added fields (allowed by the spec): what the views and the sheet need.
  /** The first spoken sentence, trimmed: the one-line hook. */
  readonly hook: string;
  /** Figures in the story ("$4.1M", "92%", "five weeks"), in order of appearance. */
  readonly figures: readonly string[];
  /** The first sentence of the Lessons section, when there is one. */
  readonly lesson: string | null;
  readonly sections: readonly BankSectionRecord[];
  /** Open findings per guideline ("Be specific": 2). */
  readonly findingsByGuideline: Readonly<Record<string, number>>;
  /** The story's rehearsals, oldest first. */
  readonly rehearsalHistory: readonly RehearsalEntry[];
  /** Due for rehearsal today (never rehearsed, or its next date has come). */
  readonly due: boolean;
  /** `Role:` as written, when given. */
  readonly role?: string | null;
  /** Where it happened: at work, or outside it (volunteering, a club, study, family). */
  readonly context?: 'work' | 'personal';
  /** 1-based UTF-16 column just past the title line's end (for ranges on the title line). */
  readonly endColumn?: number;
}

export interface QuestionMatch {
  readonly story: string;
  /** In [0, 1]. */
  readonly score: number;
  readonly pinned?: boolean;
  /** Why it matched: competencies and terms in common. */
  readonly competencies?: readonly string[];
  readonly terms?: readonly string[];
}

export interface BankQuestion {
  readonly id: string;
  readonly text: string;
  readonly kind: QuestionKind;
  readonly competencies: readonly string[];
  readonly source: 'builtin' | 'config' | 'story';
  readonly matches: readonly QuestionMatch[];
  readonly gap: boolean;
  /** Key terms read from the question (what text matching looks for). */
  readonly terms?: readonly string[];
}

export interface RequirementMatch {
  readonly story: string;
  readonly score: number;
  readonly terms: readonly string[];
  /** Competencies the story shares with the requirement. */
  readonly competencies?: readonly string[];
}

export interface BankRequirement {
  /** 1-based line in the role file. */
  readonly line: number;
  // Added fields: where the requirement is, for diagnostics, hovers and code lenses in the editor.
  /** 1-based line of its last character, and 1-based UTF-16 columns (end exclusive), as in `check`. */
  readonly endLine?: number;
  readonly column?: number;
  readonly endColumn?: number;
  /** UTF-16 offsets into the role file's text, end exclusive. */
  readonly start?: number;
  readonly end?: number;
  /** The heading the requirement sits under, if any. */
  readonly heading?: string | null;
  readonly text: string;
  readonly competencies: readonly string[];
  readonly terms?: readonly string[];
  readonly matches: readonly RequirementMatch[];
  readonly covered: boolean;
}

export interface BankRole {
  readonly path: string;
  readonly title: string;
  readonly company?: string | null;
  readonly level?: string | null;
  /** ISO date of the interview. */
  readonly interview?: string | null;
  /** What the role weighs most: its `Competencies:` first, then those its requirements ask for. */
  readonly competencies?: readonly string[];
  readonly requirements: readonly BankRequirement[];
}

export interface BankFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Relative to the root; null when the finding has no file (a bank without a target role). */
  readonly path: string | null;
  /** 1-based, as in `check`. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Story ids the finding is about. */
  readonly stories: readonly string[];
}

export interface BankReport {
  readonly version: 1;
  readonly root: string;
  readonly stories: readonly BankStory[];
  readonly balance: Readonly<Record<string, number>>;
  readonly competencies: readonly { readonly id: string; readonly stories: readonly string[] }[];
  readonly questions: readonly BankQuestion[];
  readonly role: BankRole | null;
  readonly findings: readonly BankFinding[];
  /** The interview date in force (role's `Interview:`, else `interviewDate`), ISO date. */
  readonly interviewDate?: string | null;
  /** The day the report was made (ISO date): schedules and recency are relative to it. */
  readonly today?: string;
}

/** A report but for its question map: what the editor needs on every edit (findings, role, stories). */
export type BankSummary = Omit<BankReport, 'questions'>;
