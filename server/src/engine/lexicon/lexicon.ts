import { COACH_CLASSES, type CoachTag, type LexiconClass } from './classes';

/** compromise's inflection helpers (compromise/two exposes them on its world). */
export interface Inflector {
  conjugate(verb: string): readonly string[];
  pluralize(noun: string): string;
}

/** A phrase of the lexicon as word tokens; `*` stands for up to four words. */
interface Phrase {
  readonly tokens: readonly string[];
  readonly tag: CoachTag;
}

export interface TagHit {
  readonly tag: CoachTag;
  /** Token range, end exclusive. */
  readonly first: number;
  readonly end: number;
}

const WILDCARD_MAX = 4;
/** A phrase of words only (letters, digits, apostrophes, hyphens between them), as a writer's list may give. */
const WORD_PHRASE = /^\s*[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:\s+[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)*\s*$/u;
// Words that start a phrase but are no verbs: never conjugated.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'my', 'our', 'their', 'his', 'her', 'its', 'i', 'we', 'not', 'no', 'never', 'nobody', 'nothing',
  'out', 'beyond', 'outside', 'above', 'on', 'in', 'at', 'of', 'by', 'as', 'just', 'only', 'what', 'when', 'though',
  'that', 'it', 'this', 'all', 'every', 'each', 'with', 'without', 'zero', 'none', 'so', 'bad', 'high', 'too',
  'little', 'nothing', 'anyone', 'unrealistic', 'impossible', 'second', 'like', 'since', 'ever', 'from', 'these',
  'to', 'later', 'weeks', 'months', 'if', 'now', 'looking', 'next', 'over', 'best', 'left', 'kept', 'lots', 'tons',
  'loads', 'plenty', 'made', 'improved', 'moved', 'went', 'paid', 'quietly', 'round', 'set', 'give', 'had', 'was',
  'inherited', 'given', 'handed', 'has', 'anyone', 'nobody', 'no', 'come', 'came', 'changed', 'opened', 'accused',
  'fired', 'disciplined', 'got', 'sign', 'pass', 'take', 'took', 'tell', 'say', 'claim', 'report', 'went', 'carried',
  'saved', 'always', 'could', 'should', 'would', 'did', 'have', 'be', 'been', 'is', 'are', 'were',
]);

/**
 * The spoken form compromise gives contractions ("wasn't" → "was not", "CTO's" → "cto"), so phrases
 * and raw text tokenize the way compromise's terms read.
 */
export function normalizeWords(text: string): string[] {
  const lower = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/'ve\b/g, ' have')
    .replace(/'d\b/g, ' would')
    .replace(/'ll\b/g, ' will')
    .replace(/'re\b/g, ' are')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/'s\b/g, '');
  return lower.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The coaching lexicon, expanded to every word form, ready to tag a token sequence. */
export class Lexicon {
  private readonly forms = new Map<string, CoachTag[]>();
  private readonly phrases = new Map<string, Phrase[]>();

  /**
   * `extra`: the writer's own phrases (their `storyCoach.words.*` lists) by the class they join. A
   * phrase's first word is conjugated as a verb's would be ("sit on" → "sat on"), a single word too;
   * a phrase with anything but words in it joins no class (it still matches as written).
   */
  constructor(inflector: Inflector, extra: ReadonlyMap<CoachTag, readonly string[]> = new Map()) {
    for (const [tag, phrases] of extra) {
      // Punctuation is not a word: "(a+)+" must not become "a". Such phrases match as written only.
      for (const phrase of phrases.filter((candidate) => WORD_PHRASE.test(candidate))) {
        const tokens = normalizeWords(phrase);
        if (tokens.length === 1 && !FUNCTION_WORDS.has(tokens[0])) for (const form of [tokens[0], ...inflector.conjugate(tokens[0]), ...regularForms(tokens[0])]) this.addWord(form, tag);
        else this.addPhrase(phrase, tag, inflector, 'verb');
      }
    }
    for (const [tag, entry] of Object.entries(COACH_CLASSES) as [CoachTag, LexiconClass][]) {
      for (const verb of entry.verbs ?? []) for (const form of [verb, ...inflector.conjugate(verb), ...regularForms(verb)]) this.addWord(form, tag);
      for (const noun of entry.nouns ?? []) {
        if (noun.includes(' ')) this.addPhrase(noun, tag, inflector, 'noun');
        else for (const form of [noun, inflector.pluralize(noun)]) this.addWord(form, tag);
      }
      for (const word of entry.words ?? []) {
        if (word.includes(' ')) this.addPhrase(word, tag, inflector, 'literal');
        else this.addWord(word, tag);
      }
      for (const phrase of entry.phrases ?? []) this.addPhrase(phrase, tag, inflector, 'verb');
    }
  }

  private addWord(form: string, tag: CoachTag): void {
    const key = normalizeWords(form).join(' ');
    if (key === '') return;
    if (key.includes(' ')) {
      this.addPhraseTokens(key.split(' '), tag);
      return;
    }
    // compromise reads "single-handedly" as two terms.
    if (key.includes('-')) this.addPhraseTokens(key.split('-').filter(Boolean), tag);
    const tags = this.forms.get(key);
    if (!tags) this.forms.set(key, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
  }

  private addPhrase(phrase: string, tag: CoachTag, inflector: Inflector, kind: 'verb' | 'noun' | 'literal'): void {
    const tokens = phrase
      .split(/\s+/)
      .flatMap((word) => (word === '*' ? ['*'] : normalizeWords(word)));
    if (tokens.length === 0) return;
    if (tokens.length === 1) {
      this.addWord(tokens[0], tag);
      return;
    }
    const variants = new Set<string>([tokens[0]]);
    if (kind === 'verb' && !FUNCTION_WORDS.has(tokens[0])) for (const form of [...inflector.conjugate(tokens[0]), ...regularForms(tokens[0])]) variants.add(form);
    const last = tokens[tokens.length - 1];
    const lastVariants = kind === 'noun' ? [last, inflector.pluralize(last)] : [last];
    for (const first of variants) {
      for (const end of lastVariants) {
        const words = [first, ...tokens.slice(1, -1), end];
        this.addPhraseTokens(words.flatMap((word) => (word === '*' ? ['*'] : normalizeWords(word))), tag);
      }
    }
  }

  private addPhraseTokens(tokens: readonly string[], tag: CoachTag): void {
    const list = this.phrases.get(tokens[0]) ?? [];
    if (!list.some((known) => known.tag === tag && known.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, tag });
    this.phrases.set(tokens[0], list);
  }

  /** Every class hit in a token sequence: single words and whole phrases. */
  tag(tokens: readonly string[]): TagHit[] {
    const hits: TagHit[] = [];
    tokens.forEach((token, index) => {
      for (const tag of this.forms.get(token) ?? []) hits.push({ tag, first: index, end: index + 1 });
      for (const phrase of this.phrases.get(token) ?? []) {
        const end = matchPhrase(phrase.tokens, tokens, index);
        if (end > 0) hits.push({ tag: phrase.tag, first: index, end });
      }
    });
    return hits;
  }

}

/** The end (exclusive) of a phrase matched at `start`, or -1. */
function matchPhrase(phrase: readonly string[], tokens: readonly string[], start: number): number {
  const step = (p: number, t: number): number => {
    if (p === phrase.length) return t;
    if (phrase[p] === '*') {
      for (let skip = 1; skip <= WILDCARD_MAX && t + skip <= tokens.length; skip++) {
        const end = step(p + 1, t + skip);
        if (end > 0) return end;
      }
      return -1;
    }
    // The article follows the next word's sound: "leave * in a * state" matches "in an appalling state".
    return t < tokens.length && (tokens[t] === phrase[p] || (phrase[p] === 'a' && tokens[t] === 'an')) ? step(p + 1, t + 1) : -1;
  };
  return step(0, start);
}

// Past participles compromise's conjugator leaves out (it gives the simple past only).
const PARTICIPLES: Readonly<Record<string, string>> = {
  show: 'shown', give: 'given', know: 'known', take: 'taken', write: 'written', rewrite: 'rewritten', break: 'broken',
  forget: 'forgotten', hide: 'hidden', steal: 'stolen', drive: 'driven', do: 'done', see: 'seen', go: 'gone',
  choose: 'chosen', speak: 'spoken', fall: 'fallen', throw: 'thrown', blow: 'blown', grow: 'grown', draw: 'drawn',
  withdraw: 'withdrawn', mistake: 'mistaken', override: 'overridden', overtake: 'overtaken', undertake: 'undertaken',
  beat: 'beaten', freeze: 'frozen', shake: 'shaken', prove: 'proven', overdo: 'overdone', undo: 'undone',
  oversee: 'overseen', misunderstand: 'misunderstood', overlook: 'overlooked', forgive: 'forgiven', shrink: 'shrunk',
  sink: 'sunk', begin: 'begun', ride: 'ridden', rise: 'risen', bite: 'bitten', wake: 'woken', swear: 'sworn',
  tear: 'torn', wear: 'worn', fly: 'flown', lie: 'lain', get: 'gotten', overthrow: 'overthrown', forgo: 'forgone',
};

/** Regular inflections, for verbs compromise's conjugator does not know ("stonewall" → "stonewalled"). */
function regularForms(verb: string): string[] {
  if (PARTICIPLES[verb]) return [PARTICIPLES[verb]];
  if (verb.includes(' ') || verb.includes('-')) return [];
  // One syllable ending consonant–vowel–consonant doubles its last letter: skip → skipped.
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) ? verb + verb[verb.length - 1] : null;
  const stem = doubled ?? (verb.endsWith('e') ? verb.slice(0, -1) : verb);
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`;
  // British spelling doubles a final l after a single vowel: mislabel → mislabelled, cancel → cancelling.
  const british = /[^aeiou][aeiou]l$/.test(verb) ? [`${verb}led`, `${verb}ling`] : [];
  return [third, past, `${stem}ing`, ...british];
}
