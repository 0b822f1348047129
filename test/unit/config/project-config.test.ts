// .storycoach.json: the settings and bank keys, each bad value named in one line.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConfigError, parseProjectConfig } from '../../../server/src/config';

const FILE = path.resolve('/bank/.storycoach.json');
const parse = (settings: unknown) => parseProjectConfig(JSON.stringify(settings), FILE);

describe('.storycoach.json', () => {
  it('reads the bank keys, resolving role against the file\'s folder (the bank root)', () => {
    const config = parse({
      rules: { hedging: 'off' },
      role: 'roles/vp.role',
      interviewDate: '2026-12-14',
      storyFiles: ['notes/**/*.md'],
      recencyYears: 5,
      questions: [{ text: ' Tell me about a board you won over. ', competencies: ['influence'], kind: 'any' }, { text: 'Why us?' }],
    });
    assert.deepEqual(config.problems, []);
    assert.equal(config.options.rules.hedging, 'off');
    assert.deepEqual(config.bank, {
      root: path.dirname(FILE),
      role: path.join(path.dirname(FILE), 'roles', 'vp.role'),
      interviewDate: '2026-12-14',
      storyFiles: ['notes/**/*.md'],
      recencyYears: 5,
      questions: [{ text: 'Tell me about a board you won over.', competencies: ['influence'], kind: 'any' }, { text: 'Why us?' }],
    });
  });

  it('leaves the bank keys unset when absent', () => {
    const config = parse({});
    assert.deepEqual(config.bank, { root: path.dirname(FILE), role: null, interviewDate: null, storyFiles: [], questions: [], recencyYears: 8 });
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['a role that is not a path', { role: 3 }, /^role: 3 is not a path/],
    ['an impossible interview date', { interviewDate: '2026-02-30' }, /^interviewDate: "2026-02-30" is not a date; use YYYY-MM-DD/],
    ['an interview date in another form', { interviewDate: '14/12/2026' }, /^interviewDate: .*YYYY-MM-DD/],
    ['storyFiles that are not a list of globs', { storyFiles: 'notes/*.md' }, /^storyFiles: expected a list of globs/],
    ['an absolute storyFiles glob', { storyFiles: ['/etc/*.md'] }, /^storyFiles: "\/etc\/\*\.md" is absolute/],
    ['questions that are not a list', { questions: { text: 'x' } }, /^questions: expected a list/],
    ['a question without text', { questions: [{ kind: 'any' }] }, /^questions\[0\]\.text: expected/],
    ['a question of an unknown kind', { questions: [{ text: 'Why?' }, { text: 'When?', kind: 'win' }] }, /^questions\[1\]\.kind: "win" is not a kind; use achievement \| failure \| conflict \| any/],
    ['a question with a misspelt key', { questions: [{ text: 'Why?', competency: ['x'] }] }, /^questions\[0\]\.competency: unknown key/],
    ['competencies that are not strings', { questions: [{ text: 'Why?', competencies: [1] }] }, /^questions\[0\]\.competencies: expected a list/],
    ['an unknown top-level key', { roles: 'x.role' }, /^roles: unknown setting; use .*role, questions, interviewDate, storyFiles, recencyYears/],
    ['a recency that is no whole number of years', { recencyYears: 2.5 }, /^recencyYears: 2.5 is not a whole number of years from 1 to 60; the default is 8/],
    ['a recency of no years', { recencyYears: 0 }, /^recencyYears: 0 is not a whole number/],
  ];
  for (const [what, settings, message] of bad) {
    it(`names ${what} in one line`, () => {
      const { problems } = parse(settings);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
      assert.doesNotMatch(problems[0], /\n/);
    });
  }

  it('keeps the good questions when one is bad', () => {
    const config = parse({ questions: [{ text: 'Why?' }, { text: '' }] });
    assert.deepEqual(config.bank.questions, [{ text: 'Why?' }]);
    assert.equal(config.problems.length, 1);
  });

  it('throws a ConfigError naming the file for text that is not JSON', () => {
    assert.throws(() => parseProjectConfig('{ "rules": ', FILE), (error: unknown) => error instanceof ConfigError && error.message.startsWith(`invalid JSON in ${FILE}`));
  });
});
