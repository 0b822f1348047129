// Hostile and odd inputs shared by the engine, language-server and CLI robustness tests. Generated
// (deterministically) rather than stored, so the repository holds no multi-megabyte fixtures.

/** A small deterministic generator (LCG), so every run sees the same "random" prose. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

const SUBJECTS = ['I', 'We', 'The team', 'My manager', 'The vendor', 'Our customers', 'The platform group', 'Finance', 'I basically', 'Support'];
const VERBS = ['rebuilt', 'cut', 'negotiated', 'shipped', 'kind of fixed', 'reviewed', 'migrated', 'paired on', 'dropped the ball on', 'significantly improved'];
const OBJECTS = ['the checkout flow', 'the billing pipeline', 'a lot of tickets', 'the rollout plan', 'the launch', 'our p95 latency', 'the flawless release', 'three regions', 'the on-call rota', 'various dashboards'];
const TAILS = ['in March', 'within 6 weeks', 'by 40%', 'before the freeze', 'and mistakes were made', 'with the data team', 'which was beyond my control', 'for $2.4M', 'after the audit', 'without a rollback'];

/**
 * About `chars` characters of stories: headings, metadata, sections and varied sentences (so the
 * grammar cache does not make them free), with hedges, vague claims, blame and passives mixed in.
 */
export function proseOfSize(chars: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  let size = 0;
  let story = 0;
  while (size < chars) {
    const lines = [`# Story ${++story}`, 'Kind: achievement', ''];
    for (const section of ['## Situation', '## Task', '## Action', '## Result']) {
      lines.push(section);
      for (let sentence = 0; sentence < 6; sentence++) {
        lines.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)} (case ${Math.floor(next() * 1e6)}).`);
      }
      lines.push('');
    }
    const text = lines.join('\n') + '\n';
    parts.push(text);
    size += text.length;
  }
  return parts.join('').slice(0, chars);
}

/** The same prose as one story: no `# Title` lines, so nothing splits it (the slowest shape for the engine). */
export function oneStoryOfSize(chars: number, seed = 1): string {
  return proseOfSize(chars, seed).replace(/^# .*$/gm, '');
}

/** One line of `chars` characters: sentences with no line break (and no heading marks) at all. */
export function singleLine(chars: number, seed = 2): string {
  return proseOfSize(chars * 2, seed).replace(/#+ /g, '').replace(/[\r\n]+/g, ' ').slice(0, chars);
}

/** `count` complete stories in one file, each with a finding or two. */
export function manyStories(count: number): string {
  const stories: string[] = [];
  for (let index = 1; index <= count; index++) {
    stories.push(
      [
        `# Story ${index}: the ${index % 2 === 0 ? 'migration' : 'outage'}`,
        `Kind: ${index % 3 === 0 ? 'failure' : 'achievement'}`,
        '',
        '## Situation',
        `In quarter ${index} our checkout was kind of slow and the deadline was missed.`,
        '## Task',
        'I owned getting it back on track before the freeze.',
        '## Action',
        'I paired with the payments team and cut scope to four flows.',
        '## Result',
        index % 2 === 0 ? `Latency fell by ${index}% and we kept every merchant.` : 'Things got a lot better.',
        '',
      ].join('\n'),
    );
  }
  return stories.join('\n');
}

/**
 * Lines that made a regular expression or a loop backtrack quadratically before the fixes in this
 * change (each took from seconds to minutes at 200,000 characters), in the context that triggered it.
 */
export function pathologicalTexts(size: number): Array<[string, string]> {
  const run = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    ['blanks inside a title', `# x${run(' ')}y`],
    ['blanks inside a sub-heading', `## x${run(' ')}y`],
    ['blanks inside a metadata value', `Kind: x${run(' ')}y`],
    ['emphasis marks in a heading', `## ${run('*')}x`],
    ['periods before a letter', `# T\n## Result\n${run('.')}x`],
    ['digits in a Result', `# T\n## Result\n${run('1')}x`],
    ['letters and digits in a Result', `# T\nR: ${run('x1')}`],
    ['"kind of" repeated on one line', `# T\n## Action\n${run('kind of ')}`],
    ['"the kind of" repeated on one line', `# T\n## Action\n${run('the kind of ')}`],
    ['blank lines inside a story', `# T\nS: x${run('\n')}y`],
    ['a directive with thousands of rule ids', `<!-- story-coach-disable ${run('hedgin ')} -->\n# T\nS: x`],
  ];
}
