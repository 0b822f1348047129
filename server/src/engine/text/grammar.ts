import type Nlp from 'compromise/two';
import { COACH_CLASSES, type CoachTag } from '../lexicon/classes';
import { Lexicon, normalizeWords, type TagHit } from '../lexicon/lexicon';

/**
 * A compromise match pattern a rule asks of every sentence, over compromise's tags and the coaching
 * lexicon's (#Party, #Obstruct…). `needs` is the cheap prefilter: the pattern runs only on sentences
 * whose words carry every class of at least one of these sets, so most sentences are never tagged.
 */
export interface GrammarQuery {
  readonly pattern: string;
  readonly needs: readonly (readonly CoachTag[])[];
  /**
   * Run only when the rule asks for it (`context.analyze`), not on every candidate sentence: for
   * queries a rule needs on a few sentences of a few stories, whose prefilter would pass often.
   */
  readonly onDemand?: boolean;
}

export interface GrammarTerm {
  /** Offsets in the sentence text; an implied word of a contraction ("not" in "wasn't") is empty. */
  readonly start: number;
  readonly end: number;
  /** The word as compromise reads it: lower case, contractions expanded ("was", "not"). */
  readonly word: string;
  readonly tags: ReadonlySet<string>;
}

export interface GrammarMatch {
  /** Offsets in the sentence text. */
  readonly start: number;
  readonly end: number;
  /** Term indexes, end exclusive. */
  readonly first: number;
  readonly last: number;
}

/** What compromise and the coaching lexicon tell us about one sentence. */
export interface SentenceGrammar {
  /** Lexicon classes present in the sentence's words (known without tagging). */
  readonly classes: ReadonlySet<CoachTag>;
  /** The sentence's words as the lexicon reads them, and where each class was found (no tagging needed). */
  readonly words: readonly string[];
  readonly hits: readonly TagHit[];
  /** Terms with their tags; empty when no query applied, so compromise never ran. */
  readonly terms: readonly GrammarTerm[];
  /** Matches per query id, for the queries whose prefilter passed. */
  readonly matches: ReadonlyMap<string, readonly GrammarMatch[]>;
}

/** Work left for grammar analysis in one lint; once spent, sentences go unanalysed and the lint says so. */
export class GrammarBudget {
  private deadline: number;
  private readonly skippedTexts = new Set<string>();

  /** Sentences left unanalysed (each counted once, however many rules asked). */
  get skipped(): number {
    return this.skippedTexts.size;
  }

  skip(text: string): void {
    this.skippedTexts.add(text);
  }

  wasSkipped(text: string): boolean {
    return this.skippedTexts.has(text);
  }

  constructor(milliseconds: number) {
    this.deadline = Date.now() + milliseconds;
  }

  get exhausted(): boolean {
    return Date.now() > this.deadline;
  }

  /** Time that was not analysis (loading compromise) does not count against the budget. */
  exclude(milliseconds: number): void {
    this.deadline += milliseconds;
  }
}

const MAX_SENTENCE_CHARS = 2000;
const MAX_CACHE_ENTRIES = 20000;

/**
 * compromise tags about 5–25k words a second here: far too slow to run over a document on every
 * keystroke. Results are cached per sentence text , so an edit re-analyses only the
 * sentence it touched; each call is one sentence, so compromise never computes offsets for more.
 */
const cache = new Map<string, SentenceGrammar>();

let nlp: typeof Nlp | undefined;
/** The lexicon the tagging hook applies: set before each call to compromise. */
let activeLexicon: Lexicon | undefined;

/**
 * compromise is loaded on first use, not at start-up: loading it costs about 0.4 s of CPU, which
 * would delay the language server's `initialize` answer and every CLI run that needs no grammar.
 */
function compromise(): typeof Nlp {
  if (!nlp) {
    // compromise/two is the tagger without the phrase-level API we do not use: same tags, 60 KiB
    // smaller, and a little faster per sentence.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (see above)
    const loaded = require('compromise/two') as typeof Nlp;
    // The chunker (a default step) only fills term.chunk, which no query reads: skipping it saves
    // a few percent of tagging.
    const world = loaded.world() as { hooks: string[] };
    world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
    loaded.plugin(coachingPlugin());
    nlp = loaded;
  }
  return nlp;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  machine?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * The coaching lexicon as a compromise plugin: its classes become tags, added by a hook after
 * compromise's own tagger so they never change a word's part of speech.
 */
function coachingPlugin(): object {
  const tags: Record<string, object> = {};
  for (const tag of Object.keys(COACH_CLASSES)) tags[tag] = {};
  return {
    tags,
    compute: {
      coachTags(view: { docs: CompromiseTerm[][] }) {
        if (!activeLexicon) return;
        for (const terms of view.docs) {
          const words = terms.map(termWord);
          for (const hit of activeLexicon.tag(words)) for (let index = hit.first; index < hit.end; index++) terms[index].tags.add(hit.tag);
          // "IT" the department, not "it" the pronoun: only the capitals tell them apart.
          for (const term of terms) if (term.text === 'IT') term.tags.add('Party');
        }
      },
    },
    hooks: ['coachTags'],
  };
}

const termWord = (term: CompromiseTerm): string => term.machine || term.normal;

let lexicon: Lexicon | undefined;

/** The coaching lexicon, expanded to every word form by compromise's conjugator (built once). */
export function coachingLexicon(): Lexicon {
  if (!lexicon) {
    const world = compromise().world() as unknown as {
      model: object;
      methods: { two: { transform: { verb: { conjugate(verb: string, model: object): Record<string, string> }; noun: { toPlural(noun: string, model: object): string } } } };
    };
    const { verb, noun } = world.methods.two.transform;
    lexicon = new Lexicon({
      conjugate: (lemma) => Object.entries(verb.conjugate(lemma, world.model)).filter(([form]) => form !== 'FutureTense').map(([, text]) => text),
      pluralize: (singular) => noun.toPlural(singular, world.model),
    });
  }
  return lexicon;
}

/** Whether compromise is loaded, so grammar analysis costs only its per-sentence time. */
export function grammarLoaded(): boolean {
  return nlp !== undefined;
}

/** Loads compromise and the lexicon and tags one sentence, so the next lint pays no start-up cost. */
export function loadGrammar(): void {
  activeLexicon = coachingLexicon();
  compromise()('The plan was reviewed by the team.');
}

export interface GrammarRequest {
  readonly queries: ReadonlyMap<string, GrammarQuery>;
  /** Identifies the query set in cache keys. */
  readonly queriesKey: string;
}

export function analyzeSentence(text: string, request: GrammarRequest, budget: GrammarBudget): SentenceGrammar | null {
  if (!nlp) {
    const started = Date.now();
    compromise();
    budget.exclude(Date.now() - started);
  }
  const cacheKey = `${request.queriesKey}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached) {
    // Refresh recency: Map keeps insertion order, so the oldest entries are evicted first.
    cache.delete(cacheKey);
    cache.set(cacheKey, cached);
    return cached;
  }
  if (budget.wasSkipped(text)) return null;
  const { words, hits, classes } = lexicalReading(text);
  const applicable = [...request.queries].filter(([, query]) => query.needs.some((set) => set.every((tag) => classes.has(tag))));
  let grammar: SentenceGrammar;
  if (applicable.length === 0) {
    grammar = { classes, words, hits, terms: [], matches: new Map() };
  } else {
    if (text.length > MAX_SENTENCE_CHARS || budget.exhausted) {
      budget.skip(text);
      return null;
    }
    grammar = { ...tagSentence(text, coachingLexicon(), applicable), classes, words, hits };
  }
  if (cache.size >= MAX_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, grammar);
  return grammar;
}

/** One on-demand query over one sentence, cached by query and text. */
export function analyzeOnDemand(text: string, id: string, query: GrammarQuery, budget: GrammarBudget): Pick<SentenceGrammar, 'terms' | 'matches'> | null {
  if (!nlp) {
    const started = Date.now();
    compromise();
    budget.exclude(Date.now() - started);
  }
  const cacheKey = `\u0001${id}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  if (text.length > MAX_SENTENCE_CHARS || budget.exhausted) {
    budget.skip(text);
    return null;
  }
  const result = tagSentence(text, coachingLexicon(), [[id, query]]);
  if (cache.size >= MAX_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, { ...result, classes: new Set(), words: [], hits: [] });
  return result;
}

type Lexical = Pick<SentenceGrammar, 'words' | 'hits' | 'classes'>;
const lexicalCache = new Map<string, Lexical>();

/** The lexicon's reading of a sentence (no tagging), cached by text: every rule asks for it. */
function lexicalReading(text: string): Lexical {
  let reading = lexicalCache.get(text);
  if (!reading) {
    const words = normalizeWords(text);
    const hits = coachingLexicon().tag(words);
    const classes = new Set(hits.map((hit) => hit.tag));
    // "IT" the department, and a capitalised word inside the sentence: a name compromise may tag #Person or #Organization.
    if (/\bIT\b|[\p{Ll},;]\s+(?!I\b)\p{Lu}/u.test(text)) classes.add('Party');
    reading = { words, hits, classes };
    if (lexicalCache.size >= MAX_CACHE_ENTRIES) lexicalCache.delete(lexicalCache.keys().next().value as string);
    lexicalCache.set(text, reading);
  }
  return reading;
}

interface View {
  docs: CompromiseTerm[][];
  compute(name: string): void;
  match(pattern: string): View;
}

const expanded = new Map<string, readonly string[]>();
const REPEAT = /(\([^()]*\)|#\w+|\b\w+)\{(\d+),(\d+)\}/;
const OPTIONAL = /(\([^()]*\)|#\w+|\b[\w-]+)\?/;

/**
 * compromise does not backtrack into repeated or optional groups: "(#Adjective|#Noun){0,2} #Noun"
 * never matches "significant operational overhead", whose last noun the group has already taken.
 * So "{a,b}" is written out once per count, and the engine runs every variant.
 */
export function expandRepeats(pattern: string): readonly string[] {
  let variants = expanded.get(pattern);
  if (variants === undefined) {
    const phrase = multiWordAlternation(pattern);
    const optional = phrase ? null : OPTIONAL.exec(pattern);
    const found = phrase || optional ? null : REPEAT.exec(pattern);
    if (phrase) {
      variants = phrase.flatMap(expandRepeats);
    } else if (optional) {
      // "X?" backtracks only as the last term: written out with and without X.
      const [whole, unit] = optional;
      const before = pattern.slice(0, optional.index);
      const after = pattern.slice(optional.index + whole.length);
      variants = [`${before}${unit}${after}`, `${before}${after}`].map((variant) => variant.replace(/\s+/g, ' ').trim()).flatMap(expandRepeats);
    } else if (!found) {
      variants = [pattern];
    } else {
      const [whole, unit, min, max] = found;
      const list: string[] = [];
      for (let count = Number(min); count <= Number(max); count++) {
        const written = Array<string>(count).fill(unit).join(' ');
        const replaced = `${pattern.slice(0, found.index)}${written}${pattern.slice(found.index + whole.length)}`.replace(/\s+/g, ' ').trim();
        list.push(...expandRepeats(replaced));
      }
      variants = list;
    }
    variants = [...new Set(variants)];
    expanded.set(pattern, variants);
  }
  return variants;
}

/** compromise alternates single terms only: "(nobody|no one)" is written out once per alternative. */
function multiWordAlternation(pattern: string): string[] | null {
  for (const group of pattern.matchAll(/\(([^()]*)\)(\?)?/g)) {
    const alternatives = group[1].split('|');
    if (!alternatives.some((alternative) => /\s/.test(alternative.trim()))) continue;
    const before = pattern.slice(0, group.index);
    const after = pattern.slice((group.index ?? 0) + group[0].length);
    const options = group[2] === '?' ? [...alternatives, ''] : alternatives;
    return options.map((option) => `${before}${option}${after}`.replace(/\s+/g, ' ').trim());
  }
  return null;
}

function tagSentence(text: string, lexicon: Lexicon, queries: readonly [string, GrammarQuery][]): Pick<SentenceGrammar, 'terms' | 'matches'> {
  activeLexicon = lexicon;
  const doc = compromise()(text) as unknown as View;
  doc.compute('offset');
  const flat: CompromiseTerm[] = doc.docs.flat();
  const indexOf = new Map(flat.map((term, index) => [term, index]));
  const terms: GrammarTerm[] = flat.map((term) => {
    const start = term.offset?.start ?? 0;
    return { start, end: start + (term.text === '' ? 0 : (term.offset?.length ?? term.text.length)), word: termWord(term), tags: term.tags };
  });
  const matches = new Map<string, GrammarMatch[]>();
  for (const [id, query] of queries) {
    const found: GrammarMatch[] = [];
    for (const variant of expandRepeats(query.pattern)) {
      for (const match of doc.match(variant).docs) {
        const first = indexOf.get(match[0]);
        const lastTerm = indexOf.get(match[match.length - 1]);
        if (first === undefined || lastTerm === undefined) continue;
        // Of the variants' matches at one start, keep the longest.
        const same = found.findIndex((other) => other.first === first);
        if (same >= 0 && found[same].last >= lastTerm + 1) continue;
        const next = { start: terms[first].start, end: Math.max(terms[first].end, spanEnd(terms, first, lastTerm)), first, last: lastTerm + 1 };
        if (same >= 0) found[same] = next;
        else found.push(next);
      }
    }
    found.sort((a, b) => a.first - b.first);
    if (found.length > 0) matches.set(id, found);
  }
  return { terms, matches };
}

/** The end of the last non-empty term in a range (an implied "not" has no text of its own). */
function spanEnd(terms: readonly GrammarTerm[], first: number, last: number): number {
  for (let index = last; index >= first; index--) if (terms[index].end > terms[index].start) return terms[index].end;
  return terms[first].end;
}

/** For tests and benchmarks: forget every cached analysis. */
export function clearGrammarCache(): void {
  cache.clear();
  lexicalCache.clear();
}
