import { REQUIRED_SECTIONS, SECTION_TITLES, STORY_KINDS, type MetadataKey, type StoryKind } from '../../engine';

export interface MetadataValueChoice {
  readonly value: string;
  readonly meaning: string;
}

/** Meaning and allowed values of each metadata key (spec §2): shown on hover and in completion. */
export const METADATA_GUIDE: Readonly<Record<MetadataKey, { readonly meaning: string; readonly values: string }>> = {
  title: { meaning: "Overrides the story's title (otherwise the `# heading`, or the file name).", values: 'Any text.' },
  kind: {
    meaning: 'What the story is evidence of. It decides which sections the story needs.',
    values: '`achievement` (default), `failure` or `challenge`.',
  },
  role: { meaning: 'The role or roles this story is prepared for.', values: 'Any text, e.g. `VP Engineering`.' },
  competencies: {
    meaning: 'The competencies this story shows, so you can find the right story for a question.',
    values: 'A comma-separated list, e.g. `leadership, conflict, execution`.',
  },
  question: {
    meaning: 'An interview question this story answers. Repeat the key for several questions.',
    values: 'Any text, e.g. `Tell me about a time you failed.`',
  },
  target: {
    meaning: 'How long you intend to speak. `speaking-time` compares the estimate with it.',
    values: 'A duration: `90s`, `2m`, `2m30s` or `2:30`.',
  },
  when: { meaning: 'When it happened, so you can tell recent stories from old ones.', values: 'A year (`2023`), a quarter (`2023-Q2`) or an ISO date (`2023-05-14`).' },
  rehearsed: { meaning: 'Your rehearsal log.', values: 'Comma-separated ISO dates, e.g. `2024-03-01, 2024-03-08`.' },
};

const KIND_MEANINGS: Readonly<Record<StoryKind, string>> = {
  achievement: 'Something you made happen.',
  failure: 'Something that went wrong and what you learned.',
  challenge: 'A hard situation you worked through.',
};

export const KIND_CHOICES: readonly MetadataValueChoice[] = STORY_KINDS.map((kind) => ({
  value: kind,
  meaning: `${KIND_MEANINGS[kind]} Needs ${REQUIRED_SECTIONS[kind].map((section) => SECTION_TITLES[section]).join(', ')}.`,
}));

export const TARGET_CHOICES: readonly MetadataValueChoice[] = [
  { value: '90s', meaning: 'A short answer or a follow-up.' },
  { value: '2m', meaning: 'A typical behavioural answer.' },
  { value: '2m30s', meaning: 'A full answer with a rich Result.' },
  { value: '3m', meaning: 'The most an interviewer will listen to without a question.' },
];

/** Competencies interviewers commonly probe, offered alongside the ones already used in your stories. */
export const COMMON_COMPETENCIES: readonly string[] = [
  'leadership', 'execution', 'ownership', 'influence', 'conflict', 'collaboration', 'communication',
  'customer focus', 'strategy', 'innovation', 'decision making', 'stakeholder management', 'hiring',
  'coaching', 'delivering results', 'dealing with ambiguity', 'resilience', 'transformation',
];
