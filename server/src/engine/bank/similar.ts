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

/** A pair's verdict: the same event told twice (and why), or not. */
type Verdict = Pick<SimilarPair, 'reason' | 'similarity'> | null;

/**
 * The similar pairs of a bank that changes story by story. Each story's signature is kept until the
 * count of one of its words changes in a way that can change it, and each pair's verdict until one
 * of its stories changes: after an edit only the edited stories' pairs (and the few signatures that
 * share its rare words) are worked out again. The result is the same as a fresh start's.
 */
export class SimilarStories {
  private signatures = new Map<string, { readonly record: StoryRecord; readonly words: readonly string[] }>();
  private verdicts = new Map<string, { readonly first: StoryRecord; readonly second: StoryRecord; readonly verdict: Verdict }>();
  /** Words whose story count changed since the last `pairs()`, with the count they had then. */
  private readonly changed = new Map<string, number>();

  constructor(
    /** How many stories use a word, now. */
    private readonly frequency: (word: string) => number,
    /** Ids of the stories that use a word, now. */
    private readonly holders: (word: string) => Iterable<string>,
  ) {}

  /** Call before a story is added to or removed from the counts: notes the counts its words had. */
  willChange(record: StoryRecord): void {
    for (const word of record.stems) if (!this.changed.has(word)) this.changed.set(word, this.frequency(word));
  }

  pairs(stories: readonly StoryRecord[]): SimilarPair[] {
    // A word counts in signatures only while 2..MAX_HOLDERS stories use it: a change of its count
    // outside that range (before and after) changes no signature.
    const stale = new Set<string>();
    for (const [word, before] of this.changed) {
      if (!signatureCount(before) && !signatureCount(this.frequency(word))) continue;
      for (const id of this.holders(word)) stale.add(id);
    }
    this.changed.clear();
    const signatures = new Map<string, { readonly record: StoryRecord; readonly words: readonly string[] }>();
    const signature = (story: StoryRecord): readonly string[] => {
      const known = this.signatures.get(story.id);
      const words = known && known.record === story && !stale.has(story.id) ? known.words : signatureOf(story, this.frequency);
      signatures.set(story.id, { record: story, words });
      return words;
    };
    const verdicts = new Map<string, { readonly first: StoryRecord; readonly second: StoryRecord; readonly verdict: Verdict }>();
    const verdict = (first: StoryRecord, second: StoryRecord): Verdict => {
      const key = `${first.id}\u0000${second.id}`;
      const known = this.verdicts.get(key);
      const found = known && known.first === first && known.second === second ? known.verdict : check(first, second);
      verdicts.set(key, { first, second, verdict: found });
      return found;
    };
    const pairs = pairsOf(stories, signature, verdict);
    this.signatures = signatures;
    this.verdicts = verdicts;
    return pairs;
  }
}

function signatureCount(count: number): boolean {
  return count >= 2 && count <= MAX_HOLDERS;
}

/** Candidate pairs from the stories' signatures (three distinctive words in common at least), each judged. */
function pairsOf(stories: readonly StoryRecord[], signature: (story: StoryRecord) => readonly string[], judge: (first: StoryRecord, second: StoryRecord) => Verdict): SimilarPair[] {
  // Each story's signature: its rarest words that at least one other story also uses.
  const holders = new Map<string, number[]>();
  stories.forEach((story, index) => {
    for (const word of signature(story)) {
      const list = holders.get(word);
      if (list) list.push(index);
      else holders.set(word, [index]);
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
    const verdict = judge(first, second);
    if (verdict) pairs.push({ first, second, ...verdict });
  }
  return pairs.sort((a, b) => a.first.id.localeCompare(b.first.id) || a.second.id.localeCompare(b.second.id));
}

/** Near-identical words overall, or the same situation (with the same figures) told twice; else null. */
function check(first: StoryRecord, second: StoryRecord): Verdict {
  const text = jaccard(first.stems, second.stems);
  if (text >= SAME_TEXT) return { reason: 'text', similarity: text };
  if (first.situationStems.length < MIN_SITUATION_WORDS || second.situationStems.length < MIN_SITUATION_WORDS) return null;
  const figures = first.figures.filter((figure) => /\d/.test(figure) && second.figures.includes(figure)).length;
  const situation = jaccard(new Set(first.situationStems), new Set(second.situationStems)) + 0.05 * Math.min(figures, 3);
  return situation >= SAME_SITUATION ? { reason: 'situation', similarity: Math.min(1, situation) } : null;
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

function before(count: number, word: string, other: { word: string; count: number }): boolean {
  return count < other.count || (count === other.count && word < other.word);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const word of a) if (b.has(word)) both++;
  return both / (a.size + b.size - both);
}
