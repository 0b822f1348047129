/**
 * Compiles literal phrases (built-in lists and the writer's own) into one case-insensitive
 * pattern. Phrases are escaped, so settings can never inject a regular expression, and the only
 * quantifier is `\s+` between fixed words, so matching is linear.
 */
const cache = new Map<string, RegExp | null>();
const MAX_CACHED = 64;

export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const key = phrases.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const alternatives = phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(/\s+/).map(escapeLiteral).join('\\s+'));
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_'’])`, 'giu');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, pattern);
  return pattern;
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

/** Escapes a word; straight and curly apostrophes match each other. */
function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");
}
