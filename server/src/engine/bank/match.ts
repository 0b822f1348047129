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

/** A BM25 index over the bank's stories, updated story by story, with each word's document frequency. */
export class StorySearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    tokenize: (text) => tokenize(text),
    processTerm,
    searchOptions: { boost: { title: 1.5 }, combineWith: 'OR', tokenize: (text) => tokenize(text), processTerm },
  });
  private readonly documents = new Map<string, { document: SearchDocument; stems: ReadonlySet<string> }>();
  private readonly frequency = new Map<string, number>();

  add(record: StoryRecord): void {
    const document = { id: record.id, title: record.title, text: record.text };
    this.documents.set(record.id, { document, stems: record.stems });
    this.index.add(document);
    for (const word of record.stems) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  remove(id: string): void {
    const known = this.documents.get(id);
    if (!known) return;
    this.documents.delete(id);
    this.index.remove(known.document);
    for (const word of known.stems) {
      const count = (this.frequency.get(word) ?? 0) - 1;
      if (count > 0) this.frequency.set(word, count);
      else this.frequency.delete(word);
    }
  }

  /** BM25 scores by story id, each divided by the best one (so in [0, 1]); empty when nothing matches. */
  relevance(query: string): Map<string, number> {
    const results = query.trim() === '' ? [] : this.index.search(query);
    const best = results[0]?.score ?? 0;
    return new Map(results.map((result) => [String(result.id), best > 0 ? result.score / best : 0]));
  }

  /**
   * How much a word tells stories apart (inverse document frequency): a word no story uses weighs
   * most, so a requirement about it stays uncovered; "team", in every story, weighs little.
   */
  weight(stem: string): number {
    // Softened: a word no story uses weighs about three times one every story uses, not ten times.
    return Math.log(2 + this.documents.size / ((this.frequency.get(stem) ?? 0) + 1));
  }
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
function competencyFit(asked: readonly string[], story: StoryRecord): { fit: number; matched: string[] } {
  const matched: string[] = [];
  let fit = 0;
  asked.forEach((id, index) => {
    const shown = story.competencies.find((competency) => competency.id === id);
    if (!shown) return;
    matched.push(id);
    const weight = asked.length === 1 ? 1 : index === 0 ? 0.7 : 0.3 / (asked.length - 1);
    fit += weight * (shown.source === 'inferred' ? 0.9 : 1);
  });
  return { fit: Math.min(1, fit), matched };
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

/**
 * 1 when the story has the word in what it is about (title, Task, Action, Result), 0.6 when only in
 * its Situation or Lessons; 0.7 of that for a related word; else 0.
 */
function presence(story: StoryRecord, word: string): number {
  const found = (candidate: string): number => (story.coreStems.has(candidate) ? 1 : story.stems.has(candidate) ? 0.6 : 0);
  const direct = found(word);
  if (direct === 1) return 1;
  let best = direct;
  for (const related of RELATED.get(word) ?? []) best = Math.max(best, 0.7 * found(related));
  return best;
}

/**
 * Share of the key terms a story shows, each word weighted by how rare it is in the bank (a phrase's
 * words each count, so one specific phrase outweighs a common word); a phrase counts in part when
 * some of its words are there.
 */
function termCoverage(terms: readonly KeyTerm[], story: StoryRecord, search: StorySearch): { fit: number; matched: string[] } {
  let total = 0;
  let got = 0;
  const matched: string[] = [];
  for (const term of terms) {
    const words = term.text.split(' ');
    const weights = term.stems.map((part) => term.weight * search.weight(part));
    const present = term.stems.map((part) => presence(story, part));
    weights.forEach((weight, index) => {
      total += weight;
      got += weight * present[index];
    });
    if (present.every((value) => value > 0)) matched.push(term.text);
    else present.forEach((value, index) => value > 0 && words[index] !== undefined && matched.push(words[index]));
  }
  return { fit: total > 0 ? got / total : 0, matched: [...new Set(matched)] };
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

function ranked(candidates: Ranked[]): Ranked[] {
  const sorted = candidates.sort((a, b) => b.score - a.score || a.story.localeCompare(b.story));
  const listed = sorted.filter((candidate, index) => index === 0 || candidate.pinned || candidate.score >= MIN_LISTED_SCORE);
  return listed.slice(0, Math.max(MAX_MATCHES, listed.filter((candidate) => candidate.pinned).length));
}

/** Stories for a question, best first: pinned stories (score 1), then by competencies, kind and text. */
export function rankForQuestion(ask: Ask, kind: QuestionKind, pinned: ReadonlySet<string>, stories: readonly StoryRecord[], search: StorySearch): Ranked[] {
  const relevance = search.relevance(queryOf(ask));
  return ranked(
    stories.map((story) => {
      const competencies = competencyFit(ask.competencies, story);
      const terms = termCoverage(ask.terms, story, search);
      const text = textFit(terms.fit, relevance.get(story.id) ?? 0);
      const base = ask.competencies.length > 0 ? 0.6 * competencies.fit + 0.4 * text : text;
      // A question about life outside work is answered by a story from outside work.
      const fit = ask.personal ? (story.context === 'personal' ? 0.5 + 0.5 * base : 0.5 * base) : base;
      const isPinned = pinned.has(story.id);
      return {
        story: story.id,
        score: isPinned ? 1 : round(fit * kindFit(kind, story)),
        ...(isPinned ? { pinned: true } : {}),
        competencies: competencies.matched,
        terms: terms.matched,
      };
    }),
  );
}

/** Stories for a role requirement, best first, by key terms shown and competencies. */
export function rankForRequirement(ask: Ask, stories: readonly StoryRecord[], search: StorySearch): Ranked[] {
  const relevance = search.relevance(queryOf(ask));
  return ranked(
    stories.map((story) => {
      const competencies = competencyFit(ask.competencies, story);
      const terms = termCoverage(ask.terms, story, search);
      const text = textFit(terms.fit, relevance.get(story.id) ?? 0);
      const score = ask.competencies.length > 0 ? 0.35 * competencies.fit + 0.65 * text : text;
      return { story: story.id, score: round(score), competencies: competencies.matched, terms: terms.matched };
    }),
  );
}

function queryOf(ask: Ask): string {
  return ask.terms.map((term) => term.text).join(' ') || ask.text;
}
