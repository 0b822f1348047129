import type { GrammarTerm } from '../text/grammar';
import { actorOf, ownsIt, predicateSubject } from './clauses';
import { reportPhrases, type Rule } from './rule';


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
    quietWhen: 'Neutral facts about others ("Legal asked for a new clause", "the vendor needed six weeks") and sentences where you own the trouble ("Finance held the budget because I had not sent the case") are left alone, as are your own mistakes ("I dropped the ball"). The coaching lexicon knows parties (roles, departments, vendors, clients, named people) and obstructive predicates by lemma and idiom ("sit on", "drag one\'s feet", "go back on", "keep changing", "never deliver"). Add your own phrases with the `storyCoach.words.blame` setting.',
  },
  queries: {
    obstruct: { pattern: '#Obstruct+', needs: [['Party', 'Obstruct']] },
    neglect: { pattern: '(#Negative|never) (#Adverb|#Auxiliary|#Verb){0,2} #Duty', needs: [['Party', 'Duty']] },
    judge: { pattern: '#Copula (#Adverb|#Negative){0,2} (#Determiner|#Adjective|#Adverb){0,2} #Judgement', needs: [['Party', 'Judgement']] },
    judgedObject: { pattern: '#Verb (#Pronoun|#Determiner|#Possessive|#Noun|#Adjective){1,4} #Judgement', needs: [['Party', 'Judgement']] },
    onUs: { pattern: '#Verb (#Determiner|#Possessive|#Noun|#Adjective){0,3} on (us|me)', needs: [['Party']] },
    cause: { pattern: '(because|thanks|due|owing) (of|to) (#Determiner|#Possessive|#Adjective|#Noun){0,3} #Party', needs: [['Party']] },
    theirFault: { pattern: '(his|her|their) #Blame', needs: [['Blame']] },
    partyFault: { pattern: '#Party #Blame', needs: [['Party', 'Blame']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.blame, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0 || ownsIt(sentence.text)) return;
    const { terms } = grammar;
    const taken: Array<{ start: number; end: number }> = [];
    const report = (start: number, end: number): void => {
      if (taken.some((other) => start < other.end && other.start < end)) return;
      taken.push({ start, end });
      context.report({ span: { start: sentence.start + start, end: sentence.start + end }, message: message(sentence.text.slice(start, end)) });
    };
    // A predicate blames when its subject is someone else: reported from the party to the predicate.
    for (const query of ['obstruct', 'neglect', 'judge', 'judgedObject', 'onUs']) {
      for (const match of context.matches(sentence, query)) {
        const subject = predicateSubject(terms, sentence.text, match.first);
        if (subject < 0 || actorOf(terms[subject]) !== 'other') continue;
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
    for (const query of ['cause', 'theirFault', 'partyFault']) for (const match of context.matches(sentence, query)) report(match.start, match.end);
  },
};
