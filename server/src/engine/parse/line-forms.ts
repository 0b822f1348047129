/**
 * Recognises heading and `Key: value` lines. These were single regular expressions of the form
 * `(.*?)[ \t]*$`, which backtrack quadratically over a long run of spaces inside a line (a
 * 200,000-character line took minutes). Here a short anchored pattern finds the line's start and
 * plain loops trim the end, with exactly the results the expressions gave; `\u2028`/`\u2029`,
 * which their `.` did not match, still make a line ordinary text.
 */
const TITLE_START = /^ {0,3}#([ \t]*)/;
const SUB_START = /^ {0,3}#{2,6}/;
const KEY_START = /^[ \t]*([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:(?!\/\/)[ \t]*/;
const UNMATCHED_BY_DOT = /[\u2028\u2029]/;

/** `# Title`: the title text (possibly empty), or null when the line is no level-1 heading. */
export function titleHeadingText(line: string): string | null {
  const start = TITLE_START.exec(line);
  if (!start) return null;
  const rest = line.slice(start[0].length);
  if (start[1] === '') return rest === '' ? '' : null;
  return UNMATCHED_BY_DOT.test(rest) ? null : headingText(rest);
}

/** `## Name`: `{ text }` (text undefined for a bare `##`), or null when the line is no level-2+ heading. */
export function subHeadingText(line: string): { text: string | undefined } | null {
  const start = SUB_START.exec(line);
  if (!start) return null;
  const rest = line.slice(start[0].length);
  if (rest === '') return { text: undefined };
  if (rest[0] !== ' ' && rest[0] !== '\t') return null;
  if (UNMATCHED_BY_DOT.test(rest)) return null;
  return { text: headingText(rest.slice(leadingBlanks(rest))) };
}

/** `Key: value`: the key as written and the trimmed value, or null. */
export function keyLineParts(line: string): { key: string; value: string } | null {
  const start = KEY_START.exec(line);
  if (!start) return null;
  const rest = line.slice(start[0].length);
  if (UNMATCHED_BY_DOT.test(rest)) return null;
  return { key: start[1], value: rest.slice(0, trailingBlanksStart(rest)) };
}

/** Heading text after the opening marks and blanks: trailing blanks and a closing `#` run dropped. */
function headingText(rest: string): string {
  const trimmed = rest.slice(0, trailingBlanksStart(rest));
  let hashes = trimmed.length;
  while (hashes > 0 && trimmed[hashes - 1] === '#') hashes--;
  // A closing run counts only after a blank, as in CommonMark: `## C#` keeps its `#`.
  if (hashes === trimmed.length || hashes === 0 || !isBlank(trimmed[hashes - 1])) return trimmed;
  return trimmed.slice(0, trailingBlanksStart(trimmed.slice(0, hashes)));
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function leadingBlanks(text: string): number {
  let index = 0;
  while (index < text.length && isBlank(text[index])) index++;
  return index;
}

function trailingBlanksStart(text: string): number {
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  return end;
}
