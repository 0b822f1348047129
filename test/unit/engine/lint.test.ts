import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, lint, resolveSettings, RULES, type Rule } from '../../../server/src/engine';
import { EXAMPLES } from '../support/paths';

const rulesOf = (text: string, options = {}) => lint(text, options).findings.map((finding) => finding.rule);
const WEAK = 'Kind: achievement\nS: It was kind of slow.\nT: I owned it.\nA: I rewrote it with two engineers.\nR: Much better now.\n';

describe('lint', () => {
  it('leaves the model stories in examples/ without a warning or error', () => {
    for (const name of ['supply-chain-turnaround.story', 'pricing-launch-failure.story']) {
      const result = lint(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), { fileName: name });
      const serious = result.findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error');
      assert.deepEqual(serious.map((finding) => `${finding.rule}: ${finding.message}`), [], name);
    }
  });

  it('reports each story with words, speaking time and sections', () => {
    const result = lint('# One\nS: We had ten days.\nR: Done in 8.\n# Two\nKind: failure\nThe whole thing.\n', { wordsPerMinute: 60 });
    assert.deepEqual(
      result.stories.map((story) => [story.title, story.kind, story.words, story.speakingSeconds, story.sections.join(',')]),
      [
        ['One', 'achievement', 7, 7, 'situation,result'],
        ['Two', 'failure', 3, 3, ''],
      ],
    );
  });

  it('applies severity settings, including off', () => {
    const warned = lint(WEAK).findings.find((finding) => finding.rule === 'hedging');
    assert.equal(warned?.severity, 'warning');
    assert.equal(lint(WEAK, { rules: { hedging: 'error' } }).findings.find((finding) => finding.rule === 'hedging')?.severity, 'error');
    assert.ok(!rulesOf(WEAK, { rules: { hedging: 'off' } }).includes('hedging'));
  });

  it('honours disable-next-line, disable/enable regions and disable-file', () => {
    const base = 'Kind: achievement\nS: It was kind of slow.\nT: I basically owned it.\nA: I rewrote it with two engineers.\nR: Done in 8 days.\n';
    assert.deepEqual(rulesOf(base).filter((rule) => rule === 'hedging').length, 2);
    const nextLine = base.replace('S: It', '<!-- story-coach-disable-next-line hedging -->\n\nS: It');
    assert.equal(rulesOf(nextLine).filter((rule) => rule === 'hedging').length, 1);
    const region = base.replace('S: It', '<!-- story-coach-disable -->\nS: It').replace('T: I', '<!-- story-coach-enable -->\nT: I');
    assert.equal(rulesOf(region).filter((rule) => rule === 'hedging').length, 1);
    const file = `${base}<!-- story-coach-disable-file hedging speaking-time -->\n`;
    assert.ok(!rulesOf(file).includes('hedging') && !rulesOf(file).includes('speaking-time'));
  });

  it('extends built-in lists with the writer\'s phrases', () => {
    const text = 'Kind: achievement\nS: The launch was game-changing.\nT: I owned it.\nA: I led two engineers.\nR: Done in 8 days.\n';
    assert.ok(!rulesOf(text).includes('vague-claim'));
    assert.ok(rulesOf(text, { words: { vague: ['game-changing'], hedges: [], boastful: [], blame: [], excuses: [] } }).includes('vague-claim'));
  });

  it('keeps the other rules\' findings when one rule throws, and records the failure', () => {
    const broken: Rule = { ...RULES[0], id: 'broken', check: () => { throw new Error('boom'); } };
    const result = lint(WEAK, {}, [broken, ...RULES]);
    assert.equal(result.ruleFailures.length, 1);
    assert.equal(result.ruleFailures[0].rule, 'broken');
    assert.ok(result.findings.some((finding) => finding.rule === 'hedging'));
  });

  it('names the story and section of each finding', () => {
    const finding = lint('# Pricing\nKind: achievement\n## Situation\nIt was kind of slow.\n').findings.find((candidate) => candidate.rule === 'hedging');
    assert.equal(finding?.story, 0);
    assert.equal(finding?.section, 'situation');
  });
});

describe('fixes', () => {
  it('applies safe fixes until stable, keeping CRLF line endings and leaving placeholders out', () => {
    const text = 'Kind: achievment\r\nS: Basically, it was kind of slow.\r\nT: I owned it.\r\nA: I rewrote it.\r\nR: Much better.\r\n';
    const { text: fixed, fixed: count } = applyFixes(text);
    assert.equal(fixed, 'Kind: achievement\r\nS: It was slow.\r\nT: I owned it.\r\nA: I rewrote it.\r\nR: Much better.\r\n');
    assert.equal(count, 3);
    assert.equal(applyFixes(fixed).text, fixed);
  });
});

describe('settings', () => {
  const ids = RULES.map((rule) => rule.id);

  it('accepts valid settings, including VS Code\'s "information"', () => {
    const { options, problems } = resolveSettings({ rules: { hedging: 'information' }, wordsPerMinute: 120, speakingTime: { maxSeconds: 150 } }, ids);
    assert.deepEqual(problems, []);
    assert.equal(options.rules.hedging, 'info');
    assert.equal(options.wordsPerMinute, 120);
    assert.equal(options.speakingTime.maxSeconds, 150);
  });

  it('reports each bad value with its key and what it accepts, and falls back to defaults', () => {
    const { options, problems } = resolveSettings(
      { rules: { hedgin: 'off', hedging: 'loud' }, wordsPerMinute: 'fast', speakingTime: { minSeconds: 500 }, words: { vague: 'x', nope: [] } },
      ids,
      'storyCoach.',
    );
    assert.equal(problems.length, 6);
    assert.match(problems[0], /^storyCoach\.rules\.hedgin: unknown rule id/);
    assert.match(problems[1], /^storyCoach\.rules\.hedging: "loud" is not a severity; use off \| hint \| information \| warning \| error/);
    assert.match(problems[2], /^storyCoach\.wordsPerMinute: "fast" is out of range/);
    assert.equal(options.wordsPerMinute, 150);
    assert.equal(options.speakingTime.minSeconds, 45);
    assert.deepEqual(options.rules, {});
  });

  it('refuses oversized word lists', () => {
    const { options, problems } = resolveSettings({ words: { hedges: Array.from({ length: 501 }, (_, i) => `w${i}`) } }, ids);
    assert.equal(problems.length, 1);
    assert.deepEqual(options.words.hedges, []);
  });
});
