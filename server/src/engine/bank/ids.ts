// Story ids (story-bank spec §1): `<path relative to the bank root>#<slug>`, the slug being the title
// lower-cased with every run of non-letters-and-digits turned into `-`, trimmed; repeats get -2, -3…

/** The slug of one title. */
export function storySlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The ids of a file's stories, in order; `relativePath` uses `/` separators. */
export function storyIds(relativePath: string, titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const slug = storySlug(title);
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return `${relativePath}#${count === 1 ? slug : `${slug}-${count}`}`;
  });
}
