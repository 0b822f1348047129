// fast-check generators for `.story` texts that mix every form of the format (spec §1–4) with
// hostile Unicode, line-ending mixes, empty sections and stray markup. Shared by the property tests.
import fc from 'fast-check';

/**
 * One seed for every property, so a failure reproduces exactly; fast-check prints it with the
 * counterexample. To explore further: STORY_COACH_FC_SEED=<n> STORY_COACH_FC_RUNS=<n> npm run test:unit.
 */
export const SEED = Number(process.env.STORY_COACH_FC_SEED ?? 20261126);
export const RUNS = Math.max(300, Number(process.env.STORY_COACH_FC_RUNS ?? 300));
export const FC_PARAMS = { seed: SEED, numRuns: RUNS, endOnFailure: false } as const;

// Words and phrases the rules react to, so findings (and fixes) appear in most cases.
const PHRASES = [
  'kind of', 'sort of', 'I think', 'basically', 'maybe', 'honestly', 'pretty much', 'you know',
  'significantly', 'a lot of', 'various', 'huge impact', 'improved things', 'many',
  'my manager failed to', 'the vendor dropped the ball', 'they never told us',
  "it wasn't my fault", 'it wasn’t my fault', 'beyond my control', 'I had no choice', 'nobody told me',
  'mistakes were made', 'the deadline was missed', 'the data was lost',
  'single-handedly', 'the best ever', 'flawless', 'fastest', 'strongest',
  'I work too hard', 'perfectionist', 'I lied', 'covered it up',
  'since then', 'on the next launch I', 'I learned', 'lesson',
  'we', 'I', 'the team', 'my colleague', 'our customers', 'we shipped', 'I led',
  '42%', '$4.1M', '€900K', 'doubled', '3x', 'tenfold', 'five weeks', 'in 2023', 'Q3', 'Fortune 500', 'within a week',
  '[by how much?]', 'e.g.', 'U.S.', 'etc.', 'vs.', 'the', 'and', 'of', 'a', 'rollout', 'migration', 'latency',
];

// Unicode that breaks naive code: astral characters (surrogate pairs), ZWJ sequences, combining
// marks, right-to-left text and marks, odd spaces and separators, a stray BOM, NUL, lone surrogates.
const UNICODE = [
  '😀', '👩‍💻', '🇺🇸', '🚀🚀', '𐐨', '𝒜𝓍', '𝐚', 'e\u0301', 'a\u0308\u0301', 'ﬁ', 'İ', 'ß', 'ǅ',
  'שלום', 'مرحبا', '\u200f', '\u200e', '\u202e', 'नमस्ते', '漢字', '한국', 'Ωμέγα',
  '\u00a0', '\t', '\u3000', '\u2028', '\u2029', '\u200b', '\ufeff', '\u0000', '\u0007', '\ud800', '\udc00',
];

const MARKUP = ['**', '__', '*', '_', '`', '``', '***', '>', '#', '-->', '<!--', '<!-- c -->', ':', '&', '/', '(', ')', '"', '“', '”', '…', '...', '—', '-', '.', ',', '!', '?', ';', '[', ']'];

const SECTION_NAMES = [
  'Situation', 'Context', 'Background', 'S', 'Task', 'Challenge', 'Goal', 'Problem', 'Obstacle', 'T',
  'Action', 'Actions', 'Approach', 'What I did', 'A', 'Result', 'Results', 'Outcome', 'Outcomes', 'Impact', 'R',
  'Lessons', 'Lesson', 'Lessons learned', 'Learnings', 'Learning', 'Reflection', 'What I learned', 'L', 'Notes',
  'Situation & Task', 'Situation and Task', 'S/T', 'Action & Result', 'situation', 'RESULT',
  'Reslt', 'Situaton', 'Acton', 'Lesons', 'Timeline', 'Why it matters', 'Notes & Task', '', 'C#', 'Résultat', '😀',
];

const METADATA = [
  ['Kind', 'achievement'], ['Kind', 'failure'], ['Kind', 'challenge'], ['Type', 'failure'], ['Kind', 'win'], ['Kind', 'failur'], ['Kind', ''],
  ['Title', 'Payments turnaround'], ['Story', '🚀 launch'], ['Role', 'VP Engineering'], ['Competencies', 'leadership, conflict'],
  ['Tags', ''], ['Question', 'Tell me about a failure.'], ['Q', 'Why?'], ['Target', '2m30s'], ['Target', '90s'], ['Target', '2:30'],
  ['Target', 'soon'], ['Target', '0s'], ['When', '2023'], ['When', '2023-Q2'], ['When', '2023-05-14'], ['When', 'last spring'],
  ['Rehearsed', '2024-03-01, 2024-03-08'], ['Rehearsed', 'yesterday'], ['Knd', 'failure'], ['Taget', '2m'], ['Rol', 'CTO'],
  ['Foo', 'bar'], ['URL', 'https://example.invalid'], ['Kind', 'achievement 😀'],
] as const;

const DIRECTIVES = [
  '<!-- story-coach-disable -->', '<!-- story-coach-enable -->', '<!-- story-coach-disable hedging -->',
  '<!-- story-coach-enable hedging -->', '<!-- story-coach-disable-next-line hedging, vague-claim -->',
  '<!-- story-coach-disable-next-line -->', '<!-- story-coach-disable-file speaking-time -->',
  '<!-- story-coach-disable hedgin -->', '<!-- story-coach-disabel hedging -->', '<!-- story-coach- -->',
  '<!-- story-coach-disable-next-line nope,,, -->', '<!--story-coach-disable-->', '<!-- plain comment -->',
  '<!-- multi\nline\r\ncomment -->', '<!-- unterminated', '<!---->', '<!-- story-coach-disable-file -->',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\t', '\u00a0', ', ', '. ', '! ', '? ');

/** A run of prose: phrases, Unicode and markup joined by assorted separators. */
export const prose = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const lineStart = fc.constantFrom('', '', '', '- ', '* ', '+ ', '1. ', '2) ', '> ', '> - ', '  ', '\t', '**', '_');

const sectionHeader = fc.oneof(
  fc.tuple(fc.constantFrom('##', '###', '######', '#######', ' ##', '##\t'), fc.constantFrom(...SECTION_NAMES), fc.constantFrom('', ' ##', ':', '  ', '**'))
    .map(([marks, name, tail]) => `${marks} ${name}${tail}`),
  fc.tuple(fc.constantFrom('', '- ', '**', '_', '* '), fc.constantFrom(...SECTION_NAMES), fc.constantFrom(':', ':**', '**:', ' :', '_:'), fc.option(prose, { nil: '' }))
    .map(([before, name, colon, rest]) => `${before}${name}${colon}${rest === '' ? '' : ` ${rest}`}`),
);

const bodyLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(lineStart, prose).map(([start, text]) => start + text) },
  { weight: 3, arbitrary: sectionHeader },
  { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('#', '##', '---', '***', '```', '> ', '-', '1.', ':', 'Kind: failure', 'Knd: failure', '   ', '\t\t') },
);

const metadataLine = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...METADATA), fc.constantFrom(':', ': ', ' : ', ':\t')).map(([[key, value], colon]) => `${key}${colon}${value}`) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('kind', 'KIND', '  Target', 'Question'), fc.constantFrom(...UNICODE)).map(([key, value]) => `${key}: ${value}`) },
);

const titleLine = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '#\t', ' # ', '#  ', '   # '), fc.option(prose, { nil: '' }), fc.constantFrom('', ' #', ' ##', '  ')).map(
    ([marks, text, close]) => marks + text + close,
  ),
  fc.constantFrom('#', '# ', '# #', '#x not a heading'),
);

const story = fc.record({
  title: fc.option(titleLine, { nil: null, freq: 4 }),
  metadata: fc.array(metadataLine, { maxLength: 5 }),
  body: fc.array(bodyLine, { maxLength: 14 }),
});

const EOLS = ['\n', '\r\n', '\r'] as const;

/**
 * A whole `.story` text: an optional BOM and preamble, one to three stories (the first may have no
 * `# Title`), and line endings chosen per line from LF, CRLF and CR, with or without a final one.
 */
export const storyText = fc
  .record({
    bom: fc.boolean(),
    preamble: fc.array(fc.oneof(fc.constantFrom(...DIRECTIVES), prose), { maxLength: 2 }),
    stories: fc.array(story, { minLength: 1, maxLength: 3 }),
    eols: fc.array(fc.constantFrom(...EOLS), { minLength: 1, maxLength: 8 }),
    finalEol: fc.boolean(),
  })
  .map(({ bom, preamble, stories, eols, finalEol }) => {
    const lines: string[] = [...preamble];
    stories.forEach((entry, index) => {
      // Only a story with a heading can follow another: without one it would merge into the previous story.
      const title = entry.title ?? (index > 0 ? '# Next story' : null);
      if (title !== null) lines.push(title);
      lines.push(...entry.metadata, ...entry.body);
    });
    let text = bom ? '\ufeff' : '';
    lines.forEach((line, index) => {
      text += line;
      if (index < lines.length - 1 || finalEol) text += eols[index % eols.length];
    });
    return text;
  });

/** Shows texts in counterexamples with escapes, so CR, NBSP and lone surrogates are visible. */
export function show(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
