import { actorOf, isSubject } from './clauses';
import type { GrammarTerm } from '../text/grammar';

// How a story shows someone other than the writer at work, read from compromise's terms: a person
// or group as the subject of an action verb, the writer's partner ("Priya and I"), someone the
// writer gets to act, relies on, hands work to or leads, or someone's contribution ("Tom's analysis").

// The team by name, in any role: "I coached my team", "presented to the team" — someone else is in the story.
export const TEAM = /\b(?:team|teams|squad|squads|crew|crews|colleagues?|co-?workers?|teammates?|peers|staff|volunteers|direct reports|my reports)\b/i;
// People by the shape of the word: the herdsman, two sub-editors, our dispatchers, the scientists.
const HUMAN_SHAPE = /(?:man|men|woman|women|person|people|folks?|ists|ians|eers|ees|ers|ors|ants|ents)$/;
const NOT_HUMAN = /^(?:orders|numbers|users|others|layers|servers|containers|clusters|centers|centres|filters|headers|errors|factors|sectors|vectors|monitors|members|questions|parameters|documents|components|elements|events|agreements|requirements|payments|investments|improvements|statements|segments|results|products|contents|percents|intents|moments|comments|patients|clients|customers|consumers|producers|totals|materials|chapters|letters|matters|registers|markers|buffers|lists|cents|tests|costs|times|changeovers|handovers|turnovers|takeovers|rollovers|leftovers|covers|transfers|offers|answers|powers|meters|printers|computers|trailers|lockers|vouchers|stickers|posters|folders|timers|scanners|routers|sensors|monitors|motors|reactors|elevators|indicators|calculators|simulators|descriptors|identifiers|parsers|handlers|loaders|drivers|adapters|wrappers|helpers|brokers|schedulers)$/;
const POSSESSION = new Set(['have', 'has', 'had', 'having', 'own', 'owned', 'hold', 'held', 'lack', 'lacked', 'need', 'needed', 'want', 'wanted', 'get', 'got', 'receive', 'received']);

// Party words that more often name a thing: "six chairs", "side by side", "weekly reports".
export const AMBIGUOUS = new Set(['chair', 'chairs', 'side', 'sides', 'report', 'reports', 'head', 'heads', 'office', 'offices', 'board', 'boards', 'lead', 'leads', 'hire', 'hires', 'platform', 'accounts', 'infrastructure', 'infra', 'panel', 'panels', 'org', 'security', 'operations', 'ops',
  // The organisation itself is the setting, not a colleague: "the restaurant group paid 1.9%".
  'group', 'groups', 'company', 'companies', 'firm', 'business', 'organisation', 'organization', 'agency', 'trust', 'chain', 'bank', 'banks', 'airline', 'airlines', 'factory', 'factories']);

// Roles written as "head of …": "the head of facilities", "the chair of governors".
const ROLE_OF = new Set(['head', 'heads', 'chair', 'chairs', 'lead', 'leads']);

/**
 * Whether a term names a person or a group of people other than the writer. `owner`: the term may be
 * a possessive ("the supervisor's suggestion").
 */
export function isPerson(terms: readonly GrammarTerm[], index: number, owner = false): boolean {
  const term = terms[index];
  if (ROLE_OF.has(term.word) && terms[index + 1]?.word === 'of') return true;
  if (actorOf(term) === 'other' && !AMBIGUOUS.has(term.word)) return !/^(?:they|someone|somebody|everyone|nobody|anyone)$/.test(term.word);
  if (AMBIGUOUS.has(term.word) || (term.tags.has('Possessive') && !owner)) return false;
  if (!term.tags.has('Noun') || term.tags.has('Pronoun')) return false;
  if (term.tags.has('Actor') && (owner || !terms[index + 1]?.tags.has('Noun'))) return true;
  return term.word.length > 4 && HUMAN_SHAPE.test(term.word) && !NOT_HUMAN.test(term.word) && (term.tags.has('Plural') || (owner && term.word.endsWith('s')) || /(?:man|woman|person)$/.test(term.word));
}

/** Whether a name stands in apposition: "Gita, the ground-handling supervisor, …". */
export function namedInApposition(text: string): boolean {
  return /(?:^|[^.!?]\s)[A-Z][a-z]+,\s+(?:the|our|my|a|an|their|his|her)\s+[\w\s-]{2,40}?,/.test(text);
}

// Verbs by which the writer gets others to act: "asked the night shift to…", "had the site managers write…".
const CAUSATIVE = /^(?:recruit|ask|get|got|hire|train|persuad|convinc|enlist|invit|encourag|coach|task|assign|brief|empower|mobilis|mobiliz|rall|allow|enabl|challeng|urg|delegat|commission|appoint|second|lean|rel)/;
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who']);
const BARE_CAUSATIVE = /^(?:had|have|has|let|lets|made|make|makes|help|helped|helps|watched|saw)$/;

/** "the IT help desk stood at 38%": a verb's bare form after a determiner or a singular noun is part of a name. */
export function modifiesNoun(terms: readonly GrammarTerm[], index: number): boolean {
  const before = terms[index - 1];
  return before !== undefined && !SUBJECT_PRONOUNS.has(before.word) && (before.tags.has('Determiner') || before.tags.has('Adjective') || (before.tags.has('Noun') && !before.tags.has('Plural')));
}

/** "I recruited 12 parents to hear readers", "I had the site managers write…": the writer gets others to act. */
function getsOthersToAct(terms: readonly GrammarTerm[], index: number): boolean {
  const bare = BARE_CAUSATIVE.test(terms[index].word);
  if (!bare && !CAUSATIVE.test(terms[index].word)) return false;
  if (bare && modifiesNoun(terms, index)) return false;
  let at = index + 1;
  while (at < terms.length && NOUN_PHRASE.some((tag) => terms[at].tags.has(tag)) && !terms[at].tags.has('Pronoun')) at++;
  const head = at - 1;
  const after = terms[at];
  const toAct = after?.word === 'to' && startsVerbPhrase(terms, at + 1);
  // "got the drivers to scan…": people-shaped words that may name things elsewhere ("drivers of churn") are people here.
  const people = head > index && (isPerson(terms, head) || (toAct && terms[head].tags.has('Plural') && HUMAN_SHAPE.test(terms[head].word)));
  return people && after !== undefined && (toAct || (bare && after.tags.has('Verb') && !after.tags.has('Gerund') && !after.tags.has('Copula')));
}

/** A verb after "to", or a word compromise read as a noun in a verb's place ("to swap their shifts"). */
function startsVerbPhrase(terms: readonly GrammarTerm[], at: number): boolean {
  const term = terms[at];
  if (!term) return false;
  if (term.tags.has('Verb')) return true;
  const next = terms[at + 1];
  return term.tags.has('Noun') && !term.tags.has('ProperNoun') && !term.tags.has('Date') && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Pronoun'));
}

const SKIPPED_BEFORE_VERB = ['Adverb', 'Auxiliary', 'Modal', 'Negative'];
// "The three charge nurses each took a bay", "the ward clerks now book…".
const FLOATING = new Set(['each', 'both', 'all', 'themselves', 'also', 'then', 'now', 'still']);
const NOUN_PHRASE = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value'];

/**
 * The head of the subject of the verb at `index`: the noun before it, past adverbs, auxiliaries,
 * a prepositional phrase ("the site managers at each school reprogrammed") or a name in
 * apposition ("our account manager, Dev, rebuilt"). Returns -1 when none.
 */
function subjectOf(terms: readonly GrammarTerm[], text: string, index: number): number {
  let at = index - 1;
  // …and the first half of a hyphenated verb ("double-checked").
  const skipped = (term: GrammarTerm): boolean => SKIPPED_BEFORE_VERB.some((tag) => term.tags.has(tag)) || FLOATING.has(term.word) || (term.tags.has('Hyphenated') && !term.tags.has('Noun'));
  while (at >= 0 && skipped(terms[at])) at--;
  // "The volunteers I recruited knocked on…": a clause of the writer's describing the subject.
  if (at >= 1 && terms[at].tags.has('Verb') && !terms[at].tags.has('Party') && (terms[at - 1].word === 'i' || terms[at - 1].word === 'we')) {
    at -= 2;
    while (at >= 0 && skipped(terms[at])) at--;
  }
  for (let hops = 0; hops < 2 && at >= 0; hops++) {
    // compromise reads some plurals as verbs ("the field engineers re-tilted"): the lexicon knows better.
    if (!(terms[at].tags.has('Noun') || terms[at].tags.has('Party')) || terms[at].tags.has('Pronoun')) return -1;
    let start = at;
    while (start > 0 && NOUN_PHRASE.some((tag) => terms[start - 1].tags.has(tag)) && !(terms[start - 1].tags.has('Pronoun') && !terms[start - 1].tags.has('Possessive')) && !/[,;:]/.test(text.slice(terms[start - 1].end, terms[start].start))) start--;
    // "my colleague Pawel rebalanced": a name after a role.
    if (start < at && terms[at].tags.has('ProperNoun') && actorOf(terms[at - 1]) === 'other') return at - 1;
    const before = terms[start - 1];
    // "The head chef and his brigade tested…": the first of two subjects.
    if (before?.word === 'and' && start >= 2 && isPerson(terms, start - 2)) return start - 2;
    if (!before || !before.tags.has('Preposition') || isPerson(terms, at) || ['as', 'than', 'like'].includes(before.word)) return at;
    at = start - 2;
  }
  return -1;
}

/** "two of our social workers volunteered", "most of the nurses…": a subject behind a quantifier. */
function quantifiedSubject(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  let at = index;
  while (at > 0 && NOUN_PHRASE.some((tag) => terms[at - 1].tags.has(tag)) && terms[at - 1].word !== 'of') at--;
  return at >= 2 && terms[at - 1].word === 'of' && (terms[at - 2].tags.has('Value') || /^(?:some|most|all|many|each|both|several|few|half|one|none)$/.test(terms[at - 2].word)) && isSubject(terms, text, at - 2);
}

// Verbs of a level reached, which report a figure rather than someone's act ("Sales reached 12,700").
const LEVEL = new Set(['reach', 'reached', 'reaches', 'hit', 'hits', 'top', 'topped', 'tops', 'pass', 'passed', 'total', 'totalled', 'totaled', 'stand', 'stood', 'remain', 'remained', 'stay', 'stayed', 'become', 'became', 'end', 'ended', 'close', 'closed', 'finish', 'finished', 'make', 'made', 'come', 'came', 'settle', 'settled', 'average', 'averaged']);

/** "our two pharmacists double-checked every chart": compromise reads a hyphenated past form before its object as an adjective. */
function hyphenatedAct(terms: readonly GrammarTerm[], index: number): boolean {
  const term = terms[index];
  const next = terms[index + 1];
  return term.tags.has('Hyphenated') && /ed$/.test(term.word) && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Value'));
}

export function isVerbOfAction(term: GrammarTerm): boolean {
  return term.tags.has('Verb') && !term.tags.has('Copula') && !term.tags.has('Auxiliary') && !term.tags.has('Gerund') && !term.tags.has('Change') && !POSSESSION.has(term.word);
}



/**
 * Whether someone other than the writer acts or takes part in a sentence, read from its terms: a
 * named colleague or the team in any role, a person as the subject of an action verb ("finance
 * checked every figure", "the regional controller, who approved them"), the writer's partner
 * ("the night-shift pickers and I"), an agent ("checked by two supervisors"), someone's
 * contribution ("Tom's analysis"), or someone the writer gets to act, relies on, hands work to or leads.
 */
export function othersActIn(terms: readonly GrammarTerm[], text: string): boolean {
  return terms.some((term, index) => {
    // A named person or the team, in any role; not as a modifier ("staff hours", "the crew room").
    const next = terms[index + 1];
    const named = isNamed(terms, text, index);
    // "an agency of 4,000 staff" sizes the organisation; it names no one who helped.
    const team = TEAM.test(term.word) && !terms[index - 1]?.tags.has('Value');
    if ((named || team) && (!next?.tags.has('Noun') || next.tags.has('ProperNoun'))) return true;
    if (contribution(terms, text, index) || partnerOfWriter(terms, text, index) || agentOfPassive(terms, index) || relativeSubject(terms, index)) return true;
    if (term.tags.has('Verb') && getsOthersToAct(terms, index)) return true;
    // "agency spend dropped": a noun compromise read as a verb. "Sales reached 12,700" reports a level; "came up with" is an act.
    if (!(isVerbOfAction(term) || hyphenatedAct(terms, index)) || (next?.tags.has('Verb') && !next.tags.has('Particle') && !next.tags.has('Gerund') && !next.tags.has('Infinitive')) || (LEVEL.has(term.word) && !next?.tags.has('Particle'))) return false;
    if (reliesOn(terms, index) || handsWorkTo(terms, index) || leadsPeople(terms, index)) return true;
    const subject = subjectOf(terms, text, index);
    // People the work is for act in it without working on it: "customers complained", "donors gave £30,000".
    if (subject < 0 || !isPerson(terms, subject) || SERVED_SUBJECT.test(terms[subject].word)) return false;
    // "As director I owned…" is the writer in a role; "I told the vendor" has the vendor as object.
    if (terms.slice(Math.max(0, subject - 3), subject).some((before) => before.word === 'as')) return false;
    return isSubject(terms, text, subject) || quantifiedSubject(terms, text, subject);
  });
}

/** A person compromise knows by name, capitalised as written ("Priya" in "asked Priya to…"). */
function isNamed(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  const term = terms[index];
  return (term.tags.has('Person') || term.tags.has('FirstName')) && /^[A-Z]/.test(text.slice(term.start, term.end));
}

// What a person contributes: "Tom's analysis", "the pickers' idea", "the supervisor's suggestion".
const CONTRIBUTIONS = new Set([
  'idea', 'ideas', 'suggestion', 'suggestions', 'proposal', 'proposals', 'input', 'help', 'advice', 'support', 'design', 'designs',
  'analysis', 'analyses', 'feedback', 'contribution', 'contributions', 'expertise', 'work', 'research', 'model', 'models',
  'spreadsheet', 'spreadsheets', 'draft', 'drafts', 'review', 'reviews', 'notes', 'insight', 'insights', 'recommendation',
  'recommendations', 'tip', 'tips', 'method', 'methods', 'fix', 'fixes', 'code', 'script', 'scripts', 'prototype', 'prototypes',
  'survey', 'surveys', 'findings', 'sketch', 'sketches', 'mock-up', 'mock-ups', 'groundwork', 'legwork', 'testing', 'data',
  'contacts', 'knowledge', 'experience', 'judgement', 'judgment', 'connections', 'introduction', 'introductions', 'offer',
]);

/**
 * Someone's contribution, by possessive: "Priya's spreadsheet", "the pickers' idea", "Kemal's review";
 * "the CFO's forecast" is a fact of the setting and "Valentine's peak" a date.
 */
function contribution(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  const term = terms[index];
  // compromise reads an unknown name's "'s" as "is" ("Amira's booking analysis" → "amira is"): the text tells.
  const possessive = term.tags.has('Possessive') || (terms[index + 1]?.start === terms[index + 1]?.end && /['’]s$/.test(text.slice(term.start, term.end)));
  if (!possessive || term.tags.has('Pronoun')) return false;
  const person = isNamed(terms, text, index) || isPerson(terms, index, true) || (term.tags.has('ProperNoun') && !term.tags.has('Organization') && !term.tags.has('Place'));
  // The contribution may follow a modifier or two: "Amira's booking analysis", "the pickers' own idea".
  for (let at = index + 1; at < Math.min(terms.length, index + 4); at++) {
    if (CONTRIBUTIONS.has(terms[at].word)) return person;
    if (at > index + 1 && !['Noun', 'Adjective', 'Gerund'].some((tag) => terms[at].tags.has(tag))) return false;
  }
  return false;
}

const SELF_WORDS = new Set(['i', 'me', 'myself']);

/** "The night-shift pickers and I re-slotted…", "Marta and me", "me and two porters": someone working beside the writer. */
function partnerOfWriter(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  if (terms[index].word !== 'and') return false;
  const before = terms[index - 1];
  const after = terms[index + 1];
  // "…the checklist, and I trained…" joins two clauses of the writer's.
  if (!before || /[,;:]/.test(text.slice(before.end, terms[index].start))) return false;
  if (after && SELF_WORDS.has(after.word)) return isPerson(terms, index - 1);
  if (!SELF_WORDS.has(before.word)) return false;
  let at = index + 1;
  while (at < terms.length && NOUN_PHRASE.some((tag) => terms[at].tags.has(tag)) && !terms[at].tags.has('Pronoun')) at++;
  return at - 1 > index && isPerson(terms, at - 1);
}

/** The head of the noun phrase starting at `from` ("two of the night supervisors" → supervisors), or -1. */
function phraseHead(terms: readonly GrammarTerm[], from: number): number {
  let at = from;
  for (;;) {
    while (at < terms.length && NOUN_PHRASE.some((tag) => terms[at].tags.has(tag)) && !terms[at].tags.has('Pronoun')) at++;
    // "two of the supervisors", "one of our engineers": the quantity's people.
    if (terms[at]?.word === 'of' && at > from && /^(?:\d|one|two|three|four|five|six|some|most|all|many|each|both|several|few|half|members?)/.test(terms[at - 1].word)) {
      at++;
      continue;
    }
    return at - 1 >= from ? at - 1 : -1;
  }
}

/** "checked by two of the supervisors", "I was helped by the night supervisor": a person as the agent of a passive. */
function agentOfPassive(terms: readonly GrammarTerm[], index: number): boolean {
  if (terms[index].word !== 'by' || !terms[index - 1]?.tags.has('Verb') || terms[index - 1].tags.has('Gerund')) return false;
  const head = phraseHead(terms, index + 1);
  return head > index && isPerson(terms, head);
}

/** "the regional fundraiser, who cut it to one page": "who" after a noun makes it a person, the subject of the clause. */
function relativeSubject(terms: readonly GrammarTerm[], index: number): boolean {
  if (terms[index].word !== 'who' || index === 0) return false;
  const before = terms[index - 1];
  let verb = index + 1;
  while (verb < terms.length && SKIPPED_BEFORE_VERB.some((tag) => terms[verb].tags.has(tag))) verb++;
  const act = terms[verb];
  return before.tags.has('Noun') && !before.tags.has('Pronoun') && act !== undefined && act.tags.has('Verb') && !act.tags.has('Copula') && !act.tags.has('Auxiliary');
}

// "relied on the stock controller", "leaned on our buyer", "turned to the night nurse".
const RELY = /^(?:rel(?:y|ies|ied|ying)|count(?:s|ed|ing)?|lean(?:s|ed|t|ing)?|call(?:s|ed|ing)?|dr[ae]w(?:s|n|ing)?|turn(?:s|ed|ing)?|depend(?:s|ed|ing)?)$/;

/** The writer relying on someone: "I relied on the stock controller for the reconciliation". */
function reliesOn(terms: readonly GrammarTerm[], index: number): boolean {
  if (!RELY.test(terms[index].word)) return false;
  // "leaned heavily on our analyst".
  let at = index + 1;
  while (terms[at]?.tags.has('Adverb') && !terms[at].tags.has('Preposition')) at++;
  const particle = terms[at]?.word;
  if (!(particle === 'on' || particle === 'upon' || (particle === 'to' && /^turn/.test(terms[index].word)))) return false;
  const head = phraseHead(terms, at + 1);
  return head > at && isPerson(terms, head);
}

// Verbs that hand work to someone: "handed the chilled aisles to Marta", "split the aisles between three shift leaders".
const HAND = /^(?:hand(?:s|ed|ing)?|assign(?:s|ed|ing)?|delegat\w*|allocat\w*|entrust\w*|outsourc\w*|split(?:s|ting)?|divid\w*|shar(?:e|es|ed|ing)|distribut\w*)$/;
const TO_PEOPLE = new Set(['to', 'between', 'among', 'amongst', 'across']);

/** The writer handing work to others, within the verb's clause (a few words on). */
function handsWorkTo(terms: readonly GrammarTerm[], index: number): boolean {
  if (!HAND.test(terms[index].word)) return false;
  for (let at = index + 1; at < Math.min(terms.length, index + 8); at++) {
    // "day-to-day running" is one word to the writer.
    if (terms[at].tags.has('Hyphenated')) continue;
    if (terms[at].tags.has('Verb') || terms[at].tags.has('Conjunction')) return false;
    if (!TO_PEOPLE.has(terms[at].word)) continue;
    const head = phraseHead(terms, at + 1);
    return head > at && isPerson(terms, head);
  }
  return false;
}

// Verbs of working through people: "coordinated the four shift managers", "recruited two students", "brought in an agency temp".
const LEAD = /^(?:led|lead(?:s|ing)?|coordinat\w*|manag(?:e|es|ed|ing)|supervis\w*|mentor\w*|coach(?:es|ed|ing)?|train(?:s|ed|ing)?|recruit\w*|hir(?:e|es|ed|ing)|enlist\w*|mobilis\w*|mobiliz\w*|rall(?:y|ies|ied|ying)|direct(?:s|ed|ing)?|assembl\w*|convene\w*|convened|involv\w*|engag(?:e|es|ed|ing)|brief(?:s|ed|ing)?|deploy\w*|second(?:ed|ing)|borrow\w*|br(?:ing|ings|ought)|rop(?:e|es|ed|ing)|draft(?:s|ed|ing)?|pull(?:s|ed|ing)?)$/;
// Verbs that make anyone a helper, even people the work serves ("recruited two parents").
const MAKES_HELPERS = /^(?:recruit|hir|enlist|br|rop|draft|pull|borrow|second|mobilis|mobiliz)/;
// Bring, rope, draft and pull take people only with "in": "brought in an agency temp", "pulled in two engineers".
const NEEDS_IN = /^(?:br|rop|draft|pull)/;
// People the work serves: leading, training or briefing them is the job, not teamwork.
const SERVED_SUBJECT = /^(?:customers?|clients?|patients?|donors?|users?|famil(?:y|ies)|residents?|passengers?|guests?|subscribers?|consumers?|shoppers?|visitors?|callers?|tenants?|citizens?|applicants?|buyers?|readers?|viewers?|audiences?|investors?|shareholders?|public|diners?|travell?ers?|motorists?|commuters?|claimants?|borrowers?|policyholders?|members of the public)$/;
const SERVED = /^(?:customers?|clients?|patients?|donors?|users?|famil(?:y|ies)|parents?|residents?|passengers?|guests?|members?|subscribers?|consumers?|shoppers?|visitors?|callers?|tenants?|citizens?|applicants?|buyers?|readers?|viewers?|audiences?|pupils?|students?|learners?|children|kids|investors?|shareholders?|board|boards|public)$/;

/** The writer working through people: leading, training, recruiting or bringing them in. */
function leadsPeople(terms: readonly GrammarTerm[], index: number): boolean {
  const word = terms[index].word;
  if (!LEAD.test(word)) return false;
  let from = index + 1;
  if (NEEDS_IN.test(word)) {
    if (terms[from]?.word !== 'in') return false;
    from++;
  }
  const head = phraseHead(terms, from);
  if (head < from) return false;
  const phrase = terms.slice(from, head + 1);
  const people = isPerson(terms, head) || (NEEDS_IN.test(word) && phrase.some((term) => term.tags.has('Party') || term.tags.has('Actor')));
  return people && (MAKES_HELPERS.test(word) || !SERVED.test(terms[head].word));
}
