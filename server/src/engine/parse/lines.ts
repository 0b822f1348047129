import type { Line } from './types';

/** Splits text into lines on LF, CRLF or CR, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      const next = code === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Index of the line holding `offset` (binary search). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(lines, offset, (line) => line.start));
}

/**
 * Index of the last item that starts at or before `offset` in items sorted by start (binary
 * search), or -1 when none does. Lines, sections and stories are all found this way.
 */
export function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  if (high < 0 || startOf(items[0]) > offset) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(items[mid]) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** 0-based line and UTF-16 column of an offset. */
export function positionOf(lines: readonly Line[], offset: number): { line: number; character: number } {
  const line = lineIndexAt(lines, offset);
  return { line, character: Math.min(offset, lines[line].end) - lines[line].start };
}
