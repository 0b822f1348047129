import type { Span, StoryDocument } from '../parse/types';
import type { TextEdit } from '../types';

/** The document's own line ending, so inserted lines match it. */
export function lineEnding(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * Deletes a word or phrase with the spacing and capitals a person would fix by hand: one adjacent
 * space goes with it, a comma right after a sentence-opening phrase goes too, and the next word
 * takes the capital the deleted one had.
 */
export function deletePhrase(text: string, span: Span): TextEdit {
  let start = span.start;
  let end = span.end;
  // The tests below only look at the blanks before the phrase and the one character before them:
  // testing the whole text before it cost O(file) per fix, minutes for a 5 MB file full of hedges.
  let blanksStart = start;
  while (blanksStart > 0 && /\s/.test(text[blanksStart - 1])) blanksStart--;
  const before = text.slice(Math.max(0, blanksStart - 1), start);
  const atSentenceStart = /(?:^|[.!?]\s+|[\r\n]\s*|:\s+)$/.test(before) || before.trim() === '';
  if (text[end] === ',') end++;
  const trailing = /^[ \t]+/.exec(text.slice(end));
  const precedingComma = /,[ \t]+$/.exec(before);
  if (trailing) end += trailing[0].length;
  else if (precedingComma && /^[.!?;:]/.test(text.slice(end))) start -= precedingComma[0].length;
  else if (/[ \t]$/.test(before) && !atSentenceStart) start -= 1;
  let newText = '';
  const next = text[end];
  if (atSentenceStart && next !== undefined && /\p{Ll}/u.test(next) && /^\p{Lu}/u.test(text[span.start] ?? '')) {
    newText = next.toUpperCase();
    end += 1;
  }
  return { start, end, newText };
}

/** Where a story-level finding points: its `# Title` line, or its first non-blank line. */
export function storyAnchor(doc: StoryDocument, story: { heading: Span | null; titleSpan: Span | null; span: Span }): Span {
  if (story.titleSpan) return story.titleSpan;
  if (story.heading) return story.heading;
  const text = doc.uncommented;
  let start = story.span.start;
  while (start < story.span.end && /[\s\uFEFF]/.test(text[start])) start++;
  let end = start;
  while (end < story.span.end && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
