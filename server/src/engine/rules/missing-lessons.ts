import { storyAnchor } from '../fix/edits';
import type { Rule } from './rule';
import { sentencesIn } from './rule';
import { LEARNING } from './failure-signals';

export const missingLessons: Rule = {
  id: 'missing-lessons',
  title: 'Failure without a lesson',
  guideline: 'Focus on lessons learned',
  defaultSeverity: 'warning',
  summary: 'A failure story never says what you learned.',
  fixable: false,
  docs: {
    why: 'A failure question is really a question about learning. Interviewers want the insight you took away and proof it changed you; a failure story that ends at the failure leaves them with only the bad part.',
    weak: 'Kind: failure\n…\n## Lessons\nIt was a hard quarter for everyone.',
    strong: 'Kind: failure\n…\n## Lessons\nI learned to test my plan against the people who will run it: a one-hour walkthrough with on-call would have caught the gap.',
    quietWhen: 'Only failure stories (`Kind: failure`) are checked. A story that has STAR sections but no Lessons section is reported by missing-section instead; this rule looks at what the story says, anywhere it is spoken.',
  },
  check(context) {
    for (const story of context.doc.stories) {
      if (story.kind !== 'failure' || context.stories[story.index].words === 0) continue;
      const lessons = story.sections.find((section) => section.role === 'star' && section.kinds.includes('lessons'));
      const hasStarSections = story.sections.some((section) => section.role === 'star');
      if (hasStarSections && !lessons) continue;
      const sentences = sentencesIn(context, story);
      if (sentences.some((sentence) => LEARNING.test(sentence.text))) continue;
      context.report({
        span: lessons ? lessons.nameSpan : storyAnchor(context.doc, story),
        message: 'This failure never says what you learned: name the insight ("I learned to…") and what you now do differently.',
      });
    }
  },
};
