// Stories that tell the same event (`bank-duplicate`): near-identical words overall, or the same
// situation told twice. Candidate pairs come from the words the two share that few other stories
// use, so a bank of a thousand stories is not compared pair by pair.
import type { StoryRecord } from './records';

/** Jaccard similarity of all content words above which two stories are near-identical. */
const SAME_TEXT = 0.6;
/** Jaccard similarity of the Situation's words (and shared figures) above which it is one situation told twice. */
const SAME_SITUATION = 0.45;
const MIN_SITUATION_WORDS = 6;
const SIGNATURE_SIZE = 12;
const MIN_SHARED_SIGNATURE = 3;
/** A signature word more stories than this hold is not distinctive (and would pair them all). */
const MAX_HOLDERS = 30;

export interface SimilarPair {
  readonly first: StoryRecord;
  readonly second: StoryRecord;
  readonly reason: 'text' | 'situation';
  readonly similarity: number;
}

/** `frequency`: how many stories use a word (the index keeps it; counted here when not given). */
export function similarPairs(stories: readonly StoryRecord[], frequency: (word: string) => number = countWords(stories)): SimilarPair[] {
  // Each story's signature: its rarest words that at least one other story also uses.
  const holders = new Map<string, number[]>();
  stories.forEach((story, index) => {
    for (const word of signatureOf(story, frequency)) {
      const list = holders.get(word) ?? [];
      list.push(index);
      holders.set(word, list);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    // A signature word held by many stories is not distinctive after all.
    if (list.length > MAX_HOLDERS) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const key = list[i] * stories.length + list[j];
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }

  const pairs: SimilarPair[] = [];
  for (const [key, count] of shared) {
    if (count < MIN_SHARED_SIGNATURE) continue;
    const first = stories[Math.floor(key / stories.length)];
    const second = stories[key % stories.length];
    const text = jaccard(first.stems, second.stems);
    if (text >= SAME_TEXT) {
      pairs.push({ first, second, reason: 'text', similarity: text });
      continue;
    }
    if (first.situationStems.length < MIN_SITUATION_WORDS || second.situationStems.length < MIN_SITUATION_WORDS) continue;
    const figures = first.figures.filter((figure) => /\d/.test(figure) && second.figures.includes(figure)).length;
    const situation = jaccard(new Set(first.situationStems), new Set(second.situationStems)) + 0.05 * Math.min(figures, 3);
    if (situation >= SAME_SITUATION) pairs.push({ first, second, reason: 'situation', similarity: Math.min(1, situation) });
  }
  return pairs.sort((a, b) => a.first.id.localeCompare(b.first.id) || a.second.id.localeCompare(b.second.id));
}

/** A story's rarest words that at least one other story also uses (kept in a small sorted list, not a full sort). */
function signatureOf(story: StoryRecord, frequency: (word: string) => number): string[] {
  const best: { word: string; count: number }[] = [];
  for (const word of story.stems) {
    const count = frequency(word);
    if (count < 2 || count > MAX_HOLDERS) continue;
    if (best.length === SIGNATURE_SIZE && !before(count, word, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && before(count, word, best[at - 1])) at--;
    best.splice(at, 0, { word, count });
    if (best.length > SIGNATURE_SIZE) best.pop();
  }
  return best.map((entry) => entry.word);
}

function countWords(stories: readonly StoryRecord[]): (word: string) => number {
  const counts = new Map<string, number>();
  for (const story of stories) for (const word of story.stems) counts.set(word, (counts.get(word) ?? 0) + 1);
  return (word) => counts.get(word) ?? 0;
}

function before(count: number, word: string, other: { word: string; count: number }): boolean {
  return count < other.count || (count === other.count && word < other.word);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const word of a) if (b.has(word)) both++;
  return both / (a.size + b.size - both);
}
