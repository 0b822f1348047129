import type { GrammarTerm } from '../text/grammar';
import { actorOf, ownsIt, predicateSubject } from './clauses';
import { reportPhrases, type Rule } from './rule';


// Credit given to the other side in the same sentence: "the nurses pushed back, and they were right".
const FAIR = /\b(?:they|he|she|it) (?:was|were|had been) (?:right|correct|justified)\b|\b(?:rightly|fairly|reasonably|understandably|to be fair|fair enough|quite right)\b/i;

// Verbs of handing work over: an adjective on what was handed over judges the party's work.
const DELIVERED = /^(?:hand|handed|hands|deliver|delivered|delivers|send|sent|sends|give|gave|given|gives|ship|shipped|supply|supplied|provide|provided|produce|produced|submit|submitted|return|returned|push|pushed|release|released|leave|left|write|wrote|written|deploy|deployed|roll|rolled|issue|issued|publish|published|install|installed|merge|merged|upload|uploaded|file|filed|build|built|introduce|introduced|make|made)$/;
// The writer acting in the main clause: ", I switched…", ", so I called…".
const WRITER_ACTS = /[,;]\s*(?:so\s+|and\s+)?(?:I|we)\s+(?:\w+ly\s+)?(?!(?:was|were|had to|could not|couldn['’]t|lost|missed|ate|never)\b)\w+/i;

/** Whether the predicate at `index` is a passive or a state ("was broken", "got delayed"), not a deed. */
function suffered(terms: readonly GrammarTerm[], index: number): boolean {
  if (terms[index].word.endsWith('ing')) return false;
  let at = index - 1;
  while (at >= 0 && (terms[at].tags.has('Adverb') || terms[at].tags.has('Negative'))) at--;
  return at >= 0 && (terms[at].tags.has('Copula') || /^(?:get|gets|got|gotten|getting|been|being)$/.test(terms[at].word));
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
    quietWhen: 'Neutral facts about others ("Legal asked for a new clause", "the vendor needed six weeks"), passives that happen to a party ("Finance was hit by the same delay"), credit to the other side ("they pushed back, and they were right") and sentences where you own the trouble ("Finance held the budget because I had not sent the case") are left alone, as are your own mistakes ("I dropped the ball"). The coaching lexicon knows parties (roles, departments, public bodies, firms, clients, and names compromise tags as people or organisations) and obstructive predicates by lemma and idiom ("sit on", "drag one\'s feet", "string us along", "let the licence lapse", "would not sign", "never delivered"), judgements ("hopeless", "a shambles") and causes ("thanks to the agency", "it came down to Legal", "we slipped because the auditors…"). Add your own phrases with the `storyCoach.words.blame` setting.',
  },
  queries: {
    // A capitalised word inside a sentence also passes the Party prefilter (a name compromise may tag #Person, #Organization).
    obstruct: { pattern: '#Obstruct+', needs: [['Party', 'Obstruct']] },
    neglect: { pattern: '(#Negative|never) (#Adverb|#Auxiliary|#Verb){0,2} #Duty+', needs: [['Party', 'Duty', 'Negation']] },
    // "would not staff", "won't sign": refusal, when someone else is the subject.
    refuse: { pattern: '(would|will) #Negative #Adverb? #Verb', needs: [['Party', 'Negation']] },
    judge: { pattern: '#Copula (#Adverb|#Negative){0,2} (#Determiner|#Adjective|#Adverb){0,2} #Judgement', needs: [['Party', 'Judgement']] },
    // compromise reads some plural nouns as verbs ("delivered the migration scripts late").
    judgedObject: { pattern: '#Verb (#Pronoun|#Determiner|#Possessive|#Noun|#Adjective|#Particle|#Preposition|#PresentTense){1,4} (#Judgement|#Shoddy)', needs: [['Party', 'Judgement'], ['Party', 'Shoddy']] },
    // "We slipped a quarter because the security team took two months": a causal clause pins the setback on them.
    causal: { pattern: '(because|since) (#Determiner|#Possessive|#Adjective|#Noun){0,3} (#Party|#Person|#Organization) (#Adverb|#Auxiliary|#Negative){0,2} #Verb', needs: [['Party', 'Setback']] },
    // "the vendor pushed out a release that broke our integrations": what they handed over did the damage.
    deliverable: { pattern: '#Verb (#Particle|out|up|through|over)? (#Determiner|#Possessive|#Adjective|#Noun){1,4} (that|which) #Adverb? (#Obstruct|#Fault)', needs: [['Party', 'Obstruct'], ['Party', 'Fault']] },
    // "the night shift packed orders without scanning them": a check skipped, by someone else.
    skipped: { pattern: 'without (#Adverb|#Determiner)? #DutyDone', needs: [['Party', 'DutyDone']] },
    onUs: { pattern: '#Verb (#Determiner|#Possessive|#Noun|#Adjective){0,3} on (us|me)', needs: [['Party']] },
    cause: { pattern: '#Cause+ (#Determiner|#Possessive|#Adjective|#Noun){0,3} (#Party|#Person|#Organization|#ProperNoun)', needs: [['Cause']] },
    theirFault: { pattern: '(his|her|their) #Blame', needs: [['Blame']] },
    partyFault: { pattern: '#Party #Possessive? #Blame', needs: [['Party', 'Blame']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.blame, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0 || ownsIt(sentence.text) || FAIR.test(sentence.text)) return;
    const { terms } = grammar;
    const taken: Array<{ start: number; end: number }> = [];
    const report = (start: number, end: number): void => {
      if (taken.some((other) => start < other.end && other.start < end)) return;
      taken.push({ start, end });
      context.report({ span: { start: sentence.start + start, end: sentence.start + end }, message: message(sentence.text.slice(start, end)) });
    };
    // A predicate blames when its subject is someone else: reported from the party to the predicate.
    for (const query of ['obstruct', 'neglect', 'refuse', 'judge', 'judgedObject', 'onUs', 'deliverable', 'skipped']) {
      for (const match of context.matches(sentence, query)) {
        // "would not have known", "will not be ready": a hypothesis or a state, not a refusal.
        // "they did nothing wrong", "was never a problem": a judgement denied.
        if ((query === 'judge' || query === 'judgedObject') && terms.slice(match.first, match.last).some((term) => /^(?:nothing|not|never|no)$/.test(term.word))) continue;
        // "sales was broken", "the vendor was delayed": the party suffered the predicate, not did it.
        if ((query === 'obstruct' || query === 'judgedObject') && suffered(terms, match.first)) continue;
        if (query === 'neglect' && suffered(terms, match.last - 1)) continue;
        // A single obstructive word read as a noun ("causing DB overload") is no predicate.
        if (query === 'obstruct' && match.last - match.first === 1 && !terms[match.first].tags.has('Verb')) continue;
        if (query === 'refuse' && /^(?:have|be|need|matter|work|fit|last|happen|arrive|come)$/.test(terms[match.last - 1].word)) continue;
        // "cited the late report", "a notice of poor performance": an adjective before its noun judges a thing.
        // What they handed over is theirs, though: "the data team handed us a stale extract".
        if ((query === 'judgedObject' && terms[match.last]?.tags.has('Noun')) || query === 'deliverable') {
          if (!DELIVERED.test(terms[match.first].word)) continue;
        }
        // "without a check" is a thing; "without checking" a step skipped.
        if (query === 'skipped' && !terms[match.last - 1].word.endsWith('ing')) continue;
        // "our pharmacists sat on each ward", "she sits on the board": sitting on a place or a body, not on a request.
        if (query === 'obstruct' && /^(?:sit|sat|sits|sitting)$/.test(terms[match.first].word) && (/^(?:each|every)$/.test(terms[match.last]?.word ?? '') || terms.slice(match.last, match.last + 3).some((term) => /^(?:board|committee|panel|ward|floor|council|bench|site)$/.test(term.word)))) continue;
        // "when the supplier failed, I switched volume within 48 hours": context for what the writer did.
        if (WRITER_ACTS.test(sentence.text.slice(match.end)) && /\b(?:when|after|once|if|as soon as)\b[^,;]*$/i.test(sentence.text.slice(0, match.start))) continue;
        const subject = predicateSubject(terms, sentence.text, match.first);
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
    for (const match of context.matches(sentence, 'cause')) {
      if (setback || /\b(?:root|cause|blame|came|come|comes|boil\w*)\b/i.test(sentence.text.slice(match.start, match.end))) report(match.start, match.end);
    }
    // "their mistake", "the vendor's delays": a fault that is theirs, as a subject or a complement, not "I walked through his mistakes".
    for (const query of ['theirFault', 'partyFault']) {
      for (const match of context.matches(sentence, query)) {
        const before = terms[match.first - 1];
        const after = terms[match.last];
        const standsAlone = !before || before.tags.has('Copula') || /^(?:and|but|so|because|of|to|with)$/.test(before.word) || /[,;:]/.test(sentence.text.slice(before.end, terms[match.first].start));
        // "printer faults" is a kind of fault; "the printer's faults" are theirs.
        const possessed = query === 'theirFault' || /['’]s?$/.test(sentence.text.slice(terms[match.first].start, terms[match.last - 2]?.end ?? terms[match.first].end)) || terms[match.first].tags.has('Possessive');
        if (possessed && standsAlone && !(after?.tags.has('Noun') && !after.tags.has('Pronoun'))) report(match.start, match.end);
      }
    }
    // A causal clause after a setback of ours ("we slipped the go-live because the security team took two months"),
    // or before it ("Because the architects could not decide, the programme slid five weeks").
    for (const match of context.matches(sentence, 'causal')) {
      const opening = match.first === 0 || /[,;:]\s*$/.test(sentence.text.slice(0, match.start));
      const setbackBefore = terms.slice(0, match.first).some((term) => term.tags.has('Setback')) || (opening && terms.slice(match.last).some((term) => term.tags.has('Setback')));
      const verb = terms[match.last - 1];
      if (setbackBefore && !verb.tags.has('Copula') && !/^(?:asked|wanted|needed|said|told|agreed|decided|approved|chose|requested)$/.test(verb.word)) report(match.start, match.end);
    }
  },
};
