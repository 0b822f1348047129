import { storyAnchor } from '../fix/edits';
import { FOLLOW_THROUGH_QUERY, grammarReady, LEARNED_THAT, statesLesson } from './failure-signals';
import type { Rule } from './rule';

export const missingLessons: Rule = {
  id: 'missing-lessons',
  title: 'Failure without a lesson',
  guideline: 'Focus on lessons learned',
  defaultSeverity: 'warning',
  summary: 'A failure story never says what you learned about your own practice.',
  fixable: false,
  docs: {
    why: 'A failure question is really a question about learning. Interviewers want the insight you took away and proof it changed you; a failure story that ends at the failure leaves them with only the bad part.',
    weak: 'Kind: failure\n## Situation\nI launched the beta before support was ready.\n## Action\nI apologised to each customer.\n## Result\nWe lost two of our twelve accounts.\n## Lessons\nI found out afterwards that the support team had been short-staffed all along.',
    strong: 'Kind: failure\n## Situation\nI launched the beta before support was ready.\n## Action\nI apologised to each customer.\n## Result\nWe lost two of our twelve accounts.\n## Lessons\nI learned to test my plan against the people who will run it: a one-hour walkthrough with support would have caught the gap. On the next launch I ran that walkthrough a week ahead.',
    quietWhen: 'Only failure stories (`Kind: failure`) are checked. A lesson is learning about your own practice ("I learned to…", "I should have…", "next time I…"); news ("I found out that the vendor had…", "I learned that the claims system had been upgraded", "I realised the next day that the forecast had changed"), feelings ("I felt I had let the team down"), "in hindsight, the market was not ready" and "I learned a lot" are not. Without a Lessons section, the lesson may be anywhere in the story (missing-section asks for the section itself); with one, it must be there.',
  },
  queries: { learnedThat: LEARNED_THAT, writerActs: FOLLOW_THROUGH_QUERY },
  scope: 'story',
  kinds: ['failure'],
  check(story, context) {
    if (context.stories[story.index].words === 0 || !grammarReady(story, context)) return;
    const lessons = story.sections.find((section) => section.role === 'star' && section.kinds.includes('lessons'));
    if (statesLesson(story, context)) return;
    context.report({
      span: lessons ? lessons.nameSpan : storyAnchor(context.doc, story),
      message: 'This failure never says what you learned: name the insight about your own practice ("I learned to…") and what you now do differently.',
    });
  },
};
