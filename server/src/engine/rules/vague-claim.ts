import { claimBacked } from './claim-backing';
import { reportPhrases, type Rule } from './rule';
import type { GrammarMatch } from '../text/grammar';

// Degree adverbs that claim a size on their own, whatever they modify ("greatly improved", "dropped substantially").
const SIZE_ADVERBS = new Set([
  'significantly', 'substantially', 'considerably', 'hugely', 'massively', 'tremendously', 'dramatically', 'vastly',
  'greatly', 'noticeably', 'markedly', 'meaningfully', 'enormously', 'immensely', 'drastically', 'exponentially',
  'radically', 'sharply', 'steeply', 'measurably', 'appreciably', 'materially', 'sizeably', 'sizably', 'profoundly',
  'tangibly', 'palpably', 'astronomically', 'staggeringly', 'perceptibly',
]);
// Degree adjectives strong enough to make any noun a vague claim ("significant upfront investment").
const SIZE_ADJECTIVES =
  '(significant|substantial|considerable|huge|massive|tremendous|sizeable|sizable|enormous|immense|dramatic|vast|noticeable|marked|meaningful|drastic|sweeping|outsized|hefty|exponential|profound|tangible|colossal|whopping|monumental|seismic|staggering|astronomical|mammoth|appreciable)';
// Manner adverbs that size a change when they follow its verb ("grew strongly", "fell fast").
const AFTER_CHANGE = '(strongly|heavily|nicely|handsomely|hugely|vastly|massively|enormously|rapidly|steadily|big|heaps|loads|tons|considerably|sharply|steeply|greatly|seriously|no end)';
// Intensifiers that size a change when they come before its verb ("really improved", "much reduced").
const BEFORE_CHANGE = '(really|much|greatly|vastly|hugely|strongly|seriously|truly|genuinely|massively|heavily|considerably|substantially|significantly|dramatically|drastically|markedly|noticeably|tremendously|enormously|immensely|radically|far|way|so|profoundly|tangibly)';
// Negations that deny the claim rather than inflate it: "was not a big success", "hardly improved".
const DENIAL = new Set(['not', 'never', 'no', 'hardly', 'barely', 'scarcely', 'little']);
const QUERY_ORDER = ['quantity', 'sizedImpact', 'sizedNoun', 'comparative', 'moreAdjective', 'changeSized', 'sizedChange', 'sizeAdverb'];

const message = (text: string): string => `"${text}" is vague: say how much or how many — a number, a percentage, or before → after.`;

export const vagueClaim: Rule = {
  id: 'vague-claim',
  title: 'Vague claim',
  guideline: 'Be specific',
  defaultSeverity: 'warning',
  summary: 'A degree word with an impact noun, a comparative or a verb of change, in any combination ("a sizeable uplift", "noticeably quicker", "rose strongly", "really improved"), a size idiom ("by leaps and bounds", "through the roof") or a vague quantity ("various", "a lot of"), with no figure that backs it.',
  fixable: false,
  options: [{ kind: 'words', key: 'vague', lexiconClass: 'Vague', description: 'Extra vague phrases for `vague-claim`, added to what the rule finds.' }],
  docs: {
    why: '"Significantly" asks the interviewer to take your word for it. Senior interviewers probe every vague claim ("how significant?"), and an answer you have to reconstruct on the spot sounds less sure than one you gave up front.',
    weak: 'The redesign brought a sizeable drop in support load, and releases became noticeably quicker across various teams.',
    strong: 'The redesign cut support tickets by 35% for the three teams that owned checkout, and releases went from weekly to daily.',
    quietWhen: 'A figure silences a claim only when it backs it: in the claim\'s own clause ("rose 30%"), right after it ("fell sharply, from 14% to 8%", "much faster, down from 3 hours to 18 minutes") or after a colon or dash ("real gains: reading age rose by 14 months"). A figure that counts the setting ("across all 12 clinics"), dates the change ("over the next 18 months", "within the first quarter"), says what it cost ("on a budget of £15,000") or belongs to another statement ("…, and the checklist went to 3 other wards") does not. One finding per sentence. Degree words that measure nothing ("a big customer", "really late") and denied claims ("not a big success") are left alone. Notes sections, comments and metadata are never checked. Add your own phrases with the `storyCoach.words.vague` setting.',
  },
  queries: {
    sizedImpact: { pattern: '(#Degree|#Intensifier) (#Adjective|#Adverb|#Noun){0,2} #Impact', needs: [['Degree', 'Impact'], ['Intensifier', 'Impact']] },
    sizedNoun: { pattern: `${SIZE_ADJECTIVES} (#Adjective|#Noun){0,2} #Noun`, needs: [['Degree']] },
    comparative: { pattern: '(#Degree|#Intensifier) #Adverb? #Comparative', needs: [['Degree'], ['Intensifier', 'Impact']] },
    moreAdjective: { pattern: '(#Degree|#Intensifier) #Adverb? (more|less) #Adjective', needs: [['Degree'], ['Intensifier', 'Impact']] },
    changeSized: { pattern: `#Change #Particle? (#Noun|#Determiner|#Possessive|#Adjective){0,3} ${AFTER_CHANGE}`, needs: [['Change', 'Degree'], ['Change', 'Intensifier']] },
    sizedChange: { pattern: `${BEFORE_CHANGE} #Change`, needs: [['Change', 'Degree'], ['Change', 'Intensifier']] },
    sizeAdverb: { pattern: '#Degree', needs: [['Degree']] },
    quantity: { pattern: '#Vague+', needs: [['Vague']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.vague, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    const { terms } = grammar;
    const claims: GrammarMatch[] = [];
    for (const query of QUERY_ORDER) {
      for (const match of context.matches(sentence, query)) {
        if (terms.slice(Math.max(0, match.first - 2), match.first).some((term) => term.tags.has('Negative') || DENIAL.has(term.word))) continue;
        if (query === 'sizeAdverb' && !SIZE_ADVERBS.has(terms[match.first].word)) continue;
        // "I marked the coursework": a degree word read as a verb is no degree word.
        if (terms[match.first].tags.has('Verb') && !terms[match.first].tags.has('Adjective') && query !== 'changeSized' && query !== 'quantity') continue;
        if (query === 'sizedNoun' && terms.slice(match.first, match.last).some((term) => term.tags.has('Party') || term.tags.has('Pronoun'))) continue;
        if (claimBacked(sentence.text, match, terms)) continue;
        claims.push(match);
      }
    }
    if (claims.length === 0) return;
    // One finding per sentence: "paid off significantly" and "a lot of time … a lot of effort" are one vague claim each.
    claims.sort((a, b) => a.start - b.start || b.end - a.end);
    const first = claims[0];
    let end = first.end;
    for (const claim of claims) if (claim.start <= end + 1) end = Math.max(end, claim.end);
    context.report({ span: { start: sentence.start + first.start, end: sentence.start + end }, message: message(sentence.text.slice(first.start, end)) });
  },
};
