import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

// Other people a story might pin trouble on. Customers and clients are left out: "three customers
// failed to renew" reports a result, it blames no one.
const OTHERS =
  "manager|boss|supervisor|lead|director|vp|ceo|cto|cfo|pm|product manager|project manager|colleague|colleagues|coworker|coworkers|co-worker|co-workers|teammate|teammates|team|vendor|vendors|supplier|suppliers|contractor|contractors|designer|designers|developer|developers|engineer|engineers|qa|tester|testers|stakeholders|leadership|management|department|agency|partner|partners|consultant|consultants|intern|interns|he|she|they|someone|somebody";
const BLAME_PREDICATES =
  "failed to|dropped the ball|refused to|neglected to|forgot to|messed up|screwed up|blew it|let me down|let us down|didn't bother|did not bother|didn't listen|did not listen|didn't deliver|did not deliver|never delivered|didn't tell me|did not tell me|never told me|never told us|didn't tell us|ignored my|ignored our|threw me under the bus|was incompetent|were incompetent|was lazy|were lazy|was useless|were useless|was clueless|were clueless|was unresponsive|were unresponsive|didn't do their job|didn't do his job|didn't do her job";
// "my manager failed to…", "the vendor had dropped the ball": a subject that is someone else, then a blaming verb.
const SUBJECT_THEN_BLAME = new RegExp(
  `(?<![\\p{L}'’])(?:(?:my|our|the|their|his|her|a|one|another|some|other)\\s+(?:[\\p{L}-]+\\s+)?)?(?:${OTHERS})\\s+(?:(?:had|has|have|just|also|completely|totally|simply|then|again)\\s+)?(?:${BLAME_PREDICATES})(?![\\p{L}])`,
  'giu',
);
// Blame without a named subject.
export const BLAME_PHRASES: readonly string[] = [
  'his fault', 'her fault', 'their fault', "the vendor's fault", "my manager's fault", "the team's fault",
  "the client's fault", 'was to blame', 'were to blame', 'blamed it on', 'blame it on', 'because of their mistake',
  'because of his mistake', 'because of her mistake', 'thanks to their mistake', 'thrown under the bus',
  'because of their incompetence', 'because of his incompetence', 'because of her incompetence',
];

export const blamePhrasing: Rule = {
  id: 'blame-phrasing',
  title: 'Blaming others',
  guideline: 'Take ownership',
  defaultSeverity: 'warning',
  summary: 'The trouble is put on other people ("my manager failed to…", "the vendor dropped the ball").',
  fixable: false,
  docs: {
    why: 'Interviewers listen for where you put the cause. Pointing at a manager, a vendor or a teammate — even accurately — makes them wonder what you will say about them later. Say what happened neutrally and spend your words on your own part.',
    weak: 'The migration slipped because my manager failed to get the budget approved in time.',
    strong: 'The migration slipped a quarter: I had not secured budget sign-off before planning the cut-over. I now get sign-off before I publish a date.',
    quietWhen: 'Your own mistakes are ownership, not blame: "I dropped the ball", "because of my decision" and "we failed to" are left alone. Add your own phrases with the `storyCoach.words.blame` setting.',
  },
  check(context) {
    const phrases = [...BLAME_PHRASES, ...context.options.words.blame];
    for (const sentence of context.prose.sentences) {
      const found: Array<{ start: number; end: number; text: string }> = [];
      SUBJECT_THEN_BLAME.lastIndex = 0;
      for (let match = SUBJECT_THEN_BLAME.exec(sentence.text); match; match = SUBJECT_THEN_BLAME.exec(sentence.text)) {
        found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
      }
      for (const match of findPhrases(sentence.text, phrases)) {
        if (!found.some((other) => match.start < other.end && other.start < match.end)) found.push(match);
      }
      for (const match of found) {
        context.report({
          span: { start: sentence.start + match.start, end: sentence.start + match.end },
          message: `"${match.text}" puts the problem on someone else: describe what happened neutrally, then what you did about it.`,
        });
      }
    }
  },
};
