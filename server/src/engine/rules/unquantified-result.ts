import { hasFigure } from '../text/figures';
import type { Fix } from '../types';
import type { Rule } from './rule';
import { sentencesIn } from './rule';

export const RESULT_PLACEHOLDER = '[by how much?]';
const PLACEHOLDER = /\[[^\]\r\n]{1,80}\?\]/;

export const unquantifiedResult: Rule = {
  id: 'unquantified-result',
  title: 'Result without a figure',
  guideline: 'Be specific',
  defaultSeverity: 'warning',
  summary: 'The Result has no figure: no number, percentage, money, duration or multiple.',
  fixable: true,
  docs: {
    why: 'A result with a number is remembered and believed; "it went well" is forgotten. Interviewers use figures to judge the scale you work at: revenue kept, hours saved, people affected, before and after. Even a rough figure ("about 30%") beats none.',
    weak: '## Result\nThe new onboarding flow was a big improvement and customers were happier.',
    strong: '## Result\nActivation rose from 41% to 58% in six weeks, and onboarding tickets fell by a third.',
    quietWhen: 'Any figure anywhere in the Result counts: digits, percentages, money ($4.1M, €900K), durations ("five weeks"), spelled-out numbers and multiples ("doubled", "3x", "twice as fast"), fractions ("by a third"), changes of frequency ("from weekly to daily") and gaps ("a full day earlier"). Years, quarters and names ("in 2023", "Q3", "Fortune 500") do not. A placeholder you have yet to fill in, such as "[by how much?]", also keeps it quiet: the placeholder itself is the reminder.',
  },
  scope: 'story',
  check(story, context) {
    const sentences = sentencesIn(context, story, ['result']);
    if (sentences.length === 0) return;
    // A figure, or a placeholder such as "[by how much?]" left to be filled in (it stands out on its own).
    if (sentences.some((sentence) => hasFigure(sentence.text) || PLACEHOLDER.test(sentence.text))) return;
    const header = story.sections.find((section) => section.role === 'star' && section.kinds.includes('result'));
    if (!header) return;
    const first = sentences[0];
    // Look-behind: match only from the start of a run of marks (linear on "....…x").
    const closing = /(?<![.!?…])[.!?…]+["'”’)\]]*\s*$/.exec(first.text);
    const insertAt = closing ? first.start + closing.index : first.end;
    const fix: Fix = {
      title: `Insert "${RESULT_PLACEHOLDER}" to fill in the figure`,
      edits: [{ start: insertAt, end: insertAt, newText: ` ${RESULT_PLACEHOLDER}` }],
      safe: false,
      preferred: true,
    };
    context.report({
      span: header.nameSpan,
      message: 'Result has no figure: add what changed, by how much — revenue, %, time saved, people affected.',
      fixes: [fix],
    });
  },
};
