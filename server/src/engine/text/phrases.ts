/**
 * Compiles literal phrases (built-in lists and the writer's own) into one case-insensitive
 * pattern. Phrases are escaped, so settings can never inject a regular expression, and the only
 * quantifier is `\s+` between fixed words, so matching is linear.
 *
 * The phrases are merged into a trie before they become a pattern: as a plain alternation, 500
 * phrases sharing a long prefix (the settings allow 500 of 100 characters) were each tried in full
 * at every position — 16 s for a 50 KB story. Merged, a shared prefix is matched once. The match
 * at each position is the same as the alternation's, longest phrase first.
 */
const cache = new Map<string, RegExp | null>();
const MAX_CACHED = 64;
// Rules pass the same list object for every sentence of a lint: skip re-joining it each time.
const byList = new WeakMap<readonly string[], RegExp | null>();

export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const known = byList.get(phrases);
  if (known !== undefined) return known;
  const key = phrases.join('\u0000');
  let pattern = cache.get(key);
  if (pattern === undefined) {
    const trie = new TrieNode();
    for (const phrase of phrases) {
      const trimmed = phrase.trim();
      if (trimmed.length > 0) trie.insert(units(trimmed));
    }
    pattern = trie.children.size === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}_'’-])${trie.toPattern()}(?![\\p{L}\\p{N}_'’])`, 'giu');
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, pattern);
  }
  byList.set(phrases, pattern);
  return pattern;
}

const joined = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();

/**
 * A built-in list and the writer's own as one list: the same array for the same two lists, so a rule
 * that asks for every sentence finds its pattern compiled instead of joining 200 phrases each time.
 */
export function bothLists(builtIn: readonly string[], own: readonly string[]): readonly string[] {
  let byOwn = joined.get(builtIn);
  if (!byOwn) joined.set(builtIn, (byOwn = new WeakMap()));
  let list = byOwn.get(own);
  if (!list) byOwn.set(own, (list = [...builtIn, ...own]));
  return list;
}

export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findPhrases(text: string, phrases: readonly string[]): PhraseMatch[] {
  const pattern = phrasePattern(phrases);
  if (!pattern) return [];
  const matches: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return matches;
}

const APOSTROPHE = "['’]";
const BLANKS = '\\s+';

/** A phrase as pattern units: one escaped character each, apostrophes as a class, `\s+` between words. */
function units(phrase: string): string[] {
  const result: string[] = [];
  phrase.split(/\s+/).forEach((word, index) => {
    if (index > 0) result.push(BLANKS);
    for (const char of word) result.push(/['’]/.test(char) ? APOSTROPHE : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  });
  return result;
}

const foldCache = new Map<string, string>();

/**
 * The key under which a unit merges with others: its lower case when the case-insensitive
 * pattern treats the two as the same character (so "Kind of" and "kind of" share a branch).
 */
function fold(unit: string): string {
  let key = foldCache.get(unit);
  if (key === undefined) {
    const lower = unit.toLowerCase();
    key = lower !== unit && lower.length === unit.length && new RegExp(`^${unit}$`, 'iu').test(lower) ? lower : unit;
    foldCache.set(unit, key);
  }
  return key;
}

class TrieNode {
  readonly children = new Map<string, { unit: string; node: TrieNode }>();
  end = false;

  insert(path: readonly string[]): void {
    if (path.length === 0) {
      this.end = true;
      return;
    }
    const key = fold(path[0]);
    let child = this.children.get(key);
    if (!child) {
      child = { unit: path[0], node: new TrieNode() };
      this.children.set(key, child);
    }
    child.node.insert(path.slice(1));
  }

  /** Longer phrases first, as in the alternation: a node that ends a phrase makes its continuation optional (greedy). */
  toPattern(): string {
    const branches = [...this.children.values()].map(({ unit, node }) => unit + node.toPattern());
    if (branches.length === 0) return '';
    if (this.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  }
}
