import type { Rule } from './rule';
import { sentencesIn } from './rule';

// The group as the actor: "we", "us", "our", or the team as a subject.
const WE =
  /\b(?:we|we['’](?:ve|re|d|ll)|us|our|ours|ourselves)\b|(?:^|[.;]\s*|\band\s+)(?:the|our|my) (?:[\w-]+ ){0,2}(?:team|teams|squad|group|site|department|staff|crew|unit|function|office|workforce)\b(?!['’]s)/i;
// "My team and I ran the cut-over" hides the writer's own part in the group: it is not an act of the writer's alone.
const WITH_THE_GROUP = /\b(?:(?:my|our|the) (?:[\w-]+ )?(?:team|squad|group|colleagues|staff|crew) and (?:I|me)|(?:I|me) and (?:my|our|the) (?:[\w-]+ )?(?:team|squad|group|colleagues|staff|crew))\b/gi;
// The writer as an actor: "I" (case-sensitive: a lowercase "i" is usually a list marker), "me", "myself".
// "my" alone ("my analysts rebuilt…") names no act of the writer's.
const I = /(?<![\p{L}'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]yself)(?![\p{L}'’])/u;
// The writer's own share named as a thing: "my part was the triage rules", "my role was to…", "the design was mine".
// "Mine" ends its clause ("the triage rules were mine"); "the mine" is a pit.
const MY_PART = /\b[Mm]y (?:own )?(?:part|share|role|job|contribution|task|piece|bit|responsibility|remit|brief|work|idea|design|call|decision|proposal|plan)\b|\b(?:was|were|is|are) (?:all )?mine\b/;

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
    quietWhen: 'Only the Action is checked (the whole story when it has no sections), and only when "we", "our" or the team act ("the validation team qualified…") and "I", "me", "myself" or "mine" never appear on their own, nor your own part ("my part was…", "my role was to…"); "my team ran…" and "my team and I ran…" are the group acting, not you. Terse notes with no pronouns ("Rebuilt the pricing engine") are left alone.',
  },
  scope: 'story',
  check(story, context) {
    const action = story.sections.find((section) => section.role === 'star' && section.kinds.includes('action'));
    const freeform = !story.sections.some((section) => section.role === 'star');
    if (!action && !freeform) return;
    const sentences = sentencesIn(context, story, freeform ? undefined : ['action']);
    if (sentences.length === 0) return;
    if (!sentences.some((sentence) => WE.test(sentence.text))) return;
    if (sentences.some((sentence) => I.test(sentence.text.replace(WITH_THE_GROUP, '')) || MY_PART.test(sentence.text))) return;
    context.report({
      span: action ? action.nameSpan : { start: sentences[0].start, end: sentences[0].end },
      message: 'The Action says what "we" did but never what you did: name your own part ("I led…", "I wrote…").',
    });
  },
};
