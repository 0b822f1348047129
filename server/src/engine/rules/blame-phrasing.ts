import type { GrammarTerm } from '../text/grammar';
import { actorOf, isSubject, ownsIt, predicateSubject } from './clauses';
import { reportPhrases, type Rule } from './rule';


// Credit given to the other side in the same sentence: "the nurses pushed back, and they were right".
// A change for a reason is no whim: "changed the scope after new customer research".
const FAIR = /\b(?:they|he|she|it) (?:was|were|had been) (?:right|correct|justified)\b|\b(?:rightly|fairly|reasonably|understandably|to be fair|fair enough|quite right)\b|\b(?:after|following|in light of|based on|in response to) (?:the |some )?(?:new|fresh|latest|updated|further)? ?(?:customer |user |market |clinical |test |pilot |audit )?(?:research|evidence|data|feedback|findings|results|guidance|regulations?)\b/i;

// Verbs of handing work over: an adjective on what was handed over judges the party's work.
const DELIVERED = /^(?:hand|handed|hands|handing|deliver|delivered|delivers|delivering|send|sent|sends|sending|give|gave|given|gives|giving|ship|shipped|shipping|supply|supplied|supplying|provide|provided|providing|produce|produced|producing|submit|submitted|submitting|return|returned|push|pushed|pushing|release|released|releasing|leave|left|leaving|write|wrote|written|writing|deploy|deployed|deploying|roll|rolled|rolling|issue|issued|issuing|publish|published|publishing|install|installed|merge|merged|upload|uploaded|file|filed|build|built|building|introduce|introduced|make|made|making|feed|fed|feeding|pass|passed|passing|forward|forwarded|recommend|recommended|propose|proposed|offer|offered)$/;
// The writer acting in the main clause: ", I switched…", ", so I called…".
const WRITER_ACTS = /[,;]\s*(?:so\s+|and\s+)?(?:I|we)\s+(?:\w+ly\s+)?(?!(?:was|were|had to|could not|couldn['’]t|lost|missed|ate|never)\b)\w+/i;

/** Whether the predicate at `index` is a passive or a state ("was broken", "got delayed"), not a deed. */
function suffered(terms: readonly GrammarTerm[], index: number): boolean {
  if (terms[index].word.endsWith('ing')) return false;
  let at = index - 1;
  while (at >= 0 && (terms[at].tags.has('Adverb') || terms[at].tags.has('Negative'))) at--;
  return at >= 0 && (terms[at].tags.has('Copula') || /^(?:get|gets|got|gotten|getting|been|being)$/.test(terms[at].word));
}

const RELATIVE = new Set(['who', 'that', 'which', 'whose']);
// What may stand between a relative word or a subject and the predicate: "who clearly hadn't", "that were".
const VERB_CHAIN = ['Adverb', 'Auxiliary', 'Modal', 'Negative', 'Copula'];

/**
 * The party a predicate at `index` is about: its subject; else, in a relative clause, the
 * antecedent ("a contractor who never turned up", "It was Finance who held it up") or the party
 * that handed the antecedent over ("sent us figures that were riddled with errors"); else a
 * possessive party heading the subject of a judgement ("their supplier's quality control was lax"). -1 when none.
 */
function blamedSubject(terms: readonly GrammarTerm[], text: string, index: number, possessive: boolean): number {
  const subject = predicateSubject(terms, text, index);
  if (subject >= 0) return subject;
  let at = index - 1;
  while (at >= 0 && VERB_CHAIN.some((tag) => terms[at].tags.has(tag)) && !RELATIVE.has(terms[at].word)) at--;
  if (at > 0 && RELATIVE.has(terms[at].word) && terms[at].word !== 'whose') {
    const antecedent = at - 1;
    if (actorOf(terms[antecedent]) === 'other') return antecedent;
    // The antecedent as the object of a verb of handing over: back over its noun phrase to the verb.
    let verb = antecedent;
    while (verb >= 0 && verb > antecedent - 6 && !terms[verb].tags.has('Verb') && ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Pronoun', 'Particle', 'Preposition'].some((tag) => terms[verb].tags.has(tag))) verb--;
    if (verb >= 0 && terms[verb].tags.has('Verb') && DELIVERED.test(terms[verb].word)) return predicateSubject(terms, text, verb);
    return -1;
  }
  // "The supplier's quality control was non-existent": at most three nouns after the possessive party.
  // Only for judgements: "the client's request fell through" says what happened to it, not what they did.
  if (!possessive) return -1;
  let head = at;
  const impliedIs = (term: GrammarTerm): boolean => term.word === 'is' && term.start === term.end;
  while (head >= 0 && head > at - 4 && ((terms[head].tags.has('Noun') || terms[head].tags.has('Adjective')) && !terms[head].tags.has('Pronoun') && !actorOf(terms[head]))) head--;
  // compromise may read "the data team's extract" as "team is extract": the implied "is" marks the possessive.
  const possessed = head >= 0 && (terms[head].tags.has('Possessive') || (impliedIs(terms[head]) && head-- > 0));
  if (possessed && head < at && actorOf(terms[head]) === 'other' && isSubject(terms, text, head)) return head;
  return -1;
}

/** Who the subject at `index` is; "Priya in procurement" is the department's. */
function subjectActor(terms: readonly GrammarTerm[], index: number): ReturnType<typeof actorOf> {
  const actor = actorOf(terms[index]);
  if (actor || !/^(?:in|at|from|on)$/.test(terms[index + 1]?.word ?? '')) return actor;
  return terms[index + 2] ? actorOf(terms[index + 2]) : null;
}

const message = (text: string): string => `"${text}" puts the problem on someone else: describe what happened neutrally, then what you did about it.`;

export const blamePhrasing: Rule = {
  id: 'blame-phrasing',
  title: 'Blaming others',
  guideline: 'Take ownership',
  defaultSeverity: 'warning',
  summary: 'The trouble is put on other people: a colleague, a department or a vendor as the subject of an obstructive or negative predicate ("procurement sat on it", "Legal never replied").',
  fixable: false,
  options: [{ kind: 'words', key: 'blame', lexiconClass: 'Obstruct', description: 'Extra blaming phrases for `blame-phrasing` ("moved the goalposts"), added to what the rule finds.' }],
  docs: {
    why: 'Interviewers listen for where you put the cause. Pointing at a manager, a vendor or another department — even accurately — makes them wonder what you will say about them later. Say what happened neutrally and spend your words on your own part.',
    weak: 'The migration slipped because my manager kept sitting on the budget request, and the vendor dragged its feet.',
    strong: 'The migration slipped a quarter: I had not secured budget sign-off before planning the cut-over. I now get sign-off before I publish a date.',
    quietWhen: 'Neutral facts about others ("Legal asked for a new clause", "the vendor needed six weeks"), passives that happen to a party ("Finance was hit by the same delay"), credit to the other side ("they pushed back, and they were right") and sentences where you own the trouble ("Finance held the budget because I had not sent the case") are left alone, as are your own mistakes ("I dropped the ball"). The coaching lexicon knows parties (roles, departments, public bodies, firms, clients, and names compromise tags as people or organisations) and obstructive predicates by lemma and idiom ("sit on", "drag one\'s feet", "string us along", "let the licence lapse", "would not sign", "never delivered"), judgements ("hopeless", "a shambles") and causes ("thanks to the agency", "it came down to Legal", "we slipped because the auditors…"). The party is found as the subject in any tense, in a reported clause ("I found the previous lead had let it slide"), behind a relative clause ("a contractor who walked off site", "It was Finance who held it up", "sent us figures that were riddled with errors") or as the owner of judged work ("the sales team\'s careless quoting"); a cause may come first ("Because the architects could not decide, the programme slid"). A change made for a reason ("after new customer research") is left alone. Add your own phrases with the `storyCoach.words.blame` setting.',
  },
  queries: {
    // A capitalised word inside a sentence also passes the Party prefilter (a name compromise may tag #Person, #Organization).
    obstruct: { pattern: '#Obstruct+', needs: [['Party', 'Obstruct']] },
    neglect: { pattern: '(#Negative|never) (#Adverb|#Auxiliary|#Verb){0,2} #Duty+', needs: [['Party', 'Duty', 'Negation']] },
    // "would not staff", "won't sign": refusal, when someone else is the subject.
    refuse: { pattern: '(would|will) #Negative #Adverb? #Verb', needs: [['Party', 'Negation']] },
    judge: { pattern: '#Copula (#Adverb|#Negative){0,2} (#Determiner|#Adjective|#Adverb){0,2} #Judgement', needs: [['Party', 'Judgement']] },
    // compromise reads some plural nouns as verbs ("delivered the migration scripts late").
    judgedObject: { pattern: '#Verb (#Pronoun|#Determiner|#Possessive|#Noun|#Adjective|#Particle|#Preposition|#PresentTense|#Value){1,5} (#Judgement|#Shoddy)', needs: [['Party', 'Judgement'], ['Party', 'Shoddy']] },
    // "We slipped a quarter because the security team took two months": a causal clause pins the setback on them.
    causal: { pattern: '(because|since) (#Determiner|#Possessive|#Adjective|#Noun){0,3} (#Party|#Person|#Organization) (#Adverb|#Auxiliary|#Negative){0,2} #Verb', needs: [['Party', 'Setback']] },
    // "the vendor pushed out a release that broke our integrations": what they handed over did the damage.
    deliverable: { pattern: '#Verb (#Particle|out|up|through|over)? (#Determiner|#Possessive|#Adjective|#Noun|#PresentTense|#Value){1,4} (that|which) #Adverb? (#Obstruct|#Fault)', needs: [['Party', 'Obstruct'], ['Party', 'Fault']] },
    // "the night shift packed orders without scanning them": a check skipped, by someone else.
    skipped: { pattern: 'without (#Adverb|#Determiner)? #DutyDone', needs: [['Party', 'DutyDone']] },
    // "Nobody in finance bothered to check", "no one at the agency read it": a party's omission, with nobody as its subject.
    nobodyIn: { pattern: '(nobody|none|no one) (in|at|from|on|of) (#Determiner|#Possessive|#Adjective|#Noun){0,2} (#Party|#Person|#Organization) (#Adverb|#Auxiliary|#Modal){0,2} (bothered|thought|remembered|cared|managed|tried|took|lifted|offered|raised)? to? (#Duty|#Obstruct|#DutyDone)', needs: [['Party', 'Duty'], ['Party', 'Obstruct'], ['Party', 'DutyDone']] },
    // "Procurement left our order sitting in their queue", "left the tickets unanswered".
    leftUndone: { pattern: '(leave|left|leaves|leaving) (#Determiner|#Possessive|#Adjective|#Noun|#Value){1,4} (#Mishap|sitting|languishing|waiting|hanging|gathering)', needs: [['Party', 'Mishap']] },
    // "Marketing promised customers features the product didn't have": a promise someone else must break.
    overpromised: { pattern: '(promised|promise|promises|promising|sold|sell|sells|selling|committed|guaranteed|pitched) (#Pronoun|#Determiner|#Possessive|#Adjective|#Noun|#Value|#PresentTense|to|that|which){1,6} (#Auxiliary|#Modal|#Copula)? (#Negative|never)', needs: [['Party', 'Negation']] },
    // "It was the sales team's careless quoting", "their pointless redlines": a party's work judged.
    // compromise may read the possessive "team's" as "team is": an implied "is" follows.
    partyShoddy: { pattern: '(#Party|his|her|their) is? #Adverb? (#Judgement|#Shoddy) #Noun', needs: [['Party', 'Judgement'], ['Party', 'Shoddy']] },
    // "the board wasn't exactly helpful": help denied, with the party as the subject.
    unhelpful: { pattern: '#Copula (#Negative|never) #Adverb? (helpful|supportive|cooperative|co-operative|responsive|forthcoming|interested|engaged|available|reachable|reliable|competent|prepared|ready|keen|willing|receptive|open|there|around|aligned)', needs: [['Party', 'Negation']] },
    // "The architect was supposed to send the drawings but never did": a commitment broken.
    brokePromise: { pattern: '(supposed|meant|due|expected|promised|agreed|committed|scheduled) to #Verb (#Noun|#Adjective|#Determiner|#Preposition|#Value|#Possessive|#Date|#Adverb|#PresentTense|#PastTense|#Gerund){0,5} (but|yet) #Adverb? (#Negative|never)', needs: [['Party', 'Negation']] },
    // "We were let down by our hosting provider": the writer on the receiving end of their deed.
    passiveBy: { pattern: '(#Copula|got|get|been|being) #Adverb? #Obstruct+ (#Particle|down|up|out)? by (#Determiner|#Possessive|#Adjective|#Noun|#Gerund){0,3} (#Party|#Person|#Organization)', needs: [['Party', 'Obstruct']] },
    // "delivered code that didn't compile": what they handed over failed.
    deliverableFailed: { pattern: '#Verb (#Particle|out|up|through|over)? (#Determiner|#Possessive|#Adjective|#Noun|#PresentTense|#Value){1,4} (that|which) #Adverb? (did|does|do|would|could|was|were|had)? (#Negative|never) #Adverb? #Verb', needs: [['Party', 'Negation']] },
    onUs: { pattern: '#Verb (#Determiner|#Possessive|#Noun|#Adjective){0,3} on (us|me)', needs: [['Party']] },
    cause: { pattern: '#Cause+ (#Determiner|#Possessive|#Adjective|#Noun){0,3} (#Party|#Person|#Organization|#ProperNoun)', needs: [['Cause']] },
    theirFault: { pattern: '(his|her|their) #Blame', needs: [['Blame']] },
    partyFault: { pattern: '#Party #Possessive? #Blame', needs: [['Party', 'Blame']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.blame, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0 || FAIR.test(sentence.text)) return;
    // "We missed the deadline thanks to the bid team's late costings": owning the setback is not owning its cause.
    const causeAfterOwnership = ['cause', 'causal'].some((query) => context.matches(sentence, query).some((match) => !ownsIt(sentence.text.slice(match.start))));
    if (ownsIt(sentence.text) && !causeAfterOwnership) return;
    const owned = ownsIt(sentence.text);
    const { terms } = grammar;
    const taken: Array<{ start: number; end: number }> = [];
    const report = (start: number, end: number): void => {
      if (taken.some((other) => start < other.end && other.start < end)) return;
      taken.push({ start, end });
      context.report({ span: { start: sentence.start + start, end: sentence.start + end }, message: message(sentence.text.slice(start, end)) });
    };
    // A predicate blames when its subject is someone else: reported from the party to the predicate.
    for (const query of owned ? [] : ['obstruct', 'neglect', 'refuse', 'judge', 'judgedObject', 'onUs', 'deliverable', 'skipped', 'leftUndone', 'overpromised', 'unhelpful', 'brokePromise', 'deliverableFailed']) {
      for (const match of context.matches(sentence, query)) {
        // "would not have known", "will not be ready": a hypothesis or a state, not a refusal.
        // "they did nothing wrong", "was never a problem": a judgement denied.
        if ((query === 'judge' || query === 'judgedObject') && terms.slice(match.first, match.last).some((term) => /^(?:nothing|not|never|no)$/.test(term.word))) continue;
        // "sales was broken", "the vendor was delayed": the party suffered the predicate, not did it.
        if ((query === 'obstruct' || query === 'judgedObject') && suffered(terms, match.first)) continue;
        // The duty's first word: "didn't get it" is no passive of "it".
        if (query === 'neglect' && suffered(terms, terms.findIndex((term, at) => at >= match.first && term.tags.has('Duty')))) continue;
        // A single obstructive word read as a noun ("causing DB overload") is no predicate.
        if (query === 'obstruct' && match.last - match.first === 1 && !terms[match.first].tags.has('Verb')) continue;
        if (query === 'refuse' && /^(?:have|be|need|matter|work|fit|last|happen|arrive|come)$/.test(terms[match.last - 1].word)) continue;
        // "cited the late report", "a notice of poor performance": an adjective before its noun judges a thing.
        // What they handed over is theirs, though: "the data team handed us a stale extract".
        // A hyphenated judgement is several terms ("non-existent"): its noun comes after the last of them.
        let judged = match.last;
        while (query === 'judgedObject' && (terms[judged]?.tags.has('Judgement') || terms[judged]?.tags.has('Shoddy'))) judged++;
        const nounAfter = terms[judged]?.tags.has('Noun') && !terms[judged].tags.has('Pronoun') && !/[,;:]/.test(sentence.text.slice(terms[judged - 1].end, terms[judged].start));
        if ((query === 'judgedObject' && nounAfter) || query === 'deliverable' || query === 'deliverableFailed') {
          if (!DELIVERED.test(terms[match.first].word)) continue;
        }
        // "without a check" is a thing; "without checking" a step skipped.
        if (query === 'skipped' && !terms[match.last - 1].word.endsWith('ing')) continue;
        // "our pharmacists sat on each ward", "she sits on the board": sitting on a place or a body, not on a request.
        if (query === 'obstruct' && /^(?:sit|sat|sits|sitting)$/.test(terms[match.first].word) && (/^(?:each|every)$/.test(terms[match.last]?.word ?? '') || terms.slice(match.last, match.last + 3).some((term) => /^(?:board|committee|panel|ward|floor|council|bench|site)$/.test(term.word)))) continue;
        // "when the supplier failed, I switched volume within 48 hours": context for what the writer did.
        if (WRITER_ACTS.test(sentence.text.slice(match.end)) && /\b(?:when|after|once|if|as soon as)\b[^,;]*$/i.test(sentence.text.slice(0, match.start))) continue;
        const subject = blamedSubject(terms, sentence.text, match.first, query === 'judge');
        if (subject < 0 || subjectActor(terms, subject) !== 'other') continue;
        // A capital after a bracket or a colon starts a phrase ("(Avoid blocking tasks)"), not a name.
        if (!terms[subject].tags.has('Party') && !terms[subject].tags.has('Person') && /[([:"“‘'-]\s*$/.test(sentence.text.slice(0, terms[subject].start))) continue;
        // A count before the party ("three customers failed to renew") reports a result.
        if (subject > 0 && terms[subject - 1].tags.has('Value') && !/[,;:]/.test(sentence.text.slice(terms[subject - 1].end, terms[subject].start))) continue;
        // The span starts where the party's noun phrase does ("our payment vendor dropped…").
        let from = subject;
        const qualifies = (term: GrammarTerm): boolean =>
          ['Determiner', 'Possessive', 'Adjective', 'Noun'].some((tag) => term.tags.has(tag)) && !(term.tags.has('Pronoun') && !term.tags.has('Possessive'));
        while (from > 0 && qualifies(terms[from - 1]) && !/[,;:]/.test(sentence.text.slice(terms[from - 1].end, terms[from].start))) from--;
        report(terms[from].start, match.end);
      }
    }
    // "thanks to Tom's work" is credit: a cause blames only with a setback or a fault in the sentence.
    const setback = terms.some((term) => ['Setback', 'Obstruct', 'Judgement', 'Blame', 'Fault'].some((tag) => term.tags.has(tag)));
    if (!owned) for (const match of context.matches(sentence, 'nobodyIn')) report(match.start, match.end);
    // The passive's subject is the writer or theirs ("we were let down", "our launch was derailed"), the party its agent.
    for (const match of owned ? [] : context.matches(sentence, 'passiveBy')) {
      if (/\bdelay/i.test(sentence.text.slice(match.start, match.end))) continue;
      const clause = sentence.text.slice(0, match.start).split(/[,;:]|\b(?:and|but|so|because|when|while|after)\b/i).pop() ?? '';
      if (/\b(?:I|we|us|my|our)\b/i.test(clause)) report(match.start, match.end);
    }
    for (const match of context.matches(sentence, 'cause')) {
      if (ownsIt(sentence.text.slice(match.start))) continue;
      if (setback || /\b(?:root|cause|blame|came|come|comes|boil\w*)\b/i.test(sentence.text.slice(match.start, match.end))) report(match.start, match.end);
    }
    // "their mistake", "the vendor's delays": a fault that is theirs, as a subject or a complement, not "I walked through his mistakes".
    for (const query of owned ? [] : ['theirFault', 'partyFault']) {
      for (const match of context.matches(sentence, query)) {
        const before = terms[match.first - 1];
        const after = terms[match.last];
        const standsAlone = !before || before.tags.has('Copula') || /^(?:and|but|so|because|of|to|with)$/.test(before.word) || /[,;:]/.test(sentence.text.slice(before.end, terms[match.first].start));
        // "printer faults" is a kind of fault; "the printer's faults" are theirs.
        const possessed = query === 'theirFault' || /['’]s?$/.test(sentence.text.slice(terms[match.first].start, terms[match.last - 2]?.end ?? terms[match.first].end)) || terms[match.first].tags.has('Possessive');
        if (possessed && standsAlone && !(after?.tags.has('Noun') && !after.tags.has('Pronoun'))) report(match.start, match.end);
      }
    }
    // "It was the sales team's careless quoting that…", "blame their pointless redlines": judged work that is theirs,
    // standing as a subject or a complement, not "I rewrote their sloppy code".
    for (const match of owned ? [] : context.matches(sentence, 'partyShoddy')) {
      const owner = terms[match.first];
      const impliedIs = terms[match.first + 1]?.word === 'is' && terms[match.first + 1].start === terms[match.first + 1].end;
      if (!owner.tags.has('Possessive') && !impliedIs && !/^(?:his|her|their)$/.test(owner.word)) continue;
      if (terms[match.first + 1]?.word === 'is' && !impliedIs) continue;
      let start = match.first;
      while (start > 0 && ['Determiner', 'Adjective', 'Noun'].some((tag) => terms[start - 1].tags.has(tag)) && !terms[start - 1].tags.has('Pronoun')) start--;
      const before = terms[start - 1];
      const standsAlone = !before || before.tags.has('Copula') || /^(?:and|but|so|because|of|with|by|blame)$/.test(before.word) || /[,;:]/.test(sentence.text.slice(before.end, terms[start].start));
      const after = terms[match.last];
      if (standsAlone && !(after?.tags.has('Noun') && !after.tags.has('Pronoun'))) report(terms[start].start, match.end);
    }
    // A causal clause after a setback of ours ("we slipped the go-live because the security team took two months"),
    // or before it ("Because the architects could not decide, the programme slid five weeks").
    for (const match of context.matches(sentence, 'causal')) {
      if (ownsIt(sentence.text.slice(match.start))) continue;
      const opening = match.first === 0 || /[,;:]\s*$/.test(sentence.text.slice(0, match.start));
      const setbackBefore = terms.slice(0, match.first).some((term) => term.tags.has('Setback')) || (opening && terms.slice(match.last).some((term) => term.tags.has('Setback')));
      const verb = terms[match.last - 1];
      if (setbackBefore && !verb.tags.has('Copula') && !/^(?:asked|wanted|needed|said|told|agreed|decided|approved|chose|requested)$/.test(verb.word)) report(match.start, match.end);
    }
  },
};
