/**
 * Varied, seeded edits of the kind a writer makes while revising a story: type a letter, insert or
 * delete a word, add or delete a sentence, change a figure, start a new paragraph, paste or cut a
 * paragraph. Each lands at a random spot in the spoken text (never in a heading or metadata line).
 */
import { Rng, sentenceFor, type SectionName } from './generate';

export interface TextChange {
  readonly kind: EditKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const EDIT_KINDS = [
  'type-letter',
  'insert-word',
  'delete-word',
  'add-sentence',
  'change-figure',
  'backspace',
  'new-paragraph',
  'delete-sentence',
  'paste-paragraph',
  'insert-hedge',
  'delete-paragraph',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

const WORDS = ['carefully', 'quickly', 'together', 'again', 'first', 'finally', 'also', 'directly', 'weekly', 'personally'];
const HEDGES = ['basically', 'probably', 'kind of', 'really', 'significantly', 'honestly', 'sort of', 'hugely'];
const SECTIONS: readonly SectionName[] = ['situation', 'task', 'action', 'result', 'lessons'];

/** Body lines: non-blank lines that are not headings, comments, metadata or section labels. */
function bodyLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  const pattern = /[^\r\n]*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const line = match[0];
    if (line === '') {
      pattern.lastIndex++;
      if (pattern.lastIndex > text.length) break;
      continue;
    }
    if (/^\s*(?:#|<!--|-->|[A-Za-z][A-Za-z ]{0,30}:)/.test(line) || line.trim().split(/\s+/).length < 4) continue;
    lines.push({ start: match.index, end: match.index + line.length });
  }
  return lines;
}

/** Word spans on a line. */
function wordsIn(text: string, line: { start: number; end: number }): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  const pattern = /[\p{L}][\p{L}'’-]*/gu;
  const slice = text.slice(line.start, line.end);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    words.push({ start: line.start + match.index, end: line.start + match.index + match[0].length });
  }
  return words;
}

/** The next edit for `text`; kinds rotate so every kind appears, positions are random. */
export function nextEdit(rng: Rng, text: string, index: number): TextChange {
  const lines = bodyLines(text);
  if (lines.length === 0) return { kind: 'add-sentence', start: text.length, end: text.length, text: `\n${sentenceFor(rng, 'action')}\n` };
  const line = rng.pick(lines);
  const words = wordsIn(text, line);
  const word = words.length > 0 ? rng.pick(words) : { start: line.end, end: line.end };
  const kind = EDIT_KINDS[index % EDIT_KINDS.length];
  switch (kind) {
    case 'type-letter':
      return { kind, start: word.end, end: word.end, text: rng.pick(['s', 'e', 'd', 'r', 'n']) };
    case 'insert-word':
      return { kind, start: word.start, end: word.start, text: `${rng.pick(WORDS)} ` };
    case 'insert-hedge':
      return { kind, start: word.start, end: word.start, text: `${rng.pick(HEDGES)} ` };
    case 'delete-word': {
      const end = text[word.end] === ' ' ? word.end + 1 : word.end;
      return { kind, start: word.start, end, text: '' };
    }
    case 'backspace':
      return { kind, start: Math.max(word.start, word.end - 1), end: word.end, text: '' };
    case 'add-sentence': {
      const stop = sentenceEnds(text, line);
      const at = stop.length > 0 ? rng.pick(stop) : line.end;
      return { kind, start: at, end: at, text: ` ${sentenceFor(rng, rng.pick(SECTIONS))}` };
    }
    case 'delete-sentence': {
      const stops = [line.start, ...sentenceEnds(text, line)];
      if (stops.length < 2) return { kind, start: word.start, end: word.end, text: '' };
      const i = rng.int(0, stops.length - 2);
      return { kind, start: stops[i], end: stops[i + 1], text: '' };
    }
    case 'change-figure': {
      const slice = text.slice(line.start, line.end);
      const figures = [...slice.matchAll(/\d[\d,.]*/g)];
      if (figures.length === 0) return { kind, start: word.end, end: word.end, text: ` by ${rng.int(5, 60)}%` };
      const figure = rng.pick(figures);
      const start = line.start + (figure.index ?? 0);
      return { kind, start, end: start + figure[0].replace(/[.,]+$/, '').length, text: String(rng.int(2, 950)) };
    }
    case 'new-paragraph':
      return { kind, start: line.end, end: line.end, text: `\n\n${sentenceFor(rng, rng.pick(SECTIONS))}` };
    case 'delete-paragraph': {
      // The line and the line break after it: writers cut as much as they paste.
      const end = text.startsWith('\r\n', line.end) ? line.end + 2 : line.end + 1;
      return { kind, start: line.start, end: Math.min(end, text.length), text: '' };
    }
    case 'paste-paragraph': {
      const section = rng.pick(SECTIONS);
      const paragraph = [sentenceFor(rng, section), sentenceFor(rng, section), sentenceFor(rng, section)].join(' ');
      return { kind, start: line.end, end: line.end, text: `\n\n${paragraph}` };
    }
  }
}

/** Offsets just after each ". " (sentence ends) on a line. */
function sentenceEnds(text: string, line: { start: number; end: number }): number[] {
  const ends: number[] = [];
  for (let i = line.start; i < line.end; i++) {
    if ((text[i] === '.' || text[i] === '!' || text[i] === '?') && (i + 1 === line.end || text[i + 1] === ' ')) ends.push(i + 1);
  }
  return ends;
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/** 0-based line and UTF-16 character of an offset (JavaScript strings are UTF-16 already). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
