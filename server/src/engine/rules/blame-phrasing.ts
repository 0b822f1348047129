import type { GrammarMatch } from '../text/grammar';
import { isSubject, ownsIt } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

// Between the party and its predicate: a qualifier ("the shift manager on nights", "Sarah in sales") and auxiliaries.
const GAP = '(#Preposition #Noun)? (#Preposition #Determiner #Noun)? (#Adverb|#Auxiliary|#Modal|#Negative){0,3}';

const message = (text: string): string => `"${text}" puts the problem on someone else: describe what happened neutrally, then what you did about it.`;

export const blamePhrasing: Rule = {
  id: 'blame-phrasing',
  title: 'Blaming others',
  guideline: 'Take ownership',
  defaultSeverity: 'warning',
  summary: 'The trouble is put on other people: a colleague, a department or a vendor as the subject of an obstructive or negative predicate ("procurement sat on it", "Legal never replied").',
  fixable: false,
  options: [{ kind: 'words', key: 'blame', description: 'Extra blaming phrases for `blame-phrasing`, added to what the rule finds. Matched literally and case-insensitively as whole words.' }],
  docs: {
    why: 'Interviewers listen for where you put the cause. Pointing at a manager, a vendor or another department — even accurately — makes them wonder what you will say about them later. Say what happened neutrally and spend your words on your own part.',
    weak: 'The migration slipped because my manager kept sitting on the budget request, and the vendor dragged its feet.',
    strong: 'The migration slipped a quarter: I had not secured budget sign-off before planning the cut-over. I now get sign-off before I publish a date.',
    quietWhen: 'Neutral facts about others ("Legal asked for a new clause", "the vendor needed six weeks") and sentences where you own the trouble ("Finance held the budget because I had not sent the case") are left alone, as are your own mistakes ("I dropped the ball"). The coaching lexicon knows parties (roles, departments, vendors, clients, named people) and obstructive predicates by lemma and idiom ("sit on", "drag one\'s feet", "go back on", "keep changing", "never deliver"). Add your own phrases with the `storyCoach.words.blame` setting.',
  },
  queries: {
    obstruct: { pattern: `(#Determiner|#Possessive)? (#Party|#Person)+ ${GAP} #Verb? #Obstruct+`, needs: [['Party', 'Obstruct']] },
    neglect: { pattern: `(#Determiner|#Possessive)? (#Party|#Person)+ ${GAP} (#Negative|never) (#Adverb|#Auxiliary){0,2} #Duty`, needs: [['Party', 'Duty']] },
    judge: { pattern: '(#Determiner|#Possessive)? (#Party|#Person)+ (#Adverb|#Auxiliary|#Modal){0,2} #Copula (#Adverb|#Negative){0,2} (#Determiner|#Adjective|#Adverb){0,2} #Judgement', needs: [['Party', 'Judgement']] },
    cause: { pattern: '(because|thanks|due|owing) (of|to) (#Determiner|#Possessive|#Adjective){0,2} #Party', needs: [['Party']] },
    theirFault: { pattern: '(his|her|their) #Blame', needs: [['Blame']] },
    partyFault: { pattern: '#Party #Blame', needs: [['Party', 'Blame']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.blame, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0 || ownsIt(sentence.text)) return;
    const { terms } = grammar;
    // A party after a verb or a preposition is an object ("I let the client down"), not the one blamed;
    // a count before it ("three customers failed to renew") reports a result.
    // The party itself, after a determiner or possessive the match may start with.
    const partyAt = (match: GrammarMatch): number => (terms[match.first].tags.has('Party') || terms[match.first].tags.has('Person') ? match.first : match.first + 1);
    const blamesSubject = (match: GrammarMatch): boolean =>
      isSubject(terms, sentence.text, partyAt(match)) && !(match.first > 0 && terms[match.first - 1].tags.has('Value') && !/[,;:]/.test(sentence.text.slice(terms[match.first - 1].end, match.start)));
    const subjectQueries = ['obstruct', 'neglect', 'judge'];
    reportMatches(
      sentence,
      context,
      ['obstruct', 'neglect', 'judge', 'cause', 'theirFault', 'partyFault'],
      message,
      (match, query) => !subjectQueries.includes(query) || blamesSubject(match),
    );
  },
};
