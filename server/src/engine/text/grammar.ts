import type Nlp from 'compromise/two';
import type { Span } from '../parse/types';

/** What compromise tells us about one sentence; offsets are relative to the sentence text. */
export interface SentenceGrammar {
  /** Passive verb groups ("were made", "was missed"). */
  readonly passives: readonly Span[];
  /** Superlative adjectives ("fastest", "strongest"). */
  readonly superlatives: readonly Span[];
}

/** Work left for grammar analysis in one lint; once spent, sentences go unanalysed and the lint says so. */
export class GrammarBudget {
  private deadline: number;
  skipped = 0;

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
 * compromise tags about 10–25k words a second here: far too slow to run over a document on every
 * keystroke. Results are cached per sentence text, so an edit re-analyses only the sentence it
 * touched; each document is one sentence, so compromise never computes offsets for more.
 */
const cache = new Map<string, SentenceGrammar>();

let nlp: typeof Nlp | undefined;

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
    // The chunker (the last default step) only fills term.chunk, which neither #Passive nor
    // #Superlative reads: skipping it saves a few percent of tagging, with identical results.
    const world = loaded.world() as { hooks: string[] };
    world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
    nlp = loaded;
  }
  return nlp;
}

/** Whether compromise is loaded, so grammar analysis costs only its per-sentence time. */
export function grammarLoaded(): boolean {
  return nlp !== undefined;
}

/** Loads compromise and runs one sentence through it, so the next lint pays no start-up cost. */
export function loadGrammar(): void {
  tagSentence('The plan was reviewed by the team.');
}

export function analyzeSentence(text: string, budget: GrammarBudget): SentenceGrammar | null {
  const cached = cache.get(text);
  if (cached) {
    // Refresh recency: Map keeps insertion order, so the oldest entries are evicted first.
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  if (text.length > MAX_SENTENCE_CHARS || budget.exhausted) {
    budget.skipped++;
    return null;
  }
  if (!nlp) {
    const started = Date.now();
    compromise();
    budget.exclude(Date.now() - started);
  }
  const grammar = tagSentence(text);
  if (cache.size >= MAX_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(text, grammar);
  return grammar;
}

function tagSentence(text: string): SentenceGrammar {
  const doc = compromise()(text);
  return {
    passives: termSpans(doc.match('#Passive+')),
    superlatives: termSpans(doc.match('#Superlative')),
  };
}

interface TermJson {
  offset: { start: number; length: number };
  terms: Array<{ offset: { start: number; length: number }; text: string }>;
}

/** Spans built from term offsets: a match's own length includes trailing punctuation. */
function termSpans(view: { found: boolean; json(options: object): unknown }): Span[] {
  if (!view.found) return [];
  const matches = view.json({ offset: true, terms: { offset: true } }) as TermJson[];
  return matches.map((match) => {
    const first = match.terms[0];
    const last = match.terms[match.terms.length - 1];
    return { start: first.offset.start, end: last.offset.start + last.text.length };
  });
}

/** For tests and benchmarks: forget every cached analysis. */
export function clearGrammarCache(): void {
  cache.clear();
}
