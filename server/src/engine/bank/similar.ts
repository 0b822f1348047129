// Stories that tell the same event (`bank-duplicate`): near-identical words overall, or the same
// situation told twice. Candidate pairs come from the words the two share that few other stories
// use, so a bank of a thousand stories is not compared pair by pair.
import type { StoryRecord } from './records';

/** Jaccard similarity of all content words above which two stories are near-identical. */
const SAME_TEXT = 0.6;
/** Jaccard similarity of the Situation's words (and shared figures) above which it is one situation told twice. */
const SAME_SITUATION = 0.45;
const MIN_SITUATION_WORDS = 6;
const SIGNATURE_SIZE = 16;
const MIN_SHARED_SIGNATURE = 3;

export interface SimilarPair {
  readonly first: StoryRecord;
  readonly second: StoryRecord;
  readonly reason: 'text' | 'situation';
  readonly similarity: number;
}

export function similarPairs(stories: readonly StoryRecord[]): SimilarPair[] {
  const frequency = new Map<string, number>();
  for (const story of stories) for (const word of story.stems) frequency.set(word, (frequency.get(word) ?? 0) + 1);

  // Each story's signature: its rarest words that at least one other story also uses.
  const holders = new Map<string, number[]>();
  stories.forEach((story, index) => {
    const signature = [...story.stems]
      .filter((word) => (frequency.get(word) ?? 0) >= 2)
      .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, SIGNATURE_SIZE);
    for (const word of signature) {
      const list = holders.get(word) ?? [];
      list.push(index);
      holders.set(word, list);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    // A signature word held by many stories is not distinctive after all.
    if (list.length > 50) continue;
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

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const word of a) if (b.has(word)) both++;
  return both / (a.size + b.size - both);
}
