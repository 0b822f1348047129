import { storyAnchor } from '../fix/edits';
import type { Rule } from './rule';
import { sentencesIn } from './rule';
import { FOLLOW_THROUGH, LEARNING } from './failure-signals';

export const noFollowThrough: Rule = {
  id: 'no-follow-through',
  title: 'Lesson never applied',
  guideline: 'Show resilience',
  defaultSeverity: 'info',
  summary: 'A failure story states a lesson but never shows it applied since ("since then…", "on the next launch I…").',
  fixable: false,
  docs: {
    why: 'Anyone can say they learned something. What convinces an interviewer is the next time: the launch where you did it differently, the habit you kept. One sentence of follow-through turns a confession into evidence of growth.',
    weak: '## Lessons\nI learned that I need to involve support earlier.',
    strong: '## Lessons\nI learned to involve support earlier. On the next two launches I ran a support walkthrough a week before go-live, and tickets in launch week fell by half.',
    quietWhen: 'Only failure stories that already state a lesson are checked; phrases such as "since then", "now I", "on the next launch" or "I have since…" anywhere in the story count as follow-through.',
  },
  check(context) {
    for (const story of context.doc.stories) {
      if (story.kind !== 'failure') continue;
      const sentences = sentencesIn(context, story);
      const lessons = story.sections.find((section) => section.role === 'star' && section.kinds.includes('lessons'));
      const lessonSentences = sentences.filter((sentence) => sentence.section === 'lessons');
      const statesLesson = lessonSentences.length > 0 || sentences.some((sentence) => LEARNING.test(sentence.text));
      if (!statesLesson || sentences.some((sentence) => FOLLOW_THROUGH.test(sentence.text))) continue;
      context.report({
        span: lessons && lessonSentences.length > 0 ? lessons.nameSpan : storyAnchor(context.doc, story),
        message: 'The lesson is never shown in action: add one sentence on what you did differently since ("On the next launch I…").',
      });
    }
  },
};
