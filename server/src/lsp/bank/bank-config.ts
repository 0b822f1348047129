import picomatch from 'picomatch';

/**
 * Which Markdown files are stories: those that `storyFiles` globs (relative to the bank root, where
 * the `.storycoach.json` is) take. Without globs, none: a README is not a story.
 */
export function markdownStoryMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch(globs.map((glob) => glob.replace(/^\.\//, '')), { dot: false, nocase: true });
  return (relativePath) => matches(relativePath);
}
