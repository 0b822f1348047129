import { findFigures } from '../text/figures';
import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const VAGUE_PHRASES: readonly string[] = [
  'significantly', 'significant improvement', 'significant improvements', 'significant increase',
  'significant reduction', 'significant impact', 'significant savings', 'significant growth', 'significant gains',
  'significant revenue', 'significant cost savings', 'significant boost', 'significant decrease', 'significant drop',
  'a significant amount', 'a lot of', 'lots of', 'tons of', 'a bunch of', 'huge impact', 'huge improvement',
  'huge success', 'huge difference', 'massive impact', 'massive improvement', 'massively', 'tremendous',
  'tremendously', 'greatly', 'dramatically', 'substantially', 'considerably', 'vastly', 'hugely',
  'improved things', 'made things better', 'made a big difference', 'big impact', 'big improvement',
  'various', 'numerous', 'countless', 'very successful', 'really successful', 'a big success', 'much better',
  'much faster', 'way faster', 'way better', 'a great deal',
];

export const vagueClaim: Rule = {
  id: 'vague-claim',
  title: 'Vague claim',
  guideline: 'Be specific',
  defaultSeverity: 'warning',
  summary: 'A vague quantity or impact ("significantly", "a lot of", "various", "huge impact") with no figure in the same sentence.',
  fixable: false,
  docs: {
    why: '"Significantly" asks the interviewer to take your word for it. Senior interviewers probe every vague claim ("how significant?"), and an answer you have to reconstruct on the spot sounds less sure than one you gave up front.',
    weak: 'The redesign significantly reduced support load across various teams.',
    strong: 'The redesign cut support tickets by 35% for the three teams that owned checkout.',
    quietWhen: 'The sentence also carries a figure ("significantly, from 12 to 3 days"): the claim is backed. Notes sections, comments and metadata are never checked. Add your own phrases with the `storyCoach.words.vague` setting.',
  },
  check(context) {
    const phrases = [...VAGUE_PHRASES, ...context.options.words.vague];
    for (const sentence of context.prose.sentences) {
      const matches = findPhrases(sentence.text, phrases);
      if (matches.length === 0 || findFigures(sentence.text).length > 0) continue;
      for (const match of matches) {
        context.report({
          span: { start: sentence.start + match.start, end: sentence.start + match.end },
          message: `"${match.text}" is vague: say how much or how many — a number, a percentage, or before → after.`,
        });
      }
    }
  },
};
