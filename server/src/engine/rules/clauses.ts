import type { GrammarTerm } from '../text/grammar';

/** Who a word refers to: the writer, the writer's group, or someone else. */
export type Actor = 'self' | 'we' | 'other';

// Possessives ("my manager", "our vendor") are not actors: the noun they qualify is.
const SELF = new Set(['i', 'me', 'myself', 'mine']);
const WE = new Set(['we', 'us', 'ourselves', 'ours']);
// Words that open a new clause: a subject found before them belongs to another clause.
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'so', 'because', 'while', 'when', 'although', 'though', 'since', 'after', 'before', 'until', 'which',
  'who', 'that', 'if', 'unless', 'once', 'as', 'whereas', 'then', 'or', 'yet', 'where', 'whose', 'whom',
]);
// Words between a subject and its verb that do not break the link.
const MODIFIER_TAGS = ['Determiner', 'Possessive', 'Adjective', 'Value', 'Noun', 'Adverb'];
// Verbs of finding and saying whose object is a clause with its own subject, "that" left out:
// "I found [that] the previous lead had let it slide".
const CLAUSE_TAKING = new Set([
  'found', 'find', 'finds', 'discovered', 'discover', 'learned', 'learnt', 'learn', 'realised', 'realized', 'realise', 'realize',
  'noticed', 'notice', 'saw', 'see', 'heard', 'hear', 'knew', 'know', 'thought', 'think', 'felt', 'feel', 'assumed', 'assume',
  'suspected', 'guessed', 'said', 'says', 'say', 'claimed', 'claims', 'insisted', 'insists', 'admitted', 'admits', 'reckoned', 'figured',
  'turned', 'emerged', 'transpired',
]);
// Object forms: "the agency before us" is never the subject of what follows.
const OBJECT_FORMS = new Set(['me', 'us', 'myself', 'ourselves']);
// Heads that keep the party of the word before them: "their IT people", "the finance folks".
const GROUP_HEADS = new Set(['people', 'person', 'persons', 'personnel', 'folks', 'bods', 'crowd', 'contingent', 'lot', 'end']);

export function actorOf(term: GrammarTerm): Actor | null {
  if (SELF.has(term.word)) return 'self';
  if (WE.has(term.word)) return 'we';
  if (term.tags.has('Party') || term.tags.has('Person') || term.tags.has('Organization')) return 'other';
  // A name compromise knows only as a proper noun ("Ofgem", "the CRO"), not a place or a date.
  // The first word of a sentence is capitalised anyway ("Avoid blocking tasks"): not evidence of a name.
  if (term.start > 0 && term.tags.has('ProperNoun') && !term.tags.has('Place') && !term.tags.has('Date') && term.word !== 'i') return 'other';
  return null;
}

/** Whether a clause boundary (punctuation or an opening conjunction) lies just before term `index`. */
function opensClause(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  if (index === 0) return true;
  if (CLAUSE_OPENERS.has(terms[index - 1].word)) return true;
  return /[,;:—–()]/.test(text.slice(terms[index - 1].end, terms[index].start));
}

/**
 * The subject of the clause that holds term `index`: the first actor word of the clause before it
 * ("The vendor's lead engineer never replied" → other; "I let the client down" → self).
 */
export function subjectBefore(terms: readonly GrammarTerm[], text: string, index: number): Actor | null {
  let start = index;
  while (start > 0 && !opensClause(terms, text, start)) start--;
  for (let at = start; at < index; at++) {
    const actor = actorOf(terms[at]);
    if (actor) return actor;
  }
  return null;
}

/**
 * Whether the actor at term `index` is a subject: at the start of its clause, with only
 * determiners, possessives, adjectives and numbers before it ("our two vendors", "the client side").
 * A party after a verb or a preposition ("I told the vendor") is an object.
 */
export function isSubject(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  for (let at = index; at >= 0; at--) {
    if (opensClause(terms, text, at)) return true;
    const before = terms[at - 1];
    // An implied word of a contraction ("council's" read as "council has") and a noun-like gerund ("planning department") modify too.
    if (before.end === before.start || before.tags.has('Gerund')) continue;
    // A time phrase before the subject ("In January the bed manager…"), and "With Legal dragging its heels…".
    if (before.tags.has('Preposition') && terms[at].tags.has('Date')) return true;
    if (before.word === 'with' && opensClause(terms, text, at - 1)) return true;
    // "I found the vendor had…", "it turned out the night shift never…": the subject of a reported clause.
    if (before.tags.has('Verb') && CLAUSE_TAKING.has(before.word)) return true;
    if (before.tags.has('Particle') && at >= 2 && CLAUSE_TAKING.has(terms[at - 2].word)) return true;
    if (!MODIFIER_TAGS.some((tag) => before.tags.has(tag)) || (before.tags.has('Pronoun') && !before.tags.has('Possessive'))) return false;
  }
  return true;
}

/** Whether the writer ("I", "me", "my") appears in the terms. */
export function mentionsSelf(terms: readonly GrammarTerm[]): boolean {
  return terms.some((term) => SELF.has(term.word) || term.word === 'my');
}

// The writer owning the trouble in the same sentence: "because I had not sent it", "my mistake".
const OWNERSHIP =
  /\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:should(?:n['’]t)? have|had not|hadn['’]t|did not|didn['’]t|failed to|forgot|missed|misjudged|underestimated|overlooked|never|was not|wasn['’]t|could have|take (?:full )?responsibility|own(?:ed)? (?:it|that|this|the)|made (?:a|the) (?:mistake|call|error))\b|\bmy (?:own )?(?:mistake|fault|error|oversight|responsibility|call|miss|failure)\b|\b(?:on|with) me\b|\b(?:because|since) (?:I|of me)\b/gi;

/** Whether the writer takes ownership in the text. */
// A noun a reduced relative clause can follow: plurals and "-thing" pronouns.
const RELATIVE_HEAD = /(?:[^s']s|thing)$/;
const NOT_A_HEAD = new Set(['was', 'is', 'has', 'this', 'thus', 'us', 'as', 'its', 'his', 'hers', 'yes', 'unless', 'less', 'across', 'perhaps', 'always', 'sometimes', 'besides', 'whereas', 'nothing', 'afterwards', 'towards', 'regardless']);

export function ownsIt(text: string): boolean {
  for (const match of text.matchAll(OWNERSHIP)) {
    // "features we had never agreed to build": a relative clause after a noun describes the thing, owns nothing.
    const before = /([\p{L}'’-]+)\s*$/u.exec(text.slice(0, match.index))?.[1]?.toLowerCase();
    if (/^(?:I|we)\b/i.test(match[0]) && before && RELATIVE_HEAD.test(before) && !NOT_A_HEAD.has(before) && !/[,;:—–(]\s*$/.test(text.slice(0, match.index))) continue;
    return true;
  }
  return false;
}

const COORDINATORS = new Set(['and', 'or', 'but', 'then']);
// The writer's own organisation: "our airline kept missing slots" is about us.
const OWN_ORGANISATION = new Set(['company', 'companies', 'firm', 'business', 'organisation', 'organization', 'org', 'airline', 'council', 'charity', 'hospital', 'school', 'university', 'bank', 'group', 'division', 'region', 'studio', 'practice', 'startup', 'start-up', 'side', 'team', 'teams', 'department', 'office']);
// Words that open a subordinate clause; "and" and commas do not ("Legal stalled, then refused…" keeps its subject).
const SUBORDINATORS = new Set(['after', 'because', 'so', 'when', 'while', 'although', 'though', 'since', 'after', 'before', 'until', 'which', 'who', 'that', 'if', 'unless', 'once', 'whereas', 'but', 'yet', 'as']);

/** Whether the term at `at` heads "our <organisation>" ("Our regional airline", "our mobile team"). */
function ownOrganisation(terms: readonly GrammarTerm[], at: number): boolean {
  if (!OWN_ORGANISATION.has(terms[at].word)) return false;
  for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
    if (terms[back].word === 'our' || terms[back].word === 'my') return true;
    if (!terms[back].tags.has('Adjective') && !terms[back].tags.has('Noun')) return false;
    // "our finance team": a named function of ours is still a party.
    if (actorOf(terms[back])) return false;
  }
  return false;
}

/** Whether the party at `at` only qualifies a noun that follows it before `end` ("the night-shift rules", not "the vendor's engineer"). */
function qualifiesNoun(terms: readonly GrammarTerm[], text: string, at: number, end: number): boolean {
  for (let next = at; next + 1 < end; next++) {
    const term = terms[next];
    const following = terms[next + 1];
    if (/[,;:]/.test(text.slice(term.end, following.start))) return false;
    if (!following.tags.has('Noun') || following.tags.has('Pronoun')) return false;
    if (!actorOf(following) && !GROUP_HEADS.has(following.word)) return true;
  }
  return false;
}

/**
 * The subject of the predicate at term `index`, across coordination ("the reps walked out and
 * refused…"): the first actor in subject position since the last subordinating word or semicolon.
 * Returns its term index, or -1.
 */
export function predicateSubject(terms: readonly GrammarTerm[], text: string, index: number): number {
  let start = index;
  // A coordinated clause with a subject of its own ("Finance moved it, and my budget showed…") starts a new search.
  const newClause = (at: number): boolean => COORDINATORS.has(terms[at - 1].word) && !['Verb', 'Adverb', 'Auxiliary', 'Modal', 'Negative'].some((tag) => terms[at].tags.has(tag));
  // "before us", "after them": a preposition with its object, not a clause opener.
  const subordinates = (at: number): boolean => SUBORDINATORS.has(terms[at - 1].word) && !/^(?:me|us|them|him)$/.test(terms[at].word);
  while (start > 0 && !subordinates(start) && !newClause(start) && !/[;:—–()]/.test(text.slice(terms[start - 1].end, terms[start].start))) start--;
  // "After we finished phase one, Finance refused…": an opening subordinate clause ends at its comma.
  if (start > 0 && subordinates(start)) {
    for (let at = index - 1; at > start; at--) {
      if (/,/.test(text.slice(terms[at - 1].end, terms[at].start))) {
        start = at;
        break;
      }
    }
  }
  // The nearest subject wins: "The team asked…, and I said no, we're behind" is about us.
  for (let at = index - 1; at >= start; at--) {
    // "Priya in procurement", "Dave from Finance": the name before the department is the subject.
    if (at >= 2 && actorOf(terms[at]) === 'other' && /^(?:in|at|from|on)$/.test(terms[at - 1].word) && /^\p{Lu}/u.test(text.slice(terms[at - 2].start)) && terms[at - 2].tags.has('Noun') && isSubject(terms, text, at - 2)) return at - 2;
    // "the night-shift rules broke": a party word qualifying another noun is not the subject.
    if (qualifiesNoun(terms, text, at, index) || OBJECT_FORMS.has(terms[at].word)) continue;
    if (ownOrganisation(terms, at)) return -1;
    if (actorOf(terms[at]) && isSubject(terms, text, at)) {
      // "The vendor's lead engineer": the whole noun phrase is one subject; report from its first actor.
      let first = at;
      while (first > start && actorOf(terms[first - 1]) === actorOf(terms[at]) && !opensClause(terms, text, first)) first--;
      return first;
    }
  }
  return -1;
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'because', 'so', 'which', 'when', 'while', 'although', 'though', 'since', 'if']);

/**
 * Whether the clause holding term `index` opens with "my": its subject is the writer's own thing
 * ("My record with regulators is spotless", "My standards for that report were…"), whatever
 * party a phrase inside it names. "My manager is…" is someone else, unless `peopleToo` (the writer's team
 * is the writer's for a boast).
 */
export function clauseOpensWithMy(terms: readonly GrammarTerm[], text: string, index: number, peopleToo = false): boolean {
  let start = index;
  while (start > 0 && !/[,;:—–()]/.test(text.slice(terms[start - 1].end, terms[start].start)) && !CLAUSE_JOINERS.has(terms[start - 1].word) && !(terms[start - 1].word === 'that' && !terms[start - 1].tags.has('Determiner'))) start--;
  if (terms[start]?.word !== 'my') return false;
  // "My manager is too nice…": the writer's manager, someone else.
  if (!peopleToo) for (let at = start + 1; at < index && (terms[at].tags.has('Adjective') || terms[at].tags.has('Noun')); at++) if (actorOf(terms[at]) !== null) return false;
  return true;
}
