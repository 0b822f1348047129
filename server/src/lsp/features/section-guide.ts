import type { SectionKind } from '../../engine';

/** What each STAR section should hold, in the coach's words: shown on hover and in completion. */
export const SECTION_GUIDE: Readonly<Record<SectionKind, { readonly holds: string; readonly aim: string }>> = {
  situation: {
    holds: 'Where and when, and what was at stake — just enough context for the rest to make sense.',
    aim: 'One or two sentences; with the Task, well under half of the story.',
  },
  task: {
    holds: 'What you were responsible for, and what made it hard.',
    aim: 'One or two sentences that make your ownership clear.',
  },
  action: {
    holds: 'What you did, step by step, in the first person — the decisions, and who you brought along.',
    aim: 'The longest part: about half of the story.',
  },
  result: {
    holds: 'What changed, with a figure — revenue, %, time saved, people affected — and what it meant for the business.',
    aim: 'Two or three sentences, each with a number where you can.',
  },
  lessons: {
    holds: 'What you learned, and how you have applied it since.',
    aim: 'Essential in a failure story: end on the lesson put to use ("since then, I…").',
  },
};

export const NOTES_GUIDE = 'Notes are for you — follow-up answers, reminders. They are never checked and not counted as spoken.';
