import type { GrammarMatch } from '../text/grammar';
import { reportMatches, reportPhrases, type Rule } from './rule';

// The writer acting after the context ("…before I arrived, so I reviewed the scope"): context, not an excuse.
const ACTS_AFTER =
  /\b(?:so|and|but|then|yet|which is why)\b[^.;]*?\bI\s+(?:\w+ly\s+)?(?!(?:was|were|wasn['’]t|weren['’]t|had|hadn['’]t|could|couldn['’]t|did|didn['’]t|never|am|is|would|should|think|thought|felt|knew|assumed|just|only|simply|got|ended)\b)[a-z]{3,}|\bin my first (?:\w+ )?(?:week|weeks|month|months|days|day)\b[^.;]*\bI\b/i;
// An ownership clause after the excuse takes it back: "…out of my hands, but I should have flagged it".
const OWNED_AFTER = /\b(?:but|though|although|yet|still|even so|that said|in hindsight|looking back)\b[^.!?]*\b(?:I|my)\b[^.!?]*\b(?:should|could have|own|responsib|mistake|fault|on me)|\bI should(?:n['’]t)? have\b/i;

const message = (text: string): string => `"${text}" sounds like an excuse: state the context plainly, then say what you did about it.`;

const KNOWING = new Set(['know', 'knew', 'known', 'aware', 'unaware', 'idea', 'visibility', 'clue']);
const BE = new Set(['was', 'were', 'been', 'be', 'being', 'got', 'get', 'gotten', 'is', 'am', 'are']);

export const excuse: Rule = {
  id: 'excuse',
  title: 'Excuse',
  guideline: "Don't make excuses",
  defaultSeverity: 'warning',
  summary: 'The writer denies agency ("out of my hands", "I had no choice") or information ("nobody told me", "I was never informed").',
  fixable: false,
  options: [{ kind: 'words', key: 'excuses', lexiconClass: 'Excuse', description: 'Extra excuses for `excuse`, added to what the rule finds.' }],
  docs: {
    why: 'The question behind "tell me about a failure" is whether you own outcomes. An excuse answers it the wrong way, however true it is. Give the context plainly, then move to what you did and what you would do differently.',
    weak: 'The launch slipped, but honestly the timing was out of my hands: no one had warned me about the freeze.',
    strong: 'The launch slipped two weeks: I had not checked the release calendar, and I missed the freeze. I now confirm freeze dates with release management before I commit to a date.',
    quietWhen: 'Context you own is not an excuse: an ownership clause after it ("…out of my hands, but I should have raised it sooner") keeps the rule quiet, and so do other people\'s lack of information ("the client was not told"). Add your own phrases with the `storyCoach.words.excuses` setting.',
  },
  queries: {
    frame: { pattern: '#Excuse+', needs: [['Excuse']] },
    untold: { pattern: '(nobody|noone|no one|none of #Pronoun|nobody else) (#Adverb|#Auxiliary|#Modal|#Negative){0,3} #Uninformed', needs: [['Uninformed']] },
    unaware: { pattern: '(i|we) (#Adverb|#Auxiliary|#Copula|#Modal){0,3} (#Negative|never) (#Adverb|#Auxiliary|#Copula|#Verb){0,3} #Uninformed', needs: [['Uninformed']] },
    noIdea: { pattern: '(i|we) (#Adverb|#Auxiliary){0,2} (had|have) no (#Adjective|real)? #Uninformed', needs: [['Uninformed']] },
    unawareAdjective: { pattern: '(i|we) (#Adverb|#Copula){1,3} unaware', needs: [['Uninformed']] },
    nobodyGave: { pattern: '(nobody|noone|no one) (#Adverb|#Auxiliary){0,2} (#Verb) (me|us)', needs: [['Party']] },
    powerless: { pattern: '(i|we) (#Adverb|#Auxiliary|#Modal){0,2} (#Negative|never) (#Adverb){0,1} (have|get|had|got|given) (the|a|any|much|enough)? #Agency', needs: [['Agency']] },
    couldNot: { pattern: '(i|we|nobody|anyone|anybody) (#Adverb){0,1} (could|can|would) (#Negative|never) have (#Adverb){0,1} #Verb', needs: [['Excuse'], ['Uninformed'], ['Party']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.excuses, message);
    const grammar = context.grammar(sentence);
    // "I wasn't told" denies information; "I didn't tell the board" owns an omission. Only knowing
    // ("I didn't know") denies it in the active voice.
    const toldActively = (match: GrammarMatch): boolean => {
      const terms = grammar?.terms.slice(match.first, match.last) ?? [];
      const verb = terms[terms.length - 1]?.word ?? '';
      return !KNOWING.has(verb) && !terms.some((term) => BE.has(term.word));
    };
    reportMatches(
      sentence,
      context,
      ['frame', 'untold', 'unaware', 'noIdea', 'unawareAdjective', 'nobodyGave', 'powerless', 'couldNot'],
      message,
      // "I couldn't have done it without the team" is thanks, not an excuse.
      (match, query) => (query !== 'unaware' || !toldActively(match)) && !OWNED_AFTER.test(sentence.text.slice(match.end)) && !ACTS_AFTER.test(sentence.text.slice(match.end)) && !(query === 'couldNot' && /^\s*(?:\w+\s+){0,3}without\b/i.test(sentence.text.slice(match.end))),
    );
  },
};
