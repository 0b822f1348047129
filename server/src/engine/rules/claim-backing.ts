import { findFigures, type FigureMatch } from '../text/figures';
import type { GrammarTerm } from '../text/grammar';

/**
 * Whether a figure in the sentence backs a vague claim, rather than merely sharing its sentence.
 * "Churn fell sharply, from 14% to 8%" is backed; "Churn fell sharply in the two regions",
 * "…rose strongly over the next 18 months" and "…fell sharply, and the script is used by 200
 * agents" are not: the figure counts the setting, dates the change or belongs to another clause.
 */

// Where a sentence splits into clauses; the separator decides how the next clause relates.
const SEPARATOR = /[,;:—–()]|\s-\s/g;
// A clause opened by one of these is a new statement, not the claim's measure.
const NEW_CLAUSE = /^\s*(?:and|but|while|whereas|when|which|where|who|so|because|although|though|as|after|before|until|since|once|then|yet|if|plus|also|I|we|they|he|she|it|this|that|our|my|the)\b/i;
// Words that introduce a measure: "by 40%", "from 12 to 3", "than 7.6", "instead of 12".
const MEASURE_BEFORE = /\b(?:by|from|to|than|against|versus|vs\.?|instead of|rather than|compared (?:with|to)|down|up|of just|of only|at just|at only)\s+$/i;
// Hedges of a figure, skipped when looking at what introduces it ("by about 30%").
const APPROXIMATE = /\b(?:about|around|roughly|nearly|almost|some|over|under|just|only|more than|less than|fewer than|up to|at least|close to|an extra|another|a further|barely|well over|just over|just under|approximately|an estimated)\s+$/i;
// A figure of what it cost is no figure of the result: "from a budget of £15,000".
const INPUT_BEFORE = /\b(?:budget|cost|costs|spend|spending|investment|price|fee|fees|funding|grant|outlay|headcount)\b(?:\s+\w+){0,2}\s+$/i;
// Figures that always measure: percentages, money, multiples and fractions.
const ALWAYS_MEASURE = /%|percent|per cent|[$€£¥]|^\d[\d,.]*\s?[kKmMbB]$|bn$|x$|×|fold$|^(?:half|halved|doubled?|doubling|tripled?|tripling|quadrupled?|twice|thrice)$/i;
// A figure of time dates a change rather than measuring it: "over the next 18 months", "within a week", "14 months ago".
const TIME_UNIT = /^\s*(?:(?:working|business|calendar)\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|sprints?|weekends?|fortnights?|terms?|semesters?|seasons?)\b/i;
const TIME_AFTER = /^\s*(?:(?:working|business|calendar)\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|sprints?|weekends?|fortnights?|terms?|semesters?|seasons?)\s+(?:ago|later|earlier|in|into|before|after|running)\b/i;
const TIME_BEFORE = /\b(?:within|in|after|over|during|for|before|until|inside|across|since|throughout|the (?:first|last|next|past|following)|first|last|next|past|following)\s+$/i;

interface Clause {
  readonly start: number;
  readonly end: number;
  /** The separator that opens it (empty for the first clause). */
  readonly opener: string;
}

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let opener = '';
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(text); match; match = SEPARATOR.exec(text)) {
    // "1,480" and "3.2" are numbers, not separators.
    if (match[0] === ',' && /\d/.test(text[match.index - 1] ?? '') && /\d/.test(text[match.index + 1] ?? '')) continue;
    clauses.push({ start, end: match.index, opener });
    start = match.index + match[0].length;
    opener = match[0].trim();
  }
  clauses.push({ start, end: text.length, opener });
  // "…fell sharply and the script is used by 200 agents": a conjunction with no comma opens a clause too.
  return clauses.flatMap((clause) => {
    const parts: Clause[] = [];
    let from = clause.start;
    let partOpener = clause.opener;
    const inner = /\s(?=(?:and|but|while|whereas|when|which|where|because|although|so that)\s)/gi;
    const body = text.slice(clause.start, clause.end);
    for (let match = inner.exec(body); match; match = inner.exec(body)) {
      const at = clause.start + match.index;
      if (at <= from) continue;
      parts.push({ start: from, end: at, opener: partOpener });
      from = at + 1;
      partOpener = 'and';
    }
    parts.push({ start: from, end: clause.end, opener: partOpener });
    return parts;
  });
}

const EXPLAINS = new Set([':', '—', '–', '(', '-']);

type Role = 'measure' | 'lead' | 'none';

/**
 * What a figure is in its clause: a measure introduced by "by", "from", "than"…, a figure that
 * leads its clause ("6 minutes shorter"), or neither (a count of the setting, a date, a cost).
 */
function roleOf(text: string, figure: FigureMatch, clause: Clause, terms: readonly GrammarTerm[]): Role | 'verb' {
  let before = text.slice(clause.start, figure.start);
  const after = text.slice(figure.end);
  if (INPUT_BEFORE.test(before)) return 'none';
  while (APPROXIMATE.test(before)) before = before.replace(APPROXIMATE, '');
  if (MEASURE_BEFORE.test(before)) return 'measure';
  if (TIME_AFTER.test(after)) return 'none';
  if (TIME_UNIT.test(after) || /(?:day|week|month|quarter|year|hour|minute|sprint)s?$/i.test(figure.text)) {
    if (TIME_BEFORE.test(before) || /\b(?:in|within|under|over|inside|after)\s+(?:a|an|one|half an?)\s/i.test(figure.text)) return 'none';
  }
  if (/^\s*$/.test(before)) return 'lead';
  if (ALWAYS_MEASURE.test(figure.text) || /^\s?%/.test(after)) return 'measure';
  // "saved 30 hours", "cut 2 days": a figure right after a verb measures what the verb did.
  const previous = [...terms].reverse().find((term) => term.end <= figure.start && term.end > term.start);
  if (previous && previous.tags.has('Verb') && !previous.tags.has('Auxiliary') && /^\s*$/.test(text.slice(previous.end, figure.start).replace(APPROXIMATE, ''))) return 'verb';
  return 'none';
}

/** Whether the text between two offsets holds a verb of its own (a clause, not an apposition). */
function hasVerb(terms: readonly GrammarTerm[], start: number, end: number, skip: { start: number; end: number }): boolean {
  return terms.some((term) => term.start >= start && term.end <= end && (term.end <= skip.start || term.start >= skip.end) && term.tags.has('Verb') && !term.tags.has('Copula'));
}

export function claimBacked(text: string, claim: { start: number; end: number }, terms: readonly GrammarTerm[]): boolean {
  const figures = findFigures(text);
  if (figures.length === 0) return false;
  const clauses = clausesOf(text);
  const at = clauses.findIndex((clause) => claim.start >= clause.start && claim.start < clause.end + 1);
  if (at < 0) return false;
  const roles = (clause: Clause) => figures.filter((figure) => figure.start >= clause.start && figure.end <= clause.end).map((figure) => roleOf(text, figure, clause, terms));
  // In the claim's own clause: any measure, however it is introduced ("cut costs massively by 30%").
  if (roles(clauses[at]).some((role) => role !== 'none')) return true;
  // The clause after it, when it elaborates the claim: "…, down from 3 hours to 18 minutes", "…: 8.9 against 7.6".
  const next = clauses[at + 1];
  if (next && !EXPLAINS.has(next.opener) && !NEW_CLAUSE.test(text.slice(next.start, next.end)) && roles(next).some((role) => role === 'measure' || role === 'lead')) return true;
  // A colon or a dash after the claim opens its evidence, whatever the clause says: "…higher than when I arrived: 8.9 against 7.6".
  for (const later of clauses.slice(at + 1)) {
    if (later.opener === ';') break;
    if (EXPLAINS.has(later.opener)) return roles(later).some((role) => role !== 'none');
  }
  // The clause before it, when the claim only restates it: "rose from 86% to 94%, a big change".
  const previous = clauses[at - 1];
  if (previous && at > 0 && !hasVerb(terms, clauses[at].start, clauses[at].end, claim) && roles(previous).some((role) => role === 'measure' || role === 'verb')) return true;
  return false;
}
