import { storyAnchor } from '../fix/edits';
import { formatDuration } from '../parse/duration';
import type { Rule } from './rule';

/** With a Target, "far" off means beyond these shares of it. */
export const OVER_TARGET = 1.25;
export const UNDER_TARGET = 0.5;

export const speakingTime: Rule = {
  id: 'speaking-time',
  title: 'Speaking time off target',
  guideline: 'Practice',
  defaultSeverity: 'warning',
  summary: `The story runs far past its Target (over ${OVER_TARGET * 100}%) or the default maximum, or falls far short (a hint).`,
  fixable: false,
  options: [
    { kind: 'seconds', key: 'maxSeconds', default: 180, minimum: 1, maximum: 3600, description: 'For stories without a `Target:`, `speaking-time` warns above this many seconds.' },
    { kind: 'seconds', key: 'minSeconds', default: 45, minimum: 0, maximum: 3600, below: 'maxSeconds', description: 'For stories without a `Target:`, `speaking-time` hints below this many seconds.' },
  ],
  docs: {
    why: 'Most behavioural answers should land in about two minutes. Run long and the interviewer stops listening and has less time for the questions that would have helped you; run very short and the story has no room for the detail that makes it credible.',
    weak: 'Target: 30s\n## Situation\nOur warehouse shipped late on one order in five, and the regional director had asked every site manager for a plan by the end of the month. I had joined the site six weeks earlier from a smaller depot, so I spent my first fortnight walking each shift, talking to the pickers and the drivers, and reading two years of incident reports.\n## Action\nI moved the slowest-picking lines next to the dispatch bays, split the evening shift in two, and agreed a new cut-off time with the carriers.\n## Result\nLate orders fell from one in five to one in twenty within two months.',
    strong: 'Target: 30s\n## Situation\nOne order in five left our warehouse late.\n## Action\nI moved the slowest-picking lines next to dispatch, split the evening shift and agreed a new carrier cut-off.\n## Result\nLate orders fell to one in twenty within two months.',
    quietWhen: 'Time is estimated from spoken words only — not metadata, headings, notes or comments — at the `storyCoach.wordsPerMinute` pace (150 by default). With no Target, stories over `storyCoach.speakingTime.maxSeconds` (180) get a warning and those under `storyCoach.speakingTime.minSeconds` (45) a hint.',
  },
  scope: 'story',
  check(story, context) {
    const { maxSeconds, minSeconds } = context.options.speakingTime;
    const wpm = context.options.wordsPerMinute;
    const summary = context.stories[story.index];
    if (summary.words === 0) return;
    const spoken = formatDuration(summary.speakingSeconds);
    const span = storyAnchor(context.doc, story);
    const target = story.targetSeconds;
    const upper = target !== null ? target * OVER_TARGET : maxSeconds;
    const lower = target !== null ? target * UNDER_TARGET : minSeconds;
    const against = target !== null ? `its Target of ${formatDuration(target)}` : `the ${formatDuration(maxSeconds)} most answers should fit`;
    if (summary.speakingSeconds > upper) {
      const excessWords = Math.round(summary.words - ((target ?? maxSeconds) * wpm) / 60);
      context.report({
        span,
        message: `About ${spoken} spoken (${summary.words} words at ${wpm} wpm), well over ${against}: cut about ${excessWords} words.`,
      });
    } else if (summary.speakingSeconds < lower) {
      context.report({
        span,
        message: `About ${spoken} spoken (${summary.words} words): short of ${target !== null ? `its Target of ${formatDuration(target)}` : `the ${formatDuration(minSeconds)} a full answer needs`} — add the detail that makes it credible.`,
        asHint: true,
      });
    }
  },
};
