// Words for matching: tokens, a light stemmer, stop words, and key terms read with compromise.
import type Nlp from 'compromise/two';

const TOKEN = /[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*|\$/gu;

/** Lower-case word tokens ("P&L" and "cross-functional" stay whole; "$" is kept as money). */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) if (/['’]/.test(tokens[i])) tokens[i] = tokens[i].replace(/’/g, "'").replace(/'s$/, '');
  return tokens;
}

const IRREGULAR: Readonly<Record<string, string>> = {
  led: 'lead', ran: 'run', built: 'build', won: 'win', wrote: 'write', written: 'write', taught: 'teach', bought: 'buy', brought: 'bring',
  made: 'make', chose: 'choose', chosen: 'choose', sold: 'sell', told: 'tell', grew: 'grow', grown: 'grow', spoke: 'speak', drove: 'drive',
  gave: 'give', took: 'take', taken: 'take', thought: 'think', kept: 'keep', learnt: 'learn', fell: 'fall', met: 'meet', sent: 'send',
  spent: 'spend', began: 'begin', begun: 'begin', understood: 'understand', people: 'person', children: 'child', men: 'man', women: 'woman',
};

/**
 * A light English stemmer: enough that "hired", "hiring" and "hires" meet, and "teams" meets "team".
 * Deterministic and cheap (a bank of 1,000 stories is stemmed in milliseconds); Porter's full
 * algorithm over-stems the short business words that matter here ("customer"/"custom").
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemWord(word);
    // Words repeat across a bank: a bounded memo saves most of the work on a thousand stories.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

const stems = new Map<string, string>();
const MAX_STEMS = 50000;

function stemWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  if (w.length <= 3 || /[^a-z]/.test(w)) return w;
  // Plurals first, so "savings" and "saving" (and "saved") meet.
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = collapse(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = collapse(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ety') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function collapse(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each ' +
    'few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once ' +
    'only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under ' +
    'until up very was we were what when where which while who whom why will with would you your yours yourself yourselves tell time describe give example one us me let walk ' +
    'etc e.g i.e via per within across something someone anything way thing things lot lots really well much many get got'
  ).split(' '),
);

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !STOP_WORDS.has(token))
    .map(stem);
}

// ---------------------------------------------------------------------------------------------
// Key terms: what a requirement or a question asks about, read with compromise.

/** Nouns and verbs that say nothing about the work itself ("experience", "ability", "ensure"). */
const GENERIC = new Set(
  (
    'experience experienced ability abilities knowledge understanding track record year years role candidate candidates opportunity ' +
    'environment plus bonus preferred required requirement requirements strong proven excellent solid deep demonstrated good great ideal ' +
    'work working able must need needs want looking ensure include including using use have be do make take will can should may ' +
    'level levels type kind area areas range variety part something team-player responsibility responsibilities you someone person ' +
    'time situation example story way interview question people new own keep kept hit meet find get take help lot ' +
    'one two three four five six seven eight nine ten dozen hundred hundreds thousand thousands million double triple twice half'
  ).split(' '),
);

export interface KeyTerm {
  /** As written, lower-case: "p&l", "engineering teams". */
  readonly text: string;
  /** Stems of its content words; a story shows the term when it has all of them. */
  readonly stems: readonly string[];
  /** Nouns weigh more than verbs. */
  readonly weight: number;
}

let nlp: typeof Nlp | undefined;

function compromise(): typeof Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, like text/grammar.ts
  nlp ??= require('compromise/two') as typeof Nlp;
  return nlp;
}

interface TaggedTerm {
  text: string;
  normal: string;
  tags: string[];
}

const termCache = new Map<string, readonly KeyTerm[]>();
const MAX_TERM_CACHE = 5000;
const MAX_TERM_TEXT = 1000;

/**
 * The key terms of a short text (a requirement, a question): its noun phrases (adjectives and nouns,
 * kept together as written) and its main verbs, read with compromise's tagger, without the
 * generic words every job description has. Cached per text.
 */
export function keyTerms(text: string): readonly KeyTerm[] {
  const cached = termCache.get(text);
  if (cached) return cached;
  const terms = text.length > MAX_TERM_TEXT ? fallbackTerms(text) : taggedTerms(text);
  if (termCache.size >= MAX_TERM_CACHE) termCache.delete(termCache.keys().next().value as string);
  termCache.set(text, terms);
  return terms;
}

function taggedTerms(text: string): KeyTerm[] {
  let tagged: TaggedTerm[];
  try {
    const json = compromise()(text).json({ terms: { normal: true } }) as Array<{ terms: TaggedTerm[] }>;
    tagged = json.flatMap((sentence) => sentence.terms);
  } catch {
    return fallbackTerms(text);
  }
  const terms: KeyTerm[] = [];
  const seen = new Set<string>();
  const add = (words: string[], weight: number): void => {
    const content = words.filter((word) => !STOP_WORDS.has(word) && !GENERIC.has(word) && /\p{L}|&|\$/u.test(word));
    if (content.length === 0) return;
    const stems = content.map(stem);
    const key = stems.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ text: content.join(' '), stems, weight });
  };
  let phrase: string[] = [];
  const flush = (): void => {
    // A long noun phrase is split into its words: a story seldom repeats four nouns in a row.
    if (phrase.length > 2) for (const word of phrase) add([word], 1);
    else if (phrase.length > 0) add(phrase, 1);
    phrase = [];
  };
  for (const term of tagged) {
    const words = tokenize(term.normal || term.text);
    const tags = new Set(term.tags);
    const isNoun = tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Possessive');
    const isAdjective = tags.has('Adjective') && !tags.has('Superlative') && !tags.has('Comparative');
    if ((isNoun || isAdjective || tags.has('Acronym') || tags.has('Gerund')) && words.length > 0) {
      phrase.push(...words.filter((word) => !GENERIC.has(word)));
      continue;
    }
    flush();
    if (tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal')) add(words, 0.6);
  }
  flush();
  return terms;
}

/** Without the tagger: every content word is a term. */
function fallbackTerms(text: string): KeyTerm[] {
  const seen = new Set<string>();
  const terms: KeyTerm[] = [];
  for (const word of tokenize(text.slice(0, MAX_TERM_TEXT * 4))) {
    if (STOP_WORDS.has(word) || GENERIC.has(word) || !/\p{L}/u.test(word)) continue;
    const stemmed = stem(word);
    if (seen.has(stemmed)) continue;
    seen.add(stemmed);
    terms.push({ text: word, stems: [stemmed], weight: 1 });
  }
  return terms;
}
