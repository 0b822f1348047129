/** A half-open range of UTF-16 code-unit offsets into the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'lessons';
export type StoryKind = 'achievement' | 'failure' | 'challenge';
export type MetadataKey = 'title' | 'kind' | 'role' | 'competencies' | 'question' | 'target' | 'when' | 'rehearsed';

export interface Line extends Span {
  /** Offset just past the line ending (equals `end` on the last line). */
  readonly next: number;
}

export interface MetadataEntry {
  readonly key: MetadataKey;
  readonly rawKey: string;
  readonly keySpan: Span;
  readonly value: string;
  readonly valueSpan: Span;
  readonly line: Span;
}

/** A `Key: value` line that ended the metadata block because its key is not a known one. */
export interface StrayMetadataLine {
  readonly rawKey: string;
  readonly keySpan: Span;
  readonly line: Span;
}

export type SectionRole = 'star' | 'notes' | 'unknown';

export interface Section {
  readonly role: SectionRole;
  /** The STAR sections this one counts as (two for a combined `Situation & Task`). */
  readonly kinds: readonly SectionKind[];
  readonly form: 'heading' | 'label';
  /** The name as written, without markup. */
  readonly name: string;
  readonly nameSpan: Span;
  /** The heading line, or the label up to and including its colon. */
  readonly header: Span;
  /** From just after the header to the section's end. */
  readonly body: Span;
  readonly span: Span;
}

export interface Story {
  readonly index: number;
  readonly title: string;
  /** The `# Title` line, when the story has one. */
  readonly heading: Span | null;
  /** The title's text on that line (without `#`, markup or a trailing comment). */
  readonly titleSpan: Span | null;
  readonly span: Span;
  readonly kind: StoryKind;
  readonly metadata: readonly MetadataEntry[];
  readonly metadataSpan: Span | null;
  readonly strayMetadata: StrayMetadataLine | null;
  /** Spoken text between the metadata and the first section. */
  readonly intro: Span | null;
  readonly sections: readonly Section[];
  /** Target speaking time from `Target:`, in seconds, when given and valid. */
  readonly targetSeconds: number | null;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface DirectiveRuleRef {
  readonly id: string;
  readonly span: Span;
}

export interface Directive {
  /** null when the directive name itself is not one we know (`story-coach-disabel`). */
  readonly kind: DirectiveKind | null;
  readonly name: string;
  readonly nameSpan: Span;
  readonly rules: readonly DirectiveRuleRef[];
  readonly span: Span;
}

export interface StoryDocument {
  readonly text: string;
  readonly lines: readonly Line[];
  /** The text with comments blanked out (same length, line endings kept). */
  readonly uncommented: string;
  readonly comments: readonly Span[];
  readonly directives: readonly Directive[];
  readonly preamble: Span | null;
  readonly stories: readonly Story[];
}
