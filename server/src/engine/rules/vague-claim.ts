import { findFigures, type FigureMatch } from '../text/figures';
import type { GrammarMatch } from '../text/grammar';
import { reportMatches, reportPhrases, type Rule } from './rule';

// Degree adverbs that claim a size on their own, whatever they modify ("greatly improved", "dropped substantially").
const SIZE_ADVERBS = new Set([
  'significantly', 'substantially', 'considerably', 'hugely', 'massively', 'tremendously', 'dramatically', 'vastly',
  'greatly', 'noticeably', 'markedly', 'meaningfully', 'enormously', 'immensely', 'drastically', 'exponentially',
  'radically', 'sharply', 'steeply', 'measurably', 'appreciably', 'materially', 'sizeably', 'sizably',
]);
// Degree adjectives strong enough to make any noun a vague claim ("significant upfront investment").
const SIZE_ADJECTIVES = '(significant|substantial|considerable|huge|massive|tremendous|sizeable|sizable|enormous|immense|dramatic|vast|noticeable|marked|meaningful|drastic|sweeping|outsized|hefty|exponential)';
// A figure after these words dates the claim rather than measuring it: "greatly, within six weeks".
const TIME_BEFORE = /\b(?:within|in|after|over|during|for|before|until|inside|across|since|by|from|to)\s+(?:the\s+)?(?:first|last|next|past|following)?\s*$/i;
const TIME_UNIT = /^\s*(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|sprints?|weekends?|fortnights?)\b/i;

const message = (text: string): string => `"${text}" is vague: say how much or how many — a number, a percentage, or before → after.`;

export const vagueClaim: Rule = {
  id: 'vague-claim',
  title: 'Vague claim',
  guideline: 'Be specific',
  defaultSeverity: 'warning',
  summary: 'A degree word with an impact noun or a comparative ("a sizeable uplift", "noticeably quicker", "greatly improved"), or a vague quantity ("various", "a lot of"), with no figure that backs it.',
  fixable: false,
  options: [{ kind: 'words', key: 'vague', lexiconClass: 'Vague', description: 'Extra vague phrases for `vague-claim`, added to what the rule finds.' }],
  docs: {
    why: '"Significantly" asks the interviewer to take your word for it. Senior interviewers probe every vague claim ("how significant?"), and an answer you have to reconstruct on the spot sounds less sure than one you gave up front.',
    weak: 'The redesign brought a sizeable drop in support load, and releases became noticeably quicker across various teams.',
    strong: 'The redesign cut support tickets by 35% for the three teams that owned checkout, and releases went from weekly to daily.',
    quietWhen: 'A figure that measures the claim silences it ("significantly, from 12 to 3 days"); a figure that only dates it does not ("greatly, within six weeks"). Degree words that measure nothing ("a big customer", "really late") are left alone. Notes sections, comments and metadata are never checked. Add your own phrases with the `storyCoach.words.vague` setting.',
  },
  queries: {
    sizedImpact: { pattern: '(#Degree|#Intensifier) (#Adjective|#Adverb|#Noun){0,2} #Impact', needs: [['Degree', 'Impact'], ['Intensifier', 'Impact']] },
    sizedNoun: { pattern: `${SIZE_ADJECTIVES} (#Adjective|#Noun){0,2} #Noun`, needs: [['Degree']] },
    comparative: { pattern: '(#Degree|#Intensifier) #Adverb? #Comparative', needs: [['Degree'], ['Intensifier', 'Impact']] },
    moreAdjective: { pattern: '(#Degree|#Intensifier) #Adverb? (more|less) #Adjective', needs: [['Degree'], ['Intensifier', 'Impact']] },
    sizeAdverb: { pattern: '#Degree', needs: [['Degree']] },
    quantity: { pattern: '#Vague+', needs: [['Vague']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.vague, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    const backing = findFigures(sentence.text).filter((figure) => !datesOnly(sentence.text, figure));
    if (backing.length > 0) return;
    const first = (match: GrammarMatch) => grammar.terms[match.first];
    reportMatches(
      sentence,
      context,
      ['quantity', 'sizedImpact', 'sizedNoun', 'comparative', 'moreAdjective', 'sizeAdverb'],
      message,
      (match, query) => {
        // "was not a big success" denies the claim rather than inflating it.
        if (grammar.terms.slice(Math.max(0, match.first - 2), match.first).some((term) => term.tags.has('Negative'))) return false;
        if (query === 'sizeAdverb') return SIZE_ADVERBS.has(first(match).word);
        if (query === 'sizedNoun') return !grammar.terms.slice(match.first, match.last).some((term) => term.tags.has('Party') || term.tags.has('Pronoun'));
        return true;
      },
    );
  },
};

function datesOnly(text: string, figure: FigureMatch): boolean {
  if (!TIME_BEFORE.test(text.slice(0, figure.start))) return false;
  return TIME_UNIT.test(text.slice(figure.end)) || /(?:day|week|month|quarter|year|hour|sprint)s?$/i.test(figure.text);
}
