import { storyAnchor } from '../fix/edits';
import { appliesLesson, FOLLOW_THROUGH_QUERY, grammarReady, LEARNED_THAT, statesLesson } from './failure-signals';
import { sentencesIn, type Rule } from './rule';

export const noFollowThrough: Rule = {
  id: 'no-follow-through',
  title: 'Lesson never applied',
  guideline: 'Show resilience',
  defaultSeverity: 'info',
  summary: 'A failure story states a lesson but never shows it applied since: a later time and something you did ("on the next launch I ran…").',
  fixable: false,
  docs: {
    why: 'Anyone can say they learned something. What convinces an interviewer is the next time: the launch where you did it differently, the habit you kept. One sentence of follow-through turns a confession into evidence of growth.',
    weak: 'Kind: failure\n## Lessons\nI learned that I need to involve support earlier, and now I think much harder about launch readiness.',
    strong: 'Kind: failure\n## Lessons\nI learned to involve support earlier. On the next two launches I ran a support walkthrough a week before go-live, and tickets in launch week fell by half.',
    quietWhen: 'Only failure stories that state a lesson are checked (a story with no lesson gets missing-lessons instead). Follow-through is a later time ("since then", "on the next launch", "for the remaining sites", "the following spring", "on the re-tender") or, in the Lessons, a dated one ("last spring", "in this year\'s round", "in 2024"), with a concrete action of yours that the time governs, even in the sentence that states the lesson ("I learned to…, and the following Monday I pulled…"); thinking ("now I think harder about…", "I keep it in mind"), states ("since then I have been more aware", "I\'m now conscious of how I…"), things done to you ("I have since been asked to…"), attitudes ("these days I put more weight on…"), obligations ("I have to…") and intentions ("going forward, I plan to…") are not.',
  },
  queries: {
    learnedThat: LEARNED_THAT,
    writerActs: FOLLOW_THROUGH_QUERY,
  },
  scope: 'story',
  kinds: ['failure'],
  check(story, context) {
    if (!grammarReady(story, context) || !statesLesson(story, context)) return;
    const sentences = sentencesIn(context, story);
    if (appliesLesson(story, context)) return;
    const lessons = story.sections.find((section) => section.role === 'star' && section.kinds.includes('lessons'));
    context.report({
      span: lessons && sentences.some((sentence) => sentence.section === 'lessons') ? lessons.nameSpan : storyAnchor(context.doc, story),
      message: 'The lesson is never shown in action: add one sentence on what you did differently since ("On the next launch I…").',
    });
  },
};
