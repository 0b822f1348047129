import type { Span } from '../parse/types';
import { startsBlock } from './markup';

// Words that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st',
  'no', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'a.m', 'p.m', 'ph.d', 'cf', 'al',
]);
// The look-behind starts a match only at the start of a run of marks: without it a long run
// ("..........x") was retried from every mark, quadratic in the run's length. Matches are unchanged.
const TERMINAL = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s|$)/g;
// A line that ends like this continues on the next line even when that line starts with a capital.
const CONTINUES = /(?:[,;:(\-–—&/]|\b(?:and|or|but|the|a|an|of|to|with|for|in|on|at|by|from|our|my|their|as|that|which|who|into|than)\s*)$/i;

/**
 * Splits the spoken text of one region into sentences. `masked` is the document with every
 * unspoken character blanked; `lineSpans` are the region's lines, `lineTexts` their original text
 * (used to see bullets). A bullet item, a quote, a blank line, or a new line that begins with a
 * capital after a line that does not continue, all end a sentence: notes are often written one
 * fact per line without full stops.
 */
export function splitSentences(masked: string, lineSpans: readonly Span[], originalLines: readonly string[]): Span[] {
  const sentences: Span[] = [];
  let openStart = -1;
  let openEnd = -1;
  let previousLine = '';

  const flush = (): void => {
    if (openStart >= 0 && /[\p{L}\p{N}]/u.test(masked.slice(openStart, openEnd))) {
      sentences.push({ start: openStart, end: openEnd });
    }
    openStart = -1;
  };
  const extend = (start: number, end: number): void => {
    if (openStart < 0) openStart = start;
    openEnd = end;
  };

  lineSpans.forEach((span, index) => {
    const content = masked.slice(span.start, span.end);
    const leading = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed === '') {
      flush();
      previousLine = '';
      return;
    }
    const startsNew =
      startsBlock(originalLines[index]) ||
      (previousLine !== '' && /^[\p{Lu}\p{N}"“'‘(]/u.test(trimmed) && !CONTINUES.test(previousLine));
    if (startsNew) flush();

    const contentStart = span.start + leading;
    const contentEnd = contentStart + trimmed.length;
    let pieceStart = contentStart;
    TERMINAL.lastIndex = 0;
    const line = masked.slice(contentStart, contentEnd);
    for (let match = TERMINAL.exec(line); match; match = TERMINAL.exec(line)) {
      const punctuationAt = match.index;
      const after = line.slice(match.index + match[0].length).trimStart();
      if (match[0][0] === '.' && isAbbreviation(line, punctuationAt)) continue;
      if (after !== '' && /^[\p{Ll}]/u.test(after)) continue;
      const end = contentStart + match.index + match[0].length;
      extend(pieceStart, end);
      flush();
      pieceStart = end + (line.slice(match.index + match[0].length).length - after.length);
    }
    if (pieceStart < contentEnd) extend(pieceStart, contentEnd);
    previousLine = trimmed;
  });
  flush();
  return sentences;
}

function isAbbreviation(line: string, periodAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, periodAt - 12), periodAt));
  return before !== null && ABBREVIATIONS.has(before[1].toLowerCase());
}
