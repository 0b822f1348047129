import type { Rule } from './rule';
import { sentencesIn } from './rule';

// The group as the actor: "we", "us", "our", or the team as a subject.
const WE = /\b(?:we|we['’](?:ve|re|d|ll)|us|our|ours|ourselves)\b|\b(?:the|our|my) (?:team|squad|group)\b/i;
// The writer as an actor: "I" (case-sensitive: a lowercase "i" is usually a list marker), "me", "myself".
// "my" alone ("my analysts rebuilt…") names no act of the writer's.
const I = /(?<![\p{L}'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]yself)(?![\p{L}'’])/u;

export const weWithoutI: Rule = {
  id: 'we-without-i',
  title: '"We" without "I"',
  guideline: 'Highlight teamwork, but show your role',
  defaultSeverity: 'warning',
  summary: 'The Action says what "we" or the team did and never what "I" did.',
  fixable: false,
  docs: {
    why: 'Interviewers hire you, not your team. "We" is generous and honest about teamwork, but an Action with no "I" leaves them unable to tell what you contributed — and they will assume the least.',
    weak: '## Action\nWe rebuilt the pricing engine, and my team ran the pilot with three customers.',
    strong: '## Action\nI designed the new pricing engine and paired with two engineers to build it; I ran the pilot with three customers myself.',
    quietWhen: 'Only the Action is checked (the whole story when it has no sections), and only when "we", "our" or the team act and "I", "me" or "myself" never appear; "my team ran…" is the team acting, not you. Terse notes with no pronouns ("Rebuilt the pricing engine") are left alone.',
  },
  scope: 'story',
  check(story, context) {
    const action = story.sections.find((section) => section.role === 'star' && section.kinds.includes('action'));
    const freeform = !story.sections.some((section) => section.role === 'star');
    if (!action && !freeform) return;
    const sentences = sentencesIn(context, story, freeform ? undefined : ['action']);
    if (sentences.length === 0) return;
    if (!sentences.some((sentence) => WE.test(sentence.text))) return;
    if (sentences.some((sentence) => I.test(sentence.text))) return;
    context.report({
      span: action ? action.nameSpan : { start: sentences[0].start, end: sentences[0].end },
      message: 'The Action says what "we" did but never what you did: name your own part ("I led…", "I wrote…").',
    });
  },
};
