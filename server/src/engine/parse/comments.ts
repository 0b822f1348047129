import type { Span } from './types';

/**
 * Finds HTML comments and returns them with a copy of the text in which every comment character
 * other than a line break is a space, so offsets stay valid and line structure is kept.
 * An unterminated comment runs to the end of the text, as in a browser.
 */
export function blankComments(text: string): { uncommented: string; comments: Span[] } {
  const comments: Span[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    comments.push({ start: open, end });
    from = end;
  }
  if (comments.length === 0) return { uncommented: text, comments };
  let uncommented = '';
  let cursor = 0;
  for (const comment of comments) {
    uncommented += text.slice(cursor, comment.start);
    uncommented += text.slice(comment.start, comment.end).replace(/[^\r\n]/g, ' ');
    cursor = comment.end;
  }
  uncommented += text.slice(cursor);
  return { uncommented, comments };
}
