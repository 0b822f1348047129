import { storyAnchor } from '../fix/edits';
import type { Rule } from './rule';
import { sentencesIn } from './rule';

const OTHERS =
  /\b(?:we|we['’](?:ve|re|d|ll)|us|our|ours|team|teams|teammates?|colleagues?|co-?workers?|together|partnered|partners?|collaborat\w*|peers?|engineers|developers|designers|analysts|stakeholders|customers?|clients?|users|manager|managers|senior|seniors|recruiter|developer|engineer|designer|analyst|colleague|boss|professionals|mentor\w*|mentee\w*|squad|squads|department|group|people|staff|hired|recruited|they|them|their|he|she|him|her|everyone|each other|director|vp|ceo|cto|leadership|direct reports|volunteers|community|audience|members?|family|wife|husband|friends?)\b/i;
// Shorter stories are quick notes: who helped is usually left for the telling.
const MIN_WORDS = 80;

export const noTeam: Rule = {
  id: 'no-team',
  title: 'No one else in the story',
  guideline: 'Highlight teamwork',
  defaultSeverity: 'info',
  summary: 'An achievement credits no one else at all: no team, colleague, customer or "we".',
  fixable: false,
  docs: {
    why: 'Almost nothing at work is done alone, and interviewers know it. A story with nobody else in it reads as either a solo task too small to matter or credit taken from others. Name who you worked with and what they did, then make your own part clear.',
    weak: 'I rebuilt the reporting pipeline, rewrote the dashboards and cut the nightly run from six hours to forty minutes.',
    strong: 'With two analysts from finance, I rebuilt the reporting pipeline; I rewrote the dashboards while they validated every figure, and the nightly run fell from six hours to forty minutes.',
    quietWhen: `Failure stories are not checked, nor stories under ${MIN_WORDS} words (quick notes). Any mention of other people counts: "we", "team", "colleagues", "customers", a role such as "the CTO".`,
  },
  check(context) {
    for (const story of context.doc.stories) {
      if (story.kind === 'failure' || context.stories[story.index].words < MIN_WORDS) continue;
      if (sentencesIn(context, story).some((sentence) => OTHERS.test(sentence.text))) continue;
      context.report({
        span: storyAnchor(context.doc, story),
        message: 'No one else appears in this story: say who you worked with, then what your own part was.',
      });
    }
  },
};
