import type { DirectiveKind, MetadataKey, SectionKind, StoryKind } from './types';

/**
 * Section names accepted by the format (spec §3), as they are usually written. The one list the
 * parser, the did-you-mean of unknown sections and the hovers read.
 */
const SECTION_SPELLINGS: Readonly<Record<SectionKind | 'notes', readonly string[]>> = {
  situation: ['Situation', 'Context', 'Background', 'S'],
  task: ['Task', 'Challenge', 'Goal', 'Problem', 'Obstacle', 'T'],
  action: ['Action', 'Actions', 'Approach', 'What I did', 'A'],
  result: ['Result', 'Results', 'Outcome', 'Outcomes', 'Impact', 'R'],
  lessons: ['Lessons', 'Lesson', 'Lessons learned', 'Learnings', 'Learning', 'Reflection', 'What I learned', 'L'],
  notes: ['Notes'],
};

/** Section names, lower-case, to the section each names. */
export const SECTION_NAMES: ReadonlyMap<string, SectionKind | 'notes'> = new Map(
  Object.entries(SECTION_SPELLINGS).flatMap(([kind, names]) => names.map((name) => [name.toLowerCase(), kind as SectionKind | 'notes'] as const)),
);

/** Section names as written (without the one-letter labels): what a misspelt heading is matched against. */
export const SECTION_HEADINGS: readonly string[] = Object.values(SECTION_SPELLINGS)
  .flat()
  .filter((name) => name.length > 1);

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

/** The sections each kind of story needs (spec §3): `missing-section`, hovers and completion read this. */
export const REQUIRED_SECTIONS: Readonly<Record<StoryKind, readonly SectionKind[]>> = {
  achievement: ['situation', 'task', 'action', 'result'],
  challenge: ['situation', 'task', 'action', 'result'],
  failure: ['situation', 'action', 'result', 'lessons'],
};

/** Comment directives (spec §4) are `story-coach-` and a kind; what each kind does, in the order listed. */
export const DIRECTIVE_PREFIX = 'story-coach-';
export const DIRECTIVES: Readonly<Record<DirectiveKind, string>> = {
  disable: 'Silence rules from here until `story-coach-enable`.',
  enable: 'Turn rules back on after `story-coach-disable`.',
  'disable-next-line': 'Silence rules on the next line.',
  'disable-file': 'Silence rules in the whole file.',
};
export const DIRECTIVE_KINDS = Object.keys(DIRECTIVES) as readonly DirectiveKind[];
/** The full directive names, `story-coach-disable` and so on. */
export const DIRECTIVE_NAMES: readonly string[] = DIRECTIVE_KINDS.map((kind) => `${DIRECTIVE_PREFIX}${kind}`);

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
