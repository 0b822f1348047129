// `storyFiles` globs (story-bank spec §1): `*` within a folder name, `**` across folders, `?` one
// character, `{a,b}` alternatives. Matched against paths relative to the bank root, with `/`.

export function globMatcher(globs: readonly string[]): (relative: string) => boolean {
  const patterns = globs.map(globPattern);
  return (relative) => patterns.some((pattern) => pattern.test(relative));
}

export function globPattern(glob: string): RegExp {
  // Repeated `**/` match what one does; collapsed, a pattern cannot backtrack over them.
  const normal = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/(?:\*\*\/)+/g, '**/').replace(/\*{3,}/g, '**');
  let source = '';
  for (let i = 0; i < normal.length; i++) {
    const char = normal[i];
    if (char === '*' && normal[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      if (normal[i + 2] === '/') {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const close = normal.indexOf('}', i);
      if (close < 0) source += '\\{';
      else {
        source += `(?:${normal.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else source += escape(char);
  }
  return new RegExp(`^${source}$`, 'i');
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}
