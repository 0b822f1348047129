import type { SectionKind, Span } from './parse/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** `section` as the spec's JSON reports it; findings elsewhere (unknown sections, notes) have null. */
export type FindingSection = SectionKind | 'intro' | 'metadata';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes change no meaning the writer must supply: `--fix` and fix-all apply only these. */
  readonly safe: boolean;
  /** The one obviously right fix, offered first. */
  readonly preferred?: boolean;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Index of the story the finding belongs to, or null for the preamble. */
  readonly story: number | null;
  readonly section: FindingSection | null;
  readonly fixes: readonly Fix[];
}

export interface StorySummary {
  readonly index: number;
  readonly title: string;
  readonly kind: string;
  readonly span: Span;
  readonly words: number;
  readonly speakingSeconds: number;
  readonly targetSeconds: number | null;
  readonly sections: readonly string[];
}
