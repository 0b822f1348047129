// `story-coach check` exit status (spec §6): 0 no error, 1 an error-severity finding, 2 bad usage,
// unreadable path or invalid configuration — with a one-line message on stderr naming the problem.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree, removeTree, runCli, runJson, writeFile, type CliRun } from '../support/cli';
import { REPO_ROOT } from '../support/paths';

/** Exit 2, nothing on stdout, exactly one line on stderr matching `message`. */
function assertUsageFailure(run: CliRun, message: RegExp): void {
  assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.ok(run.stderr.endsWith('\n'));
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, `one line: ${JSON.stringify(run.stderr)}`);
  assert.match(run.stderr, /^story-coach: /);
  assert.match(run.stderr, message);
}

describe('story-coach check: exit status and errors', function () {
  this.timeout(30000);
  let root: string;
  before(() => (root = makeTree()));
  after(() => removeTree(root));

  it('exits 0 when findings are warnings, hints or infos only', async () => {
    const run = await runJson(['check', 'emoji.story', 'fixable.story'], root);
    assert.equal(run.code, 0);
    assert.ok(run.json.files.some((file) => file.findings.some((finding) => finding.severity === 'warning')));
    assert.ok(!run.json.files.some((file) => file.findings.some((finding) => finding.severity === 'error')));
  });

  it('exits 1 when a .storycoach.json makes a finding an error', async () => {
    const run = await runJson(['check', 'team'], root);
    assert.equal(run.code, 1);
    const hedge = run.json.files[0].findings.find((finding) => finding.rule === 'hedging');
    assert.equal(hedge?.severity, 'error');
    const text = await runCli(['check', 'team'], root);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^ {2}3:\d+ +error +"I think" hedges/m);
    assert.match(text.stdout, /\(1 error/);
  });

  it('exits 1 with --config FILE that raises a rule to error', async () => {
    writeFile(root, 'strict.json', JSON.stringify({ rules: { 'blame-phrasing': 'error' } }));
    const run = await runCli(['check', 'unfixable.story', '--config', 'strict.json'], root);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /error +"Our payment vendor dropped the ball"/);
  });

  describe('exit 2 with a one-line message', () => {
    it('for a path that does not exist', async () => {
      assertUsageFailure(await runCli(['check', 'missing.story'], root), /no such file or folder: missing\.story/);
    });

    it('for a missing path among good ones, checking nothing', async () => {
      assertUsageFailure(await runCli(['check', 'emoji.story', 'nowhere/'], root), /nowhere/);
    });

    it('for an unknown option', async () => {
      assertUsageFailure(await runCli(['check', '--bogus'], root), /unknown option "--bogus"/);
    });

    it('for an unknown command', async () => {
      assertUsageFailure(await runCli(['lint', 'emoji.story'], root), /unknown command "lint"/);
    });

    it('for a bad --format', async () => {
      assertUsageFailure(await runCli(['check', '--format', 'xml'], root), /--format must be text, json or sarif, not "xml"/);
      assertUsageFailure(await runCli(['check', '--format=yaml'], root), /"yaml"/);
    });

    it('for an option without its value', async () => {
      assertUsageFailure(await runCli(['check', '--format'], root), /--format needs a value/);
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config'], root), /--config needs a value/);
    });

    it('for a --config file that does not exist', async () => {
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'nope.json'], root), /cannot read config nope\.json/);
    });

    it('for a config that is not valid JSON', async () => {
      writeFile(root, 'broken.json', '{ "rules": { "hedging": "off", } ');
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'broken.json'], root), /invalid JSON in broken\.json/);
    });

    it('for an invalid nearest .storycoach.json, naming the file', async () => {
      writeFile(root, 'bad-nearest/.storycoach.json', '{"rules": ');
      writeFile(root, 'bad-nearest/story.story', '# A story\n');
      assertUsageFailure(await runCli(['check', 'bad-nearest'], root), /invalid JSON in .*bad-nearest[/\\]\.storycoach\.json/);
    });

    it('for a config with an unknown rule id, naming the key', async () => {
      writeFile(root, 'unknown-rule.json', JSON.stringify({ rules: { hedgin: 'off' } }));
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'unknown-rule.json'], root), /unknown-rule\.json: rules\.hedgin: unknown rule id/);
    });

    it('for a config with a bad severity, naming the key and the value', async () => {
      writeFile(root, 'bad-severity.json', JSON.stringify({ rules: { hedging: 'loud' } }));
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'bad-severity.json'], root), /rules\.hedging: "loud" is not a severity/);
    });

    it('for a config with a misspelt top-level key, naming it', async () => {
      writeFile(root, 'typo.json', JSON.stringify({ rule: { hedging: 'off' } }));
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'typo.json'], root), /typo\.json: rule: unknown setting/);
    });

    it('for a config that is not an object', async () => {
      writeFile(root, 'array.json', '[]');
      assertUsageFailure(await runCli(['check', 'emoji.story', '--config', 'array.json'], root), /array\.json/);
    });

    it('for a file that is not a UTF-8 text story, still reporting the others', async () => {
      const dir = path.join(root, 'mixed');
      writeFile(root, 'mixed/binary.story', Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe]));
      fs.copyFileSync(path.join(root, 'emoji.story'), path.join(dir, 'emoji.story'));
      const run = await runJson(['check', 'mixed'], root);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /mixed\/binary\.story: .*binary/);
      assert.ok(run.json.files.find((file) => file.path === 'mixed/emoji.story')?.findings.some((finding) => finding.rule === 'hedging'));
    });
  });

  it('config accepts the editor-only keys of the shared settings (debounceMs, trace)', async () => {
    writeFile(root, 'editor.json', JSON.stringify({ rules: { hedging: 'off' }, debounceMs: 300, trace: { server: 'off' }, wordsPerMinute: 140 }));
    const run = await runJson(['check', 'emoji.story', '--config', 'editor.json'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!run.json.files[0].findings.some((finding) => finding.rule === 'hedging'));
  });

  it('--help prints usage and exits 0, as do -h and check --help', async () => {
    for (const args of [['--help'], ['-h'], ['check', '--help']]) {
      const run = await runCli(args, root);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /^Usage: story-coach check \[PATH\.\.\.\] \[--format text\|json\|sarif\] \[--fix\] \[--config FILE\] \[--quiet\]/);
      assert.match(run.stdout, /Exit status: 0 .* 1 .* 2 /);
      assert.equal(run.stderr, '');
    }
  });

  it('--help lists every command; help COMMAND and COMMAND -h print that command\'s options', async () => {
    const top = await runCli(['--help'], root);
    assert.match(top.stdout, /^Commands:\n {2}check +\S/m);
    for (const args of [['help', 'check'], ['check', '-h']]) {
      const run = await runCli(args, root);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /^Usage: story-coach check /);
      assert.match(run.stdout, /--format FORMAT/);
    }
    assertUsageFailure(await runCli(['help', 'lint'], root), /unknown command "lint"; commands: check/);
  });

  it('a flag that takes no value, given one, is bad usage', async () => {
    assertUsageFailure(await runCli(['check', '--fix=yes'], root), /--fix does not take a value/);
  });

  it('config accepts the bank keys and rejects a bad one by name', async () => {
    writeFile(root, 'bank.json', JSON.stringify({ role: 'vp.role', interviewDate: '2026-12-14', storyFiles: ['notes/*.md'], questions: [{ text: 'Why us?' }] }));
    assert.equal((await runJson(['check', 'clean.story', '--config', 'bank.json'], root)).code, 0);
    writeFile(root, 'bad-date.json', JSON.stringify({ interviewDate: 'next week' }));
    assertUsageFailure(await runCli(['check', 'clean.story', '--config', 'bad-date.json'], root), /bad-date\.json: interviewDate: "next week" is not a date/);
  });

  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag], root);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, `${version}\n`);
    }
  });
});
