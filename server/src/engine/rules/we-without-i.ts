import type { Rule } from './rule';
import { sentencesIn } from './rule';

const WE = /\b(?:we|we['’](?:ve|re|d|ll)|us|our|ours|ourselves)\b/i;
// Case-sensitive "I": a lowercase "i" is usually a list marker.
const I = /(?<![\p{L}'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}'’])/u;

export const weWithoutI: Rule = {
  id: 'we-without-i',
  title: '"We" without "I"',
  guideline: 'Highlight teamwork, but show your role',
  defaultSeverity: 'warning',
  summary: 'The Action says what "we" did and never what "I" did.',
  fixable: false,
  docs: {
    why: 'Interviewers hire you, not your team. "We" is generous and honest about teamwork, but an Action with no "I" leaves them unable to tell what you contributed — and they will assume the least.',
    weak: '## Action\nWe rebuilt the pricing engine and we ran the pilot with three customers.',
    strong: '## Action\nI designed the new pricing engine and paired with two engineers to build it; I ran the pilot with three customers myself.',
    quietWhen: 'Only the Action is checked, and only when it uses "we"/"our" and never "I", "me" or "my". Terse notes with no pronouns ("Rebuilt the pricing engine") are left alone.',
  },
  check(context) {
    for (const story of context.doc.stories) {
      const sentences = sentencesIn(context, story, ['action']);
      if (sentences.length === 0) continue;
      if (!sentences.some((sentence) => WE.test(sentence.text))) continue;
      if (sentences.some((sentence) => I.test(sentence.text))) continue;
      const action = story.sections.find((section) => section.role === 'star' && section.kinds.includes('action'));
      if (!action) continue;
      context.report({
        span: action.nameSpan,
        message: 'The Action says what "we" did but never what you did: name your own part ("I led…", "I wrote…").',
      });
    }
  },
};
