/**
 * Markdown markup that is not spoken — bullet and quote markers at line starts, emphasis and code
 * markers — is blanked with spaces, so offsets into the original text stay valid.
 */
const LINE_MARKER = /^([ \t]*)((?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?)/;
const INLINE_MARKER = /\*\*|__|`+|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])/gu;

/** True when the line opens a new block: a bullet item or a block quote. */
export function startsBlock(line: string): boolean {
  const marker = LINE_MARKER.exec(line);
  return marker !== null && marker[2].length > 0;
}

/** The line with its markup replaced by spaces (same length). */
export function blankLineMarkup(line: string): string {
  const marker = LINE_MARKER.exec(line);
  let result = line;
  if (marker && marker[2].length > 0) {
    result = marker[1] + ' '.repeat(marker[2].length) + line.slice(marker[0].length);
  }
  return result.replace(INLINE_MARKER, (markup) => ' '.repeat(markup.length));
}

/** Blanks every character except line breaks. */
export function blankAll(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
