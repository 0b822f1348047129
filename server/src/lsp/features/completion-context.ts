import { lineIndexAt, type LintResult, METADATA_KEYS, type MetadataKey, type Story } from '../../engine';

/** What the cursor is in the middle of writing, decided from the text before it on its line. */
export type CompletionContext =
  | { readonly kind: 'directive-name'; readonly partialStart: number }
  | { readonly kind: 'directive-rule'; readonly partialStart: number; readonly listed: readonly string[] }
  | { readonly kind: 'heading'; readonly partialStart: number }
  | { readonly kind: 'line-start'; readonly partialStart: number; readonly story: Story | null; readonly inMetadata: boolean }
  | { readonly kind: 'metadata-value'; readonly key: MetadataKey; readonly partialStart: number; readonly listed: readonly string[] };

const DIRECTIVE_NAME = /<!--\s*story-coach-([a-z-]*)$/i;
const DIRECTIVE_RULES = /<!--\s*story-coach-(?:disable|enable|disable-next-line|disable-file)((?:[\s,]+[\w-]+)*[\s,]+)([\w-]*)$/i;
const HEADING = /^(#{2,6}[ \t]+)([\p{L} &/]*)$/u;
const LINE_START = /^([ \t]*(?:[-*+][ \t]+)?)([\p{L}]*)$/u;
const METADATA_LINE = /^[ \t]*([\p{L}]+)[ \t]*:[ \t]*(.*)$/u;

export function completionContext(result: LintResult, offset: number): CompletionContext | null {
  const doc = result.document;
  const lineIndex = lineIndexAt(doc.lines, offset);
  const lineStart = doc.lines[lineIndex].start;
  const before = doc.text.slice(lineStart, offset);

  const directiveName = DIRECTIVE_NAME.exec(before);
  if (directiveName) return { kind: 'directive-name', partialStart: offset - directiveName[1].length };
  const directiveRules = DIRECTIVE_RULES.exec(before);
  if (directiveRules) {
    const listed = directiveRules[1].split(/[\s,]+/).filter((id) => id.length > 0);
    return { kind: 'directive-rule', partialStart: offset - directiveRules[2].length, listed };
  }
  if (insideComment(result, offset)) return null;

  const heading = HEADING.exec(before);
  if (heading) return { kind: 'heading', partialStart: lineStart + heading[1].length };

  const story = doc.stories.find((candidate) => offset >= candidate.span.start && offset <= candidate.span.end) ?? null;
  const inMetadata = story !== null && isMetadataPosition(result, story, lineIndex);
  const metadataLine = METADATA_LINE.exec(before);
  if (metadataLine && inMetadata) {
    const key = METADATA_KEYS.get(metadataLine[1].toLowerCase());
    if (!key) return null;
    const value = metadataLine[2];
    const lastComma = value.lastIndexOf(',');
    const partial = value.slice(lastComma + 1).replace(/^[ \t]+/, '');
    const listed = lastComma < 0 ? [] : value.slice(0, lastComma).split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
    return { kind: 'metadata-value', key, partialStart: offset - partial.length, listed };
  }
  const lineStartMatch = LINE_START.exec(before);
  if (lineStartMatch) return { kind: 'line-start', partialStart: lineStart + lineStartMatch[1].length, story, inMetadata };
  return null;
}

/**
 * Whether a line can still be metadata: every line between the story's title (or start) and it is
 * blank or a known `Key: value` line (spec §2).
 */
function isMetadataPosition(result: LintResult, story: Story, lineIndex: number): boolean {
  const doc = result.document;
  const first = lineIndexAt(doc.lines, story.heading ? story.heading.end : story.span.start) + (story.heading ? 1 : 0);
  if (lineIndex < first) return false;
  for (let index = first; index < lineIndex; index++) {
    const line = doc.lines[index];
    const text = doc.uncommented.slice(line.start, line.end);
    if (text.trim() === '') continue;
    const match = METADATA_LINE.exec(text);
    if (!match || !METADATA_KEYS.has(match[1].toLowerCase())) return false;
  }
  return true;
}

function insideComment(result: LintResult, offset: number): boolean {
  return result.document.comments.some((comment) => offset > comment.start && offset < comment.end);
}
