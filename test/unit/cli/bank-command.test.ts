// `story-coach bank`: formats, role discovery, Markdown story banks, the rehearsal log, empty and
// hostile workspaces, exit codes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BankReport } from '../../../server/src/engine';
import { runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';

function workspace(files: Readonly<Record<string, string | Buffer>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-bank-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const STORY = (title: string, kind = 'achievement', extra = '') =>
  `# ${title}\nKind: ${kind}\n${extra}\n## Situation\nOur team missed its targets.\n## Task\nI owned the fix.\n## Action\nI rebuilt the rota with the team.\n## Result\nOn-time delivery rose from 80% to 96%.\n## Lessons\nI learned to ask early.\n`;

describe('story-coach bank', function () {
  this.timeout(60000);

  it('writes a readable text report: balance, coverage matrix, question map with gaps, requirements, findings', async () => {
    const run = await runCli(['bank', '.'], path.join(FIXTURES, 'bank'));
    assert.equal(run.code, 0, run.stderr);
    for (const expected of [/^Story bank: 14 stories in 9 files/m, /^Balance: 9 achievements · 2 failures · 3 challenges/m, /^Coverage/m, /^Questions: \d+, \d+ gaps/m, /✗ Tell me about a time you launched a business in a new country\./, /^Target role: VP Operations \(Parcelly, VP, interview 2026-12-10\)/m, /^Requirements covered: 11 of 14/m, /role-uncovered$/m]) {
      assert.match(run.stdout, expected);
    }
  });

  it('writes Markdown tables with links to the stories', async () => {
    const run = await runCli(['bank', '.', '--format', 'markdown'], path.join(FIXTURES, 'bank'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Story bank$/m);
    assert.match(run.stdout, /\| \[Peak season fulfilment turnaround\]\(operations\.story#L3\) \| achievement \|/);
    assert.match(run.stdout, /^## Target role: VP Operations$/m);
  });

  it('gives a calm, helpful message for a workspace with no stories, and exits 0', async () => {
    const dir = workspace({ 'notes.txt': 'nothing here' });
    const run = await runCli(['bank'], dir);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^No stories found in this folder\./);
    const json = await runCli(['bank', '--format', 'json'], dir);
    const report = JSON.parse(json.stdout) as BankReport;
    assert.deepEqual([report.stories, report.role, report.findings], [[], null, []]);
  });

  it('finds the target role: --role, else "role" in .storycoach.json, else the only .role file', async () => {
    const dir = workspace({
      'a.story': STORY('Rota rebuild'),
      'roles/one.role': '# Head of Delivery\n- Rebuild the delivery rota\n',
      'roles/two.role': '# Chief of Staff\n- Run the board meetings\n',
    });
    const roleOf = async (args: string[]) => (JSON.parse((await runCli(['bank', ...args, '--format', 'json'], dir)).stdout) as BankReport).role?.title ?? null;
    assert.equal(await roleOf(['.']), null, 'two .role files: no target role');
    assert.equal(await roleOf(['.', '--role', 'roles/two.role']), 'Chief of Staff');
    fs.writeFileSync(path.join(dir, '.storycoach.json'), JSON.stringify({ role: 'roles/one.role' }));
    assert.equal(await roleOf(['.']), 'Head of Delivery');
    fs.rmSync(path.join(dir, 'roles', 'one.role'));
    const missing = await runCli(['bank', '.'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such role file/);
    fs.rmSync(path.join(dir, '.storycoach.json'));
    assert.equal(await roleOf(['.']), 'Chief of Staff', 'the only .role file left');
  });

  it('reads Markdown story banks through storyFiles globs, with ids relative to the bank root', async () => {
    const dir = workspace({
      '.storycoach.json': JSON.stringify({ storyFiles: ['notes/**/*.md'] }),
      'notes/2024/wins.md': STORY('Rota rebuild') + '\n' + STORY('Late launch', 'failure'),
      'notes/readme.txt': 'not a story',
      'README.md': '# Not a story bank\n',
    });
    const run = await runCli(['bank', 'notes', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as BankReport;
    assert.deepEqual(report.stories.map((story) => story.id), ['notes/2024/wins.md#rota-rebuild', 'notes/2024/wins.md#late-launch']);
    assert.equal(report.root, fs.realpathSync(dir));
  });

  it('takes the age of bank-recency from recencyYears in .storycoach.json', async () => {
    const year = new Date().getFullYear();
    const stories = {
      'a.story': STORY('Rota rebuild', 'achievement', `When: ${year - 6}`),
      'b.story': STORY('Late launch', 'failure', `When: ${year - 7}`),
      'c.story': STORY('Carrier deal', 'achievement', `When: ${year - 1}`),
    };
    const recency = async (settings: object): Promise<string[]> => {
      const dir = workspace({ '.storycoach.json': JSON.stringify(settings), ...stories });
      const report = JSON.parse((await runCli(['bank', '--format', 'json'], dir)).stdout) as BankReport;
      return report.findings.filter((finding) => finding.rule === 'bank-recency').map((finding) => finding.message);
    };
    // Two of three stories are 6–7 years old: long ago after 5 years, not after the default 8.
    assert.deepEqual(await recency({}), []);
    const [message] = await recency({ recencyYears: 5 });
    assert.match(message ?? '', /^2 of your 3 dated stories happened more than 5 years ago/);
  });

  it('counts rehearsals from .storycoach/rehearsals.jsonl and skips a bad line with a warning', async () => {
    const dir = workspace({
      'a.story': STORY('Rota rebuild', 'achievement', 'Rehearsed: 2026-11-01\n'),
      '.storycoach/rehearsals.jsonl': [
        JSON.stringify({ story: 'a.story#rota-rebuild', at: '2026-11-20T09:00:00Z', seconds: 131, sections: { situation: 20, action: 80, result: 31 }, rating: 'good' }),
        '{"story": "a.story#rota-rebuild", "at": ',
      ].join('\n'),
    });
    const run = await runCli(['bank', '--format', 'json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /rehearsals\.jsonl:2: skipped/);
    const story = (JSON.parse(run.stdout) as BankReport).stories[0];
    assert.deepEqual([story.rehearsals, story.lastRehearsed], [2, '2026-11-20']);
    assert.ok(story.nextRehearsal !== null && story.nextRehearsal > '2026-11-20');
  });

  it('survives binary and mis-encoded files: the rest is reported, the file named, exit 2 as check does', async () => {
    const dir = workspace({ 'a.story': STORY('Rota rebuild'), 'b.story': Buffer.from([0x00, 0x01, 0xff, 0xfe]), 'c.story': Buffer.from([0x23, 0x20, 0xc3, 0x28]) });
    const run = await runCli(['bank', '--format', 'json'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /b\.story: .*binary/);
    assert.match(run.stderr, /c\.story: .*UTF-8/);
    assert.deepEqual((JSON.parse(run.stdout) as BankReport).stories.map((story) => story.id), ['a.story#rota-rebuild']);
  });

  it('exits 1 when a bank finding is an error, and 2 on bad usage', async () => {
    const dir = workspace({
      '.storycoach.json': JSON.stringify({ rules: { 'bank-balance': 'error' } }),
      'a.story': STORY('One'),
      'b.story': STORY('Two'),
      'c.story': STORY('Three'),
    });
    assert.equal((await runCli(['bank'], dir)).code, 1);
    const bad = await runCli(['bank', '--format', 'yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be text, json, markdown/);
    assert.equal((await runCli(['bank', 'nowhere'], dir)).code, 2);
  });
});
