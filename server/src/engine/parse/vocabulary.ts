import type { MetadataKey, SectionKind, StoryKind } from './types';

/** Section names accepted by the format (spec §3), lower-case. */
export const SECTION_NAMES: ReadonlyMap<string, SectionKind | 'notes'> = new Map<string, SectionKind | 'notes'>([
  ...['situation', 'context', 'background', 's'].map((name) => [name, 'situation'] as const),
  ...['task', 'challenge', 'goal', 'problem', 'obstacle', 't'].map((name) => [name, 'task'] as const),
  ...['action', 'actions', 'approach', 'what i did', 'a'].map((name) => [name, 'action'] as const),
  ...['result', 'results', 'outcome', 'outcomes', 'impact', 'r'].map((name) => [name, 'result'] as const),
  ...['lessons', 'lesson', 'lessons learned', 'learnings', 'learning', 'reflection', 'what i learned', 'l'].map(
    (name) => [name, 'lessons'] as const,
  ),
  ['notes', 'notes'],
]);

/** Canonical display name of each section, as used in messages and inserted text. */
export const SECTION_TITLES: Readonly<Record<SectionKind, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  lessons: 'Lessons',
};

export const SECTION_ORDER: readonly SectionKind[] = ['situation', 'task', 'action', 'result', 'lessons'];

/** Metadata keys and aliases (spec §2), lower-case. */
export const METADATA_KEYS: ReadonlyMap<string, MetadataKey> = new Map<string, MetadataKey>([
  ['title', 'title'],
  ['story', 'title'],
  ['kind', 'kind'],
  ['type', 'kind'],
  ['role', 'role'],
  ['competencies', 'competencies'],
  ['tags', 'competencies'],
  ['question', 'question'],
  ['q', 'question'],
  ['target', 'target'],
  ['when', 'when'],
  ['rehearsed', 'rehearsed'],
]);

export const METADATA_TITLES: Readonly<Record<MetadataKey, string>> = {
  title: 'Title',
  kind: 'Kind',
  role: 'Role',
  competencies: 'Competencies',
  question: 'Question',
  target: 'Target',
  when: 'When',
  rehearsed: 'Rehearsed',
};

export const STORY_KINDS: readonly StoryKind[] = ['achievement', 'failure', 'challenge'];

export const REQUIRED_SECTIONS: Readonly<Record<StoryKind, readonly SectionKind[]>> = {
  achievement: ['situation', 'task', 'action', 'result'],
  challenge: ['situation', 'task', 'action', 'result'],
  failure: ['situation', 'action', 'result', 'lessons'],
};

/** Lower-cases a section or key name and strips emphasis markers and trailing punctuation. */
export function normalizeName(raw: string): string {
  // Each look-behind starts a trailing match only where its run starts: an end-anchored run
  // retried from every character was quadratic on a long heading ("## x", 200,000 spaces, "y").
  return raw
    .trim()
    .replace(/^[*_]+|(?<![*_])[*_]+$/g, '')
    .replace(/(?<![\s.:;!?,])[\s.:;!?,]+$/g, '')
    .replace(/^[*_]+|(?<![*_])[*_]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Resolves a heading or label text to the sections it names: one name, or two joined by
 * `&`, `and` or `/`. Returns null when any part is not a section name.
 */
export function resolveSectionName(raw: string): readonly (SectionKind | 'notes')[] | null {
  const name = normalizeName(raw);
  const single = SECTION_NAMES.get(name);
  if (single) return [single];
  const parts = name.split(/\s*(?:&|\/|\band\b)\s*/).filter((part) => part.length > 0);
  if (parts.length < 2) return null;
  const kinds: (SectionKind | 'notes')[] = [];
  for (const part of parts) {
    const kind = SECTION_NAMES.get(part);
    if (!kind || kind === 'notes') return null;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
