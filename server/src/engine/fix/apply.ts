import type { EngineOptions } from '../config/options';
import { lint } from '../lint';
import type { Finding, TextEdit } from '../types';

/**
 * Applies edits to text. Edits are sorted by position; an edit that overlaps one already taken is
 * dropped (the next pass picks it up), so no two edits ever fight over the same characters.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start < lastEnd || (edit.start === lastEnd && edit.start === edit.end && applied.length > 0 && applied[applied.length - 1].start === edit.start)) continue;
    if (edit.start < 0 || edit.end > text.length || edit.end < edit.start) continue;
    applied.push(edit);
    lastEnd = edit.end;
  }
  let result = '';
  let cursor = 0;
  for (const edit of applied) {
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return { text: result + text.slice(cursor), applied };
}

/** The edits of every safe fix among the findings, first fix of each finding only. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

const MAX_PASSES = 10;

/** Applies every safe fix, re-linting between passes until nothing more changes (as ESLint does). */
export function applyFixes(text: string, options: Partial<EngineOptions> = {}): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeFixEdits(lint(current, options).findings);
    if (edits.length === 0) break;
    const result = applyEdits(current, edits);
    if (result.applied.length === 0 || result.text === current) break;
    fixed += result.applied.length;
    current = result.text;
  }
  return { text: current, fixed };
}
