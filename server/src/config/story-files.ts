import picomatch from 'picomatch';

/**
 * Which Markdown files are stories (story-bank spec §1): those that the `storyFiles` globs take,
 * matched against paths relative to the bank root (where the `.storycoach.json` is), with `/`,
 * case-insensitively. `*` within a folder name, `**` across folders, `?` one character, `{a,b}`
 * alternatives (picomatch). Without globs, none: a README is not a story. The command line and
 * the language server both use this one matcher.
 */
export function storyFilesMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch(
    globs.map((glob) => glob.replace(/\\/g, '/').replace(/^\.\//, '')),
    { dot: false, nocase: true },
  );
  return (relativePath) => matches(relativePath);
}
