// Ranking stories for a question or a role requirement. Text relevance is minisearch's BM25 (a
// well-kept library; it weighs rare words over common ones) plus the share of the key terms a story
// shows; it is combined with the fit of competencies and of the kind of story into a score in [0, 1].
// Every match explains itself: the competencies and the terms it shares with what was asked.
import MiniSearch from 'minisearch';
import { competencyEvidence, namedCompetencies, COMPETENCY_IDS } from './competencies';
import type { StoryRecord } from './records';
import type { QuestionKind } from './report';
import { keyTerms, stem, STOP_WORDS, tokenize, type KeyTerm } from './terms';

/** Below this best score a question is a gap (spec §3). */
export const QUESTION_GAP_THRESHOLD = 0.4;
/** Below this best score a requirement is uncovered (spec §4). */
export const REQUIREMENT_COVERED_THRESHOLD = 0.4;
/** Matches listed per question or requirement (the best ones; the report stays small on big banks). */
export const MAX_MATCHES = 8;
const MIN_LISTED_SCORE = 0.15;

export interface Ranked {
  readonly story: string;
  readonly score: number;
  readonly pinned?: boolean;
  readonly competencies: readonly string[];
  readonly terms: readonly string[];
}

interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

const processTerm = (term: string): string | null => (STOP_WORDS.has(term) ? null : stem(term));
/** Stories are indexed as the stems their records already hold: no second tokenizing. */
const splitStems = (text: string): string[] => (text === '' ? [] : text.split(' '));

/**
 * A BM25 index over the bank's stories, updated story by story, with each word's document frequency
 * and a short log of the stories added and removed (rankings kept per question follow it).
 */
export class StorySearch {
  private readonly minisearch = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    tokenize: splitStems,
    processTerm: (term) => term,
    searchOptions: { boost: { title: 1.5 }, combineWith: 'OR', tokenize: (text) => tokenize(text), processTerm },
  });
  private readonly records = new Map<string, StoryRecord>();
  /** What minisearch holds, by story id, and the stories changed since (sync). */
  private readonly indexed = new Map<string, SearchDocument>();
  private readonly unsynced = new Set<string>();
  /** BM25 scores by query, while the index stays as it is. */
  private readonly relevanceCache = new Map<string, ReadonlyMap<string, number>>();
  /** The stories that use each word. */
  private readonly postings = new Map<string, Set<string>>();
  /** The latest stories added and removed, so that rankings kept per question follow them. */
  private changes: { readonly record: StoryRecord; readonly added: boolean }[] = [];
  /** Position (counted since the index began) of the first change kept. */
  private changesStart = 0;

  add(record: StoryRecord): void {
    this.logChange(record, true);
    this.records.set(record.id, record);
    if (this.indexed.has(record.id) || this.unsynced.has(record.id)) this.unsynced.add(record.id);
    else this.index(record.id, searchDocument(record));
    for (const word of record.stems) addTo(this.postings, word, record.id);
  }

  remove(id: string): void {
    const known = this.records.get(id);
    if (!known) return;
    this.logChange(known, false);
    this.records.delete(id);
    this.unsynced.add(id);
    for (const word of known.stems) removeFrom(this.postings, word, id);
  }

  /**
   * Brings minisearch's index up to the stories, before it is searched. A story whose title and
   * text are unchanged (an edit to its metadata: `Competencies:`, `Kind:`) is left as it is indexed,
   * so every BM25 score stays, and so do the rankings made from them.
   */
  private sync(): void {
    for (const id of this.unsynced) {
      const record = this.records.get(id);
      const wanted = record ? searchDocument(record) : undefined;
      const indexed = this.indexed.get(id);
      if (indexed && wanted && indexed.title === wanted.title && indexed.text === wanted.text) continue;
      if (indexed) {
        this.minisearch.remove(indexed);
        this.indexed.delete(id);
        this.relevanceCache.clear();
      }
      if (wanted) this.index(id, wanted);
    }
    this.unsynced.clear();
  }

  /** A new story into minisearch at once (a bank being read: the work is spread over the reading). */
  private index(id: string, document: SearchDocument): void {
    this.minisearch.add(document);
    this.indexed.set(id, document);
    this.relevanceCache.clear();
  }

  /** Where the change log is now: pass it to `changesSince` later. */
  get position(): number {
    return this.changesStart + this.changes.length;
  }

  /** The stories added and removed since a position, in order; null when the log no longer goes back that far. */
  changesSince(position: number): readonly { readonly record: StoryRecord; readonly added: boolean }[] | null {
    return position < this.changesStart ? null : this.changes.slice(position - this.changesStart);
  }

  private logChange(record: StoryRecord, added: boolean): void {
    // A short log: what is behind it costs a ranking started afresh, not memory.
    if (this.changes.length >= MAX_LOGGED_CHANGES) {
      this.changes = this.changes.slice(MAX_LOGGED_CHANGES / 2);
      this.changesStart += MAX_LOGGED_CHANGES / 2;
    }
    this.changes.push({ record, added });
  }

  /** BM25 scores by story id, each divided by the best one (so in [0, 1]); empty when nothing matches. */
  relevance(query: string): ReadonlyMap<string, number> {
    this.sync();
    let scores = this.relevanceCache.get(query);
    if (!scores) {
      const results = query.trim() === '' ? [] : this.minisearch.search(query);
      const best = results[0]?.score ?? 0;
      scores = new Map(results.map((result) => [String(result.id), best > 0 ? result.score / best : 0]));
      // The role's requirements and the questions: a few dozen queries, asked again after every change.
      if (this.relevanceCache.size >= MAX_CACHED_QUERIES) this.relevanceCache.clear();
      this.relevanceCache.set(query, scores);
    }
    return scores;
  }

  /**
   * How much a word tells stories apart (inverse document frequency): a word no story uses weighs
   * most, so a requirement about it stays uncovered; "team", in every story, weighs little.
   */
  weight(stem: string): number {
    // Softened: a word no story uses weighs about three times one every story uses, not ten times.
    // In quarter steps, so one edit seldom changes any weight and scores of untouched stories are reused.
    return Math.round(4 * Math.log(2 + this.records.size / ((this.postings.get(stem)?.size ?? 0) + 1))) / 4;
  }

  /** How many stories use the word. */
  frequency(word: string): number {
    return this.postings.get(word)?.size ?? 0;
  }

  /** Ids of the stories that use any of the words. */
  storiesWith(words: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const word of words) for (const id of this.postings.get(word) ?? []) found.add(id);
    return found;
  }

  /** Every story in the index. */
  all(): IterableIterator<StoryRecord> {
    return this.records.values();
  }

  /** A story by id. */
  get(id: string): StoryRecord | undefined {
    return this.records.get(id);
  }
}

const MAX_LOGGED_CHANGES = 256;
const MAX_CACHED_QUERIES = 256;

/** What minisearch indexes of a story: the stems its record already holds, made once per record. */
const documents = new WeakMap<StoryRecord, SearchDocument>();

function searchDocument(record: StoryRecord): SearchDocument {
  let document = documents.get(record);
  if (!document) {
    document = { id: record.id, title: record.titleStems.join(' '), text: record.textStems.join(' ') };
    documents.set(record, document);
  }
  return document;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const holders = map.get(key);
  if (holders) holders.add(id);
  else map.set(key, new Set([id]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const holders = map.get(key);
  holders?.delete(id);
  if (holders?.size === 0) map.delete(key);
}

/** What is asked: a question or a requirement, read once. */
export interface Ask {
  readonly text: string;
  readonly competencies: readonly string[];
  readonly terms: readonly KeyTerm[];
  /** The question asks about life outside work ("outside work", "volunteer", "hobby"). */
  readonly personal: boolean;
}

const PERSONAL_QUESTION = /\b(?:outside (?:of )?work|personal life|volunteer\w*|hobb(?:y|ies)|spare time|free time|outside your job|community)\b/i;
// "…, and report to the COO": a reporting line asks nothing the candidate could show with a story.
const REPORTING_LINE = /,?\s*(?:and\s+)?(?:you will\s+|you'll\s+)?report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+)?[\p{L}\s&-]{1,40}[.]?$/iu;

/**
 * Reads a question or requirement. `ignore`: words that say nothing here (the role's own title,
 * which every requirement of it may repeat).
 */
export function askOf(text: string, competencies?: readonly string[], ignore: ReadonlySet<string> = new Set()): Ask {
  const analysed = text.replace(REPORTING_LINE, '').trim() || text;
  return {
    text,
    competencies: competencies && competencies.length > 0 ? competencies : competenciesAsked(analysed),
    terms: keyTerms(analysed)
      .map((term) => ({ ...term, stems: term.stems.filter((part) => !ignore.has(part)) }))
      .filter((term) => term.stems.length > 0)
      .map((term) => (term.stems.length === term.text.split(' ').length ? term : { ...term, text: term.text.split(' ').filter((word) => !ignore.has(stem(word))).join(' ') })),
    personal: PERSONAL_QUESTION.test(text),
  };
}

/** The competencies a requirement or a question asks for: named outright, or shown by its words. */
export function competenciesAsked(text: string): string[] {
  const found = namedCompetencies(text);
  const tokens = tokenize(text);
  const evidence = competencyEvidence(tokens.map(stem), tokens);
  const top = evidence[0]?.score ?? 0;
  for (const candidate of evidence) {
    if (candidate.score >= 2 && candidate.score >= top * 0.5 && !found.includes(candidate.id)) found.push(candidate.id);
  }
  return found.slice(0, 3).sort((a, b) => COMPETENCY_IDS.indexOf(a) - COMPETENCY_IDS.indexOf(b));
}

/**
 * Share of the competencies asked that a story shows: the first (what the question is mainly about)
 * counts most, enough on its own to answer it; inferred ones a little less.
 */
function competencyFit(asked: readonly string[], story: StoryRecord): number {
  let fit = 0;
  for (let index = 0; index < asked.length; index++) {
    let source: string | null = null;
    for (const competency of story.competencies) if (competency.id === asked[index]) source = competency.source;
    if (source === null) continue;
    const weight = asked.length === 1 ? 1 : index === 0 ? 0.7 : 0.3 / (asked.length - 1);
    fit += weight * (source === 'inferred' ? 0.9 : 1);
  }
  return Math.min(1, fit);
}

/** The competencies asked that a story shows: why it matched. */
function matchedCompetencies(asked: readonly string[], story: StoryRecord): string[] {
  return asked.filter((id) => story.competencies.some((competency) => competency.id === id));
}

/** Words that answer for each other in a story ("taught myself" is learning; SQL is data). */
const RELATED_WORDS: readonly (readonly string[])[] = [
  ['learn', 'taught', 'teach', 'course', 'study', 'training', 'skill'],
  ['data', 'database', 'sql', 'analytics', 'spreadsheet', 'report', 'dashboard', 'numbers', 'figures', 'forecast'],
  ['wrong', 'mistake', 'error', 'failed', 'failure'],
  ['customer', 'client', 'user', 'shopper'],
  ['safe', 'safety', 'injury', 'accident', 'hazard'],
  ['rule', 'policy', 'procedure', 'check', 'checks'],
  ['hire', 'recruit', 'recruitment'],
  ['cost', 'spend', 'savings', 'budget'],
  ['disagree', 'disagreement', 'conflict', 'pushed back', 'argued'],
];

const RELATED: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of RELATED_WORDS) {
    const stems = group.flatMap((word) => tokenize(word).map(stem));
    for (const one of stems) {
      const set = map.get(one) ?? new Set<string>();
      for (const other of stems) if (other !== one) set.add(other);
      map.set(one, set);
    }
  }
  return map;
})();

/** What is asked, ready to score many stories: each word with its weight and related words. */
interface TermPlan {
  readonly text: string;
  readonly words: readonly string[];
  readonly parts: readonly { readonly stem: string; readonly weight: number; readonly related: readonly string[] }[];
}

/**
 * Each key term's words weighted by how rare they are in the bank (a phrase's words each count, so
 * one specific phrase outweighs a common word). Computed once per question, not once per story.
 */
function planTerms(terms: readonly KeyTerm[], search: StorySearch): Plan {
  let total = 0;
  const plans = terms.map((term) => ({
    text: term.text,
    words: term.text.split(' '),
    parts: term.stems.map((part) => {
      const weight = term.weight * search.weight(part);
      total += weight;
      return { stem: part, weight, related: [...(RELATED.get(part) ?? [])] };
    }),
  }));
  const words = [...new Set(plans.flatMap((term) => term.parts.flatMap((part) => [part.stem, ...part.related])))];
  return { plans, total, words, key: plans.map((term) => term.parts.map((part) => part.weight).join(',')).join(';') };
}

interface Plan {
  readonly plans: readonly TermPlan[];
  readonly total: number;
  /** Every word of the terms, and their related words. */
  readonly words: readonly string[];
  /** The weights: while they stay the same, a story's coverage stays the same. */
  readonly key: string;
}

/**
 * 1 when the story has the word in what it is about (title, Task, Action, Result), 0.6 when only in
 * its Situation or Lessons; 0.7 of that for a related word; else 0.
 */
function presence(story: StoryRecord, word: string, related: readonly string[]): number {
  if (story.coreStems.has(word)) return 1;
  let best = story.stems.has(word) ? 0.6 : 0;
  for (const other of related) {
    if (story.coreStems.has(other)) return Math.max(best, 0.7);
    if (story.stems.has(other)) best = Math.max(best, 0.42);
  }
  return best;
}

/** Share of the weighted key terms a story shows; a phrase counts in part when some of its words are there. */
function coverage(plan: Plan, story: StoryRecord): number {
  if (plan.total === 0) return 0;
  let got = 0;
  for (const term of plan.plans) for (const part of term.parts) got += part.weight * presence(story, part.stem, part.related);
  return got / plan.total;
}

/** The terms (or, of a phrase, the words) a story shows: why it matched. */
function matchedTerms(plans: readonly TermPlan[], story: StoryRecord): string[] {
  const matched: string[] = [];
  for (const term of plans) {
    const present = term.parts.map((part) => presence(story, part.stem, part.related) > 0);
    if (present.every(Boolean)) matched.push(term.text);
    else present.forEach((found, index) => found && term.words[index] !== undefined && matched.push(term.words[index]));
  }
  return [...new Set(matched)];
}

/** Text fit: the rarity-weighted share of terms shown, ordered among equals by BM25. */
function textFit(coverage: number, relevance: number): number {
  return coverage * (0.75 + 0.25 * relevance);
}

/** How well a story's kind suits a question's kind. */
function kindFit(kind: QuestionKind, story: StoryRecord): number {
  switch (kind) {
    case 'failure':
      return story.kind === 'failure' ? 1 : story.kind === 'challenge' ? 0.55 : 0.4;
    case 'conflict':
      return story.competencies.some((competency) => competency.id === 'conflict') ? 1 : 0.6;
    case 'achievement':
      return story.kind === 'failure' ? 0.5 : 1;
    default:
      return 1;
  }
}

const round = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;

/** How one story fits what is asked, before it is explained; `key` names the way of scoring (a question's kind). */
interface Scorer {
  readonly key: string;
  score(story: StoryRecord, competencyFit: number, textFit: number): number;
}

/**
 * Scores the stories and explains the best ones. A story's score is its fixed part (competencies,
 * kind, share of the key terms) and BM25 relevance, which moves with every change to the bank; the
 * fixed parts are kept per question in order of the best score each story could get (`Standings`),
 * so only the stories that can still reach the top are scored, and the result is the same as
 * scoring the whole bank.
 */
function rank(ask: Ask, search: StorySearch, scorer: Scorer, pinned: ReadonlySet<string> = new Set()): Ranked[] {
  const relevance = search.relevance(queryOf(ask));
  const plan = planTerms(ask.terms, search);
  const standings = standingsOf(ask, scorer, plan, search);
  const fit = (story: StoryRecord, competencies: number, coverage: number | null): Scored => ({
    story,
    score: round(scorer.score(story, competencies, coverage === null ? 0 : textFit(coverage, relevance.get(story.id) ?? 0))),
  });
  // Pinned stories all come first (score 1); of the others only the best few are listed, so they
  // are kept in a short sorted list as the scores come, instead of sorting the whole bank.
  const pins: Scored[] = [];
  for (const id of pinned) {
    const story = search.get(id);
    if (story) pins.push({ story, score: 1 });
  }
  let best: Scored[] = [];
  for (const standing of standings.list) {
    if (best.length === MAX_MATCHES && standing.bound < best[MAX_MATCHES - 1].score) break;
    if (pinned.has(standing.story.id)) continue;
    keepBest(best, fit(standing.story, standing.competencyFit, standing.coverage));
  }
  // With nothing above zero, the first story by id is listed with score 0: it may have no standing.
  if (pins.length === 0 && (best[0]?.score ?? 0) === 0) {
    best = [];
    for (const story of search.all()) keepBest(best, fit(story, competencyFit(ask.competencies, story), hasWords(plan, story) ? coverage(plan, story) : null));
  }
  const ordered = [...pins.sort((a, b) => (a.story.id < b.story.id ? -1 : 1)), ...best];
  const listed = ordered.filter((candidate, index) => index === 0 || pinned.has(candidate.story.id) || candidate.score >= MIN_LISTED_SCORE);
  return listed.slice(0, Math.max(MAX_MATCHES, pins.length)).map(({ story, score: value }) => ({
    story: story.id,
    score: value,
    ...(pinned.has(story.id) ? { pinned: true } : {}),
    competencies: matchedCompetencies(ask.competencies, story),
    terms: hasWords(plan, story) ? matchedTerms(plan.plans, story) : [],
  }));
}

/** Adds a score to the best few, in order (higher first, then by id), dropping the one that falls off. */
function keepBest(best: Scored[], entry: Scored): void {
  if (best.length === MAX_MATCHES && !ahead(entry, best[best.length - 1])) return;
  let at = best.length;
  while (at > 0 && ahead(entry, best[at - 1])) at--;
  best.splice(at, 0, entry);
  if (best.length > MAX_MATCHES) best.pop();
}

/** The fixed part of a story's score for one question or requirement, while its term weights stay. */
class Standing {
  constructor(
    readonly story: StoryRecord,
    readonly competencyFit: number,
    /** Share of the key terms shown; null when the story has none of their words (or related ones). */
    readonly coverage: number | null,
    /** The best score it can get (relevance 1): stories are scored in this order. */
    readonly bound: number,
  ) {}
}

/** The standings of the stories that can score above zero, best bound first, as of a position of the search's log. */
interface Standings {
  readonly search: StorySearch;
  readonly key: string;
  position: number;
  readonly list: Standing[];
}

/** Standings by question or requirement, and by scorer (a question's kind). */
const standingsByAsk = new WeakMap<Ask, Map<string, Standings>>();

/**
 * An ask's standings, brought up to date with the stories added and removed since they were made:
 * after an edit only the edited stories are placed again. Made afresh when the term weights (or
 * the search) change, or when the log no longer goes back far enough.
 */
function standingsOf(ask: Ask, scorer: Scorer, plan: Plan, search: StorySearch): Standings {
  let byScorer = standingsByAsk.get(ask);
  if (!byScorer) {
    byScorer = new Map();
    standingsByAsk.set(ask, byScorer);
  }
  const known = byScorer.get(scorer.key);
  const changes = known && known.search === search && known.key === plan.key ? search.changesSince(known.position) : null;
  const standingOf = (story: StoryRecord): Standing | null => {
    const words = hasWords(plan, story);
    const competencies = competencyFit(ask.competencies, story);
    // Without a word or a competency in common (or a life outside work, when asked about it), a story scores 0.
    if (!words && competencies === 0 && !(ask.personal && story.context === 'personal')) return null;
    const shown = words ? coverage(plan, story) : null;
    return new Standing(story, competencies, shown, round(scorer.score(story, competencies, shown === null ? 0 : textFit(shown, 1))));
  };
  if (known && changes) {
    for (const { record, added } of changes) {
      const at = known.list.findIndex((standing) => standing.story.id === record.id);
      if (!added) {
        if (at >= 0 && known.list[at].story === record) known.list.splice(at, 1);
        continue;
      }
      if (at >= 0) known.list.splice(at, 1);
      const standing = standingOf(record);
      if (standing) known.list.splice(placeOf(known.list, standing.bound), 0, standing);
    }
    known.position = search.position;
    return known;
  }
  const list: Standing[] = [];
  for (const story of search.all()) {
    const standing = standingOf(story);
    if (standing) list.push(standing);
  }
  list.sort((a, b) => b.bound - a.bound);
  const made = { search, key: plan.key, position: search.position, list };
  byScorer.set(scorer.key, made);
  return made;
}

/** Where a bound goes in a list sorted best first (binary search). */
function placeOf(list: readonly Standing[], bound: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].bound >= bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a story has a word of the key terms, or a related word. */
function hasWords(plan: Plan, story: StoryRecord): boolean {
  for (const word of plan.words) if (story.stems.has(word)) return true;
  return false;
}

interface Scored {
  readonly story: StoryRecord;
  readonly score: number;
}

/** Higher score first; equal scores by story id, so the order never depends on the order of files. */
function ahead(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.story.id < b.story.id);
}

/** Stories for a question, best first: pinned stories (score 1), then by competencies, kind and text. */
export function rankForQuestion(ask: Ask, kind: QuestionKind, pinned: ReadonlySet<string>, search: StorySearch): Ranked[] {
  const scorer: Scorer = {
    key: `question:${kind}`,
    score: (story, competencies, text) => {
      const base = ask.competencies.length > 0 ? 0.6 * competencies + 0.4 * text : text;
      // A question about life outside work is answered by a story from outside work.
      const fit = ask.personal ? (story.context === 'personal' ? 0.5 + 0.5 * base : 0.5 * base) : base;
      return fit * kindFit(kind, story);
    },
  };
  return rank(ask, search, scorer, pinned);
}

/** Stories for a role requirement, best first, by key terms shown and competencies. */
export function rankForRequirement(ask: Ask, search: StorySearch): Ranked[] {
  return rank(ask, search, { key: 'requirement', score: (_, competencies, text) => (ask.competencies.length > 0 ? 0.35 * competencies + 0.65 * text : text) });
}

function queryOf(ask: Ask): string {
  return ask.terms.map((term) => term.text).join(' ') || ask.text;
}
