import { storyAnchor } from '../fix/edits';
import { actorOf, isSubject } from './clauses';
import type { GrammarTerm } from '../text/grammar';
import type { Sentence } from '../text/prose';
import { sentencesIn, type RuleContext, type Rule } from './rule';

// "we", "us", "together": the writer acting with others. "our" alone credits no one ("our onboarding").
const WITH_OTHERS = /\b(?:(?:with|beside|alongside) me|we|we['’](?:ve|re|d|ll)|us|together|jointly|alongside|collaborat\w*|partnered|paired|teamed|co-?(?:led|wrote|authored|designed|founded|ran|owned|presented|hosted|organised|organized|developed))\b/i;
// Someone else's contribution: "with help from our contractor", "their suggestion became the plan".
const THEIR_PART =
  /\b(?:help|support|advice|input|ideas?|suggestions?|feedback|guidance|expertise) (?:from|of) (?!me\b|my own\b)|\b(?:their|his|her) (?:\w+ )?(?:suggestions?|ideas?|proposals?|input|help|advice|support|designs?|analysis|feedback|contributions?|expertise|work)\b/i;
// Shorter stories are quick notes: who helped is usually left for the telling.
const MIN_WORDS = 25;
// The team by name, in any role: "I coached my team", "presented to the team" — someone else is in the story.
const TEAM = /\b(?:team|teams|squad|squads|crew|crews|colleagues?|co-?workers?|teammates?|peers|staff|volunteers|direct reports|my reports)\b/i;
// People by the shape of the word: the herdsman, two sub-editors, our dispatchers, the scientists.
const HUMAN_SHAPE = /(?:man|men|woman|women|person|people|folks?|ists|ians|eers|ees|ers|ors|ants|ents)$/;
const NOT_HUMAN = /^(?:orders|numbers|users|others|layers|servers|containers|clusters|centers|centres|filters|headers|errors|factors|sectors|vectors|monitors|members|questions|parameters|documents|components|elements|events|agreements|requirements|payments|investments|improvements|statements|segments|results|products|contents|percents|intents|moments|comments|patients|clients|customers|consumers|producers|totals|materials|chapters|letters|matters|registers|markers|buffers|lists|cents|tests|costs|times|changeovers|handovers|turnovers|takeovers|rollovers|leftovers|covers|transfers|offers|answers|powers|meters|printers|computers|trailers|lockers|vouchers|stickers|posters|folders|timers|scanners|routers|sensors|monitors|motors|reactors|elevators|indicators|calculators|simulators|descriptors|identifiers|parsers|handlers|loaders|drivers|adapters|wrappers|helpers|brokers|schedulers)$/;
const POSSESSION = new Set(['have', 'has', 'had', 'having', 'own', 'owned', 'hold', 'held', 'lack', 'lacked', 'need', 'needed', 'want', 'wanted', 'get', 'got', 'receive', 'received']);

// Party words that more often name a thing: "six chairs", "side by side", "weekly reports".
const AMBIGUOUS = new Set(['chair', 'chairs', 'side', 'sides', 'report', 'reports', 'head', 'heads', 'office', 'offices', 'board', 'boards', 'lead', 'leads', 'hire', 'hires', 'platform', 'accounts', 'infrastructure', 'infra', 'panel', 'panels', 'org', 'security', 'operations', 'ops',
  // The organisation itself is the setting, not a colleague: "the restaurant group paid 1.9%".
  'group', 'groups', 'company', 'companies', 'firm', 'business', 'organisation', 'organization', 'agency', 'trust', 'chain']);

/** Whether a term names a person or a group of people other than the writer. */
function isPerson(terms: readonly GrammarTerm[], index: number): boolean {
  const term = terms[index];
  if (actorOf(term) === 'other' && !AMBIGUOUS.has(term.word)) return !/^(?:they|someone|somebody|everyone|nobody|anyone)$/.test(term.word);
  if (AMBIGUOUS.has(term.word) || term.tags.has('Possessive')) return false;
  if (!term.tags.has('Noun') || term.tags.has('Pronoun')) return false;
  if (term.tags.has('Actor') && !terms[index + 1]?.tags.has('Noun')) return true;
  return term.word.length > 4 && HUMAN_SHAPE.test(term.word) && !NOT_HUMAN.test(term.word) && (term.tags.has('Plural') || /(?:man|woman|person)$/.test(term.word));
}

/** Whether a name stands in apposition: "Gita, the ground-handling supervisor, …". */
function namedInApposition(text: string): boolean {
  return /(?:^|[^.!?]\s)[A-Z][a-z]+,\s+(?:the|our|my|a|an|their|his|her)\s+[\w\s-]{2,40}?,/.test(text);
}

/**
 * Someone else acts in the sentence: a person or group as the subject of an action verb
 * ("finance checked every figure", "our vet designed…"), or the writer's partner in the work
 * ("with two analysts", "my team of six", "Priya and I").
 */
function creditsOthers(sentence: Sentence, context: RuleContext): boolean {
  if (WITH_OTHERS.test(sentence.text) || THEIR_PART.test(sentence.text) || namedInApposition(sentence.text)) return true;
  const analysis = context.analyze(sentence, 'partner');
  if (!analysis) return false;
  const { terms } = analysis;
  const partners = [...(analysis.matches.get('no-team:partner') ?? []), ...(context.analyze(sentence, 'pair')?.matches.get('no-team:pair') ?? [])];
  if (partners.some((match) => !AMBIGUOUS.has(terms[match.last - 1].word) && !AMBIGUOUS.has(terms[match.first].word))) return true;
  return terms.some((term, index) => {
    // A named person or the team, in any role; not as a modifier ("staff hours", "the crew room").
    const next = terms[index + 1];
    const named = (term.tags.has('Person') || term.tags.has('FirstName')) && /^[A-Z]/.test(sentence.text.slice(term.start, term.end));
    // "an agency of 4,000 staff" sizes the organisation; it names no one who helped.
    const team = TEAM.test(term.word) && !terms[index - 1]?.tags.has('Value');
    if ((named || team) && (!next?.tags.has('Noun') || next.tags.has('ProperNoun'))) return true;
    // "agency spend dropped": a noun compromise read as a verb.
    if (!isVerbOfAction(term) || (next?.tags.has('Verb') && !next.tags.has('Particle') && !next.tags.has('Gerund') && !next.tags.has('Infinitive')) || LEVEL.has(term.word)) return false;
    if (getsOthersToAct(terms, index)) return true;
    const subject = subjectOf(terms, sentence.text, index);
    if (subject < 0 || !isPerson(terms, subject)) return false;
    // "As director I owned…" is the writer in a role; "I told the vendor" has the vendor as object.
    if (terms.slice(Math.max(0, subject - 3), subject).some((before) => before.word === 'as')) return false;
    return isSubject(terms, sentence.text, subject) || quantifiedSubject(terms, sentence.text, subject);
  });
}

// Verbs by which the writer gets others to act: "asked the night shift to…", "had the site managers write…".
const CAUSATIVE = /^(?:recruit|ask|get|got|hire|train|persuad|convinc|enlist|invit|encourag|coach|task|assign|brief|empower|mobilis|mobiliz|rall|allow|enabl|challeng|urg|delegat|commission|appoint|second|lean|rel)/;
const BARE_CAUSATIVE = /^(?:had|have|has|let|lets|made|make|makes|help|helped|helps|watched|saw)$/;

/** "I recruited 12 parents to hear readers", "I had the site managers write…": the writer gets others to act. */
function getsOthersToAct(terms: readonly GrammarTerm[], index: number): boolean {
  const bare = BARE_CAUSATIVE.test(terms[index].word);
  if (!bare && !CAUSATIVE.test(terms[index].word)) return false;
  let at = index + 1;
  while (at < terms.length && NOUN_PHRASE.some((tag) => terms[at].tags.has(tag)) && !terms[at].tags.has('Pronoun')) at++;
  const head = at - 1;
  if (head <= index || !isPerson(terms, head)) return false;
  const after = terms[at];
  return after !== undefined && ((after.word === 'to' && terms[at + 1]?.tags.has('Verb') === true) || (bare && after.tags.has('Verb') && !after.tags.has('Gerund') && !after.tags.has('Copula')));
}

const SKIPPED_BEFORE_VERB = ['Adverb', 'Auxiliary', 'Modal', 'Negative'];
const NOUN_PHRASE = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value'];

/**
 * The head of the subject of the verb at `index`: the noun before it, past adverbs, auxiliaries,
 * a prepositional phrase ("the site managers at each school reprogrammed") or a name in
 * apposition ("our account manager, Dev, rebuilt"). Returns -1 when none.
 */
function subjectOf(terms: readonly GrammarTerm[], text: string, index: number): number {
  let at = index - 1;
  while (at >= 0 && SKIPPED_BEFORE_VERB.some((tag) => terms[at].tags.has(tag))) at--;
  for (let hops = 0; hops < 2 && at >= 0; hops++) {
    // compromise reads some plurals as verbs ("the field engineers re-tilted"): the lexicon knows better.
    if (!(terms[at].tags.has('Noun') || terms[at].tags.has('Party')) || terms[at].tags.has('Pronoun')) return -1;
    let start = at;
    while (start > 0 && NOUN_PHRASE.some((tag) => terms[start - 1].tags.has(tag)) && !terms[start - 1].tags.has('Pronoun') && !/[,;:]/.test(text.slice(terms[start - 1].end, terms[start].start))) start--;
    // "my colleague Pawel rebalanced": a name after a role.
    if (start < at && terms[at].tags.has('ProperNoun') && actorOf(terms[at - 1]) === 'other') return at - 1;
    const before = terms[start - 1];
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

function isVerbOfAction(term: GrammarTerm): boolean {
  return term.tags.has('Verb') && !term.tags.has('Copula') && !term.tags.has('Auxiliary') && !term.tags.has('Gerund') && !term.tags.has('Change') && !POSSESSION.has(term.word);
}


export const noTeam: Rule = {
  id: 'no-team',
  title: 'No one else in the story',
  guideline: 'Highlight teamwork',
  defaultSeverity: 'info',
  summary: 'An achievement in which no one but the writer acts or appears as a colleague: no person or group as the subject of an action verb, no partner ("with", "alongside", "together", "we"), no team or named colleague.',
  fixable: false,
  docs: {
    why: 'Almost nothing at work is done alone, and interviewers know it. A story with nobody else in it reads as either a solo task too small to matter or credit taken from others. Name who you worked with and what they did, then make your own part clear.',
    weak: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nI rebuilt the reporting pipeline, rewrote the dashboards and presented the new numbers to the board.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    strong: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nWith two analysts from finance, I rebuilt the reporting pipeline; I rewrote the dashboards while they validated every figure.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    quietWhen: `Failure stories are not checked, nor stories under ${MIN_WORDS} words (quick notes). Others count anywhere in the story when they are the subject of an action verb ("finance checked every figure", "the site managers at each school reprogrammed…", "our account manager, Dev, rebuilt…"), when they work with you ("with two analysts", "rewrote it with me", "alongside", "together", "we") or when the team or a named colleague appears at all ("I coached my team"). A role of your own ("as director I…"), a count that sizes the organisation ("an agency of 4,000 staff"), a person's thing ("the CFO's forecast showed…"), "our" alone ("our onboarding") and people you served ("phoned the largest donors") credit no one.`,
  },
  queries: {
    partner: { pattern: '(with|helped|help|thanks to|supported by|including) (#Determiner|#Possessive|#Value|#Adjective){0,3} #Noun? (#Party|#Person|#Actor)', needs: [['Party']], onDemand: true },
    pair: { pattern: '((#Party|#Person|#Actor) and (i|me)|(i|me) and (#Determiner|#Possessive)? (#Party|#Person|#Actor))', needs: [['Party']], onDemand: true },
  },
  scope: 'story',
  check(story, context) {
    if (story.kind === 'failure' || context.stories[story.index].words < MIN_WORDS) return;
    const sentences = sentencesIn(context, story);
    if (sentences.length === 0 || context.grammar(sentences[0]) === null) return;
    // Anyone else anywhere in the story will do: "my manager asked for…" in the Situation is a colleague too.
    if (sentences.some((sentence) => creditsOthers(sentence, context))) return;
    context.report({
      span: storyAnchor(context.doc, story),
      message: 'No one else acts in this story: say who you worked with and what they did, then what your own part was.',
    });
  },
};
