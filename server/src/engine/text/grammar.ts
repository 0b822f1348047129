import type Nlp from 'compromise/two';
import { COACH_CLASSES, type CoachTag } from '../lexicon/classes';
import { type Inflector, Lexicon, normalizeWords, type TagHit } from '../lexicon/lexicon';

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
  /** Matches per query id (`rule:query`): the asking rule's own queries whose prefilter passed. */
  readonly matches: ReadonlyMap<string, readonly GrammarMatch[]>;
}

/**
 * What grammar analysis may take in one lint: at most `maxSentences` different sentences (asked in
 * the order the rules ask: the same for the same text, so results never depend on the machine's
 * load; a 5 MB file would otherwise take minutes) and, when a caller asks for it, a time budget. The
 * language server alone sets one, to stay responsive, and lints again until no sentence is left
 * for time (DocumentLinter). Sentences past either limit are reported by `analysis-limit`.
 */
export class GrammarBudget {
  private deadline: number;
  private readonly skippedTexts = new Set<string>();
  private readonly deferredTexts = new Set<string>();
  private readonly askedTexts = new Set<string>();

  /** Sentences left unanalysed (each counted once, however many rules asked): for time, or too long to analyse at all. */
  get skipped(): number {
    return this.skippedTexts.size;
  }

  /** Sentences left unanalysed because time ran out: a lint with time to spare analyses them. */
  get deferred(): number {
    return this.deferredTexts.size;
  }

  /** `forTime`: the budget ran out (the sentence could be analysed later); else it is too long ever to be. */
  skip(text: string, forTime: boolean): void {
    this.skippedTexts.add(text);
    if (forTime) this.deferredTexts.add(text);
  }

  wasSkipped(text: string): boolean {
    return this.skippedTexts.has(text);
  }

  constructor(
    milliseconds: number,
    private readonly maxSentences = Number.POSITIVE_INFINITY,
  ) {
    this.deadline = Date.now() + milliseconds;
  }

  /**
   * Whether a sentence is past the lint's sentence limit (then it is skipped for good). Counted
   * whether or not its analysis is cached, so the answer depends on the text alone.
   */
  pastLimit(text: string): boolean {
    if (this.askedTexts.has(text)) return false;
    if (this.askedTexts.size >= this.maxSentences) {
      this.skip(text, false);
      return true;
    }
    this.askedTexts.add(text);
    return false;
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
  implicit?: string;
  root?: string;
  alias?: string[];
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

/** The writer's own phrases by the lexicon class they join (their `storyCoach.words.*` lists). */
export type LexiconExtension = ReadonlyMap<CoachTag, readonly string[]>;

let inflector: Inflector | undefined;
let lexicon: Lexicon | undefined;
const extendedLexicons = new Map<string, Lexicon>();
const MAX_EXTENDED_LEXICONS = 8;
const lexiconIds = new WeakMap<Lexicon, number>();

/**
 * The coaching lexicon, expanded to every word form by compromise's conjugator (built once), and
 * extended with the writer's phrases when there are any (built once per set of lists).
 */
export function coachingLexicon(extension?: LexiconExtension): Lexicon {
  if (!inflector) {
    const world = compromise().world() as unknown as {
      model: object;
      methods: { two: { transform: { verb: { conjugate(verb: string, model: object): Record<string, string> }; noun: { toPlural(noun: string, model: object): string } } } };
    };
    const { verb, noun } = world.methods.two.transform;
    inflector = {
      conjugate: (lemma) => Object.entries(verb.conjugate(lemma, world.model)).filter(([form]) => form !== 'FutureTense').map(([, text]) => text),
      pluralize: (singular) => noun.toPlural(singular, world.model),
    };
  }
  const entries = [...(extension ?? [])].filter(([, phrases]) => phrases.length > 0);
  if (entries.length === 0) return (lexicon ??= identified(new Lexicon(inflector)));
  const key = JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
  let extended = extendedLexicons.get(key);
  if (!extended) {
    extended = identified(new Lexicon(inflector, new Map(entries)));
    if (extendedLexicons.size >= MAX_EXTENDED_LEXICONS) extendedLexicons.delete(extendedLexicons.keys().next().value as string);
    extendedLexicons.set(key, extended);
  }
  return extended;
}

let lexiconCount = 0;

function identified(created: Lexicon): Lexicon {
  lexiconIds.set(created, ++lexiconCount);
  return created;
}

/** Tells lexicons apart in cache keys: a sentence reads differently with the writer's phrases. */
const lexiconKey = (which: Lexicon): number => lexiconIds.get(which) ?? 0;

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
  /** Identifies the query set and the lexicon in cache keys. */
  readonly queriesKey: string;
  /** The coaching lexicon with the writer's phrases (coachingLexicon()), built when first needed: compromise may not be loaded yet. */
  lexicon(): Lexicon;
}

/**
 * The grammar of a sentence for one asking rule (`asking`: the ids of its queries; every query of
 * the request when absent). compromise tags the sentence only when one of the asking rule's queries
 * could match it: its `needs` classes are there and so are the words its pattern cannot match
 * without (read by compromise's tokenizer, a seventh of the cost of tagging). Once tagged, every
 * candidate query of the request runs, so the next rule reads the same cached analysis. A rule none
 * of whose queries can match gets the sentence's lexical reading with no terms and no matches:
 * rules read terms only at their own matches, so findings are the same as if it had been tagged.
 */
export function analyzeSentence(text: string, request: GrammarRequest, budget: GrammarBudget, asking?: ReadonlySet<string>): SentenceGrammar | null {
  if (!nlp) {
    const started = Date.now();
    compromise();
    budget.exclude(Date.now() - started);
  }
  if (budget.pastLimit(text)) return null;
  const cacheKey = `${request.queriesKey}\u0000${text}`;
  let analysis = cache.get(cacheKey);
  if (analysis) {
    // Refresh recency: Map keeps insertion order, so the oldest entries are evicted first.
    cache.delete(cacheKey);
    cache.set(cacheKey, analysis);
  } else {
    if (budget.wasSkipped(text)) return null;
    const lexical = lexicalReading(text, request.lexicon());
    const applicable = [...request.queries].filter(([, query]) => query.needs.some((set) => set.every((tag) => lexical.classes.has(tag))));
    const bare: SentenceGrammar = { ...lexical, terms: [], matches: new Map() };
    if (applicable.length === 0) {
      analysis = { bare, tagged: bare, candidates: new Set(), byRule: new WeakMap() };
    } else {
      if (text.length > MAX_SENTENCE_CHARS || budget.exhausted) {
        budget.skip(text, text.length <= MAX_SENTENCE_CHARS);
        return null;
      }
      const words = wordPrefilter ? tokenWords(text) : null;
      const candidates = words ? applicable.filter(([, query]) => compiledPattern(query.pattern).some((variant) => mayMatch(variant, words, null))) : applicable;
      analysis = { bare, tagged: null, candidates: new Set(candidates.map(([id]) => id)), byRule: new WeakMap() };
    }
    remember(cache, cacheKey, analysis);
  }
  if (!wanted(analysis.candidates, asking)) return analysis.bare;
  if (!analysis.tagged) {
    if (budget.exhausted) {
      budget.skip(text, true);
      return null;
    }
    const candidates = [...analysis.candidates].map((id): [string, GrammarQuery] => [id, request.queries.get(id)!]);
    analysis.tagged = { ...analysis.bare, ...tagSentence(text, request.lexicon(), candidates) };
  }
  if (!asking) return analysis.tagged;
  // The asking rule sees its own matches only, so what it finds never depends on other rules.
  let own = analysis.byRule.get(asking);
  if (!own) {
    const { matches } = analysis.tagged;
    own = { ...analysis.tagged, matches: new Map([...matches].filter(([id]) => asking.has(id))) };
    analysis.byRule.set(asking, own);
  }
  return own;
}

interface Analysis {
  /** The lexical reading alone: what a rule none of whose queries can match is given. */
  readonly bare: SentenceGrammar;
  /** With terms and matches, once a rule needed the sentence tagged. */
  tagged: SentenceGrammar | null;
  /** The queries that could match the sentence: the ones run when it is tagged. */
  readonly candidates: ReadonlySet<string>;
  /** The tagged reading as each asking rule sees it (its own matches only). */
  readonly byRule: WeakMap<ReadonlySet<string>, SentenceGrammar>;
}

/**
 * compromise tags about 5–25k words a second here: far too slow to run over a document on every
 * keystroke. Results are cached per sentence text, so an edit re-analyses only the sentence it
 * touched; each call is one sentence, so compromise never computes offsets for more.
 */
const cache = new Map<string, Analysis>();

function remember<Value>(map: Map<string, Value>, key: string, value: Value): void {
  if (map.size >= MAX_CACHE_ENTRIES) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

function wanted(candidates: ReadonlySet<string>, asking: ReadonlySet<string> | undefined): boolean {
  if (!asking) return candidates.size > 0;
  for (const id of asking) if (candidates.has(id)) return true;
  return false;
}

/** One on-demand query over one sentence, cached by query and text. */
export function analyzeOnDemand(text: string, id: string, query: GrammarQuery, budget: GrammarBudget, lexicon = coachingLexicon()): Pick<SentenceGrammar, 'terms' | 'matches'> | null {
  if (!nlp) {
    const started = Date.now();
    compromise();
    budget.exclude(Date.now() - started);
  }
  if (budget.pastLimit(text)) return null;
  const cacheKey = `${lexiconKey(lexicon)}\u0001${id}\u0000${text}`;
  const cached = onDemandCache.get(cacheKey);
  if (cached) return cached;
  if (text.length > MAX_SENTENCE_CHARS || budget.exhausted) {
    budget.skip(text, text.length <= MAX_SENTENCE_CHARS);
    return null;
  }
  const result = tagSentence(text, lexicon, [[id, query]]);
  remember(onDemandCache, cacheKey, result);
  return result;
}

const onDemandCache = new Map<string, Pick<SentenceGrammar, 'terms' | 'matches'>>();

type Lexical = Pick<SentenceGrammar, 'words' | 'hits' | 'classes'>;
const lexicalCache = new Map<string, Lexical>();

/** The lexicon's reading of a sentence (no tagging), cached by text: every rule asks for it. */
function lexicalReading(text: string, lexicon: Lexicon): Lexical {
  const key = `${lexiconKey(lexicon)}\u0000${text}`;
  let reading = lexicalCache.get(key);
  if (!reading) {
    const words = normalizeWords(text);
    const hits = lexicon.tag(words);
    const classes = new Set(hits.map((hit) => hit.tag));
    // "IT" the department, and a capitalised word inside the sentence: a name compromise may tag #Person or #Organization.
    if (/\bIT\b|[\p{Ll},;]\s+(?!I\b)\p{Lu}/u.test(text)) classes.add('Party');
    reading = { words, hits, classes };
    remember(lexicalCache, key, reading);
  }
  return reading;
}

interface View {
  docs: CompromiseTerm[][];
  compute(name: string): void;
  match(regs: readonly Reg[]): View;
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

/** A sentence compromise has tagged, kept for the queries that ask of it next (the most recent hundred or so). */
interface Tagged {
  readonly doc: View;
  readonly terms: readonly GrammarTerm[];
  readonly indexOf: ReadonlyMap<CompromiseTerm, number>;
  /** Every form of every word, and every tag: what a query variant could match. */
  readonly words: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

const MAX_TAGGED_DOCS = 128;
const taggedDocs = new Map<string, Tagged>();

function tagged(text: string, lexicon: Lexicon): Tagged {
  const key = `${lexiconKey(lexicon)}\u0000${text}`;
  let found = taggedDocs.get(key);
  if (!found) {
    counters.tagged++;
    activeLexicon = lexicon;
    const doc = compromise()(text) as unknown as View;
    doc.compute('offset');
    const flat: CompromiseTerm[] = doc.docs.flat();
    const terms: GrammarTerm[] = flat.map((term) => {
      const start = term.offset?.start ?? 0;
      return { start, end: start + (term.text === '' ? 0 : (term.offset?.length ?? term.text.length)), word: termWord(term), tags: term.tags };
    });
    const words = new Set<string>();
    const tags = new Set<string>();
    for (const term of flat) {
      addForms(words, term);
      for (const tag of term.tags) tags.add(tag);
    }
    found = { doc, terms, indexOf: new Map(flat.map((term, index) => [term, index])), words, tags };
    if (taggedDocs.size >= MAX_TAGGED_DOCS) taggedDocs.delete(taggedDocs.keys().next().value as string);
    taggedDocs.set(key, found);
  }
  return found;
}

function tagSentence(text: string, lexicon: Lexicon, queries: readonly [string, GrammarQuery][]): Pick<SentenceGrammar, 'terms' | 'matches'> {
  const { doc, terms, indexOf, words, tags } = tagged(text, lexicon);
  const matches = new Map<string, GrammarMatch[]>();
  for (const [id, query] of queries) {
    const found: GrammarMatch[] = [];
    for (const variant of compiledPattern(query.pattern)) {
      if (wordPrefilter && !mayMatch(variant, words, tags)) continue;
      for (const match of doc.match(variant.regs).docs) {
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

/** One term of a compromise match pattern, as compromise parses it (the fields we read). */
interface Reg {
  readonly word?: string;
  readonly tag?: string;
  readonly fastOr?: ReadonlySet<string>;
  readonly choices?: readonly (readonly Reg[])[];
  readonly operator?: string;
  readonly optional?: boolean;
  readonly negative?: boolean;
  readonly fuzzy?: boolean;
  readonly use?: string;
}

/** A term a pattern cannot match without: one of these words, or (once tagged) one of these tags. */
interface Requirement {
  readonly words: readonly string[];
  readonly tags: readonly string[];
  /** Some alternative is a tag whose words are not known before tagging. */
  readonly open: boolean;
}

interface CompiledVariant {
  /** compromise's parse of the variant, made once rather than on every match. */
  readonly regs: readonly Reg[];
  readonly requires: readonly Requirement[];
}

/**
 * Tags compromise gives only to fixed words (its lexicon: "not", "never", "non", "no"; an implied
 * "not" is a word too), so a sentence without them cannot match the tag before it is tagged. A
 * unit test checks the list against compromise's lexicon.
 */
export const WORDS_OF_TAG: Readonly<Record<string, readonly string[]>> = {
  Negative: ['not', 'never', 'non', 'no'],
  // "be" in "will be", "r" in "u r": compromise's only rules that make a copula of another word.
  Copula: ['is', 'was', 'are', 'am', 'were', 'be', 'r'],
};

const compiledPatterns = new Map<string, readonly CompiledVariant[]>();

/** A query's variants (expandRepeats), parsed once by compromise, with what each cannot match without. */
function compiledPattern(pattern: string): readonly CompiledVariant[] {
  let variants = compiledPatterns.get(pattern);
  if (!variants) {
    const world = compromise().world() as unknown as { methods: { one: { killUnicode(text: string, world: object): string; parseMatch(text: string, options: undefined, world: object): Reg[] } } };
    const { killUnicode, parseMatch } = world.methods.one;
    variants = expandRepeats(pattern).map((variant) => {
      const regs = parseMatch(killUnicode(variant, world), undefined, world);
      return { regs, requires: regs.map(requirementOf).filter((requirement): requirement is Requirement => requirement !== null) };
    });
    compiledPatterns.set(pattern, variants);
  }
  return variants;
}

/** What one pattern term requires of the sentence, or null when it may match nothing or anything. */
function requirementOf(reg: Reg): Requirement | null {
  if (reg.optional || reg.negative || reg.fuzzy || reg.use) return null;
  if (reg.word !== undefined) return { words: [reg.word], tags: [], open: false };
  if (reg.fastOr) return { words: [...reg.fastOr], tags: [], open: false };
  if (reg.tag !== undefined) {
    const known = WORDS_OF_TAG[reg.tag];
    return { words: known ?? [], tags: [reg.tag], open: known === undefined };
  }
  if (reg.choices && reg.operator !== 'and') {
    const alternatives = reg.choices.map((choice) => (choice.length === 1 ? requirementOf(choice[0]) : null));
    if (alternatives.some((alternative) => alternative === null)) return null;
    const known = alternatives as Requirement[];
    return { words: known.flatMap((one) => one.words), tags: known.flatMap((one) => one.tags), open: known.some((one) => one.open) };
  }
  return null;
}

/**
 * Whether a variant could match a sentence with these words (and, once tagged, these tags): every
 * term it requires has one of its words or tags there. Never false for a sentence it would match.
 */
function mayMatch(variant: CompiledVariant, words: ReadonlySet<string>, tags: ReadonlySet<string> | null): boolean {
  return variant.requires.every(
    (requirement) => requirement.words.some((word) => words.has(word)) || (tags ? requirement.tags.some((tag) => tags.has(tag)) : requirement.open),
  );
}

// What compromise's second pass may split a word with an apostrophe into ("lawyers'd" → "lawyers
// had", "it's" → "it is", "ain't" → "is not"): it happens only while tagging, so before tagging
// every reading counts.
const CONTRACTED = ['is', 'has', 'are', 'am', 'us', 'had', 'would', 'did', 'have', 'not'];

/** Every form of a term a pattern word may match (compromise compares its text, normal, machine, implied and alias forms). */
function addForms(words: Set<string>, term: CompromiseTerm): void {
  for (const form of [term.text, term.normal, term.machine, term.implicit, term.root]) if (form) words.add(form);
  if (term.alias) for (const alias of term.alias) words.add(alias);
}

/** The words of a sentence as compromise's tokenizer reads them, with every split a contraction may take. */
export function tokenWords(text: string): ReadonlySet<string> {
  counters.tokenized++;
  const words = new Set<string>();
  const doc = compromise().tokenize(text) as unknown as View;
  for (const term of doc.docs.flat()) {
    addForms(words, term);
    if (!term.implicit && (term.normal.includes("'") || term.normal === 'aint')) {
      words.add(term.normal.split("'")[0]);
      words.add(term.normal.replace("n't", ''));
      for (const word of CONTRACTED) words.add(word);
    }
  }
  return words;
}

/** The end of the last non-empty term in a range (an implied "not" has no text of its own). */
function spanEnd(terms: readonly GrammarTerm[], first: number, last: number): number {
  for (let index = last; index >= first; index--) if (terms[index].end > terms[index].start) return terms[index].end;
  return terms[first].end;
}

const counters = { tokenized: 0, tagged: 0 };

/** For benchmarks: sentences read by compromise's tokenizer and tagged since start-up. */
export function grammarCounters(): Readonly<typeof counters> {
  return { ...counters };
}

let wordPrefilter = true;

/** For tests and benchmarks: run queries whatever words the sentence holds (their `needs` still apply). */
export function setWordPrefilter(enabled: boolean): void {
  wordPrefilter = enabled;
  clearGrammarCache();
}

/** For tests and benchmarks: forget every cached analysis. */
export function clearGrammarCache(): void {
  cache.clear();
  lexicalCache.clear();
  onDemandCache.clear();
  taggedDocs.clear();
}
