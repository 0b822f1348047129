// The built CLI (dist/cli.js) on hostile files, failing file systems and bad configuration, and the
// guarantees about the user's files: nothing written without --fix; --fix atomic, faithful to line
// endings, BOM and permissions, and refusing to overwrite a file that changed since it was read.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../../../server/src/engine';
import { readStory } from '../../../server/src/cli/read-story';
import { writeStoryAtomically } from '../../../server/src/cli/write-story';
import { CLI_JS, FIXABLE_STORY, FIXABLE_STORY_FIXED, HEDGY_STORY, makeTree, removeTree, UNFIXABLE_STORY, type JsonReport } from '../support/cli';
import { EXAMPLES } from '../support/paths';
import { manyStories, proseOfSize, singleLine } from './hostile';
import { hashTree, PRELOAD_FS_FAULTS, runNode, sha256, stderrLines, type NodeRun } from './run';

const cli = (args: readonly string[], cwd: string, extra: { env?: NodeJS.ProcessEnv; preload?: string } = {}): Promise<NodeRun> => runNode(CLI_JS, args, { cwd, ...extra });

function parseJson(run: NodeRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}): ${run.stdout.slice(0, 500)}\nstderr: ${run.stderr}`);
  }
}

const fileOf = (report: JsonReport, name: string) => {
  const file = report.files.find((entry) => entry.path === name);
  assert.ok(file, `${name} is in the report: ${report.files.map((entry) => entry.path).join(', ')}`);
  return file;
};

describe('robustness: the CLI on hostile files', function () {
  this.timeout(120_000);
  let root = '';
  afterEach(() => removeTree(root));

  it('reports every file, refuses binary, mis-encoded, oversized and non-regular ones with a reason, and exits 2', async () => {
    root = makeTree({
      'empty.story': '',
      'blank.story': ' \t\r\n\n\u00a0\r\n',
      'big.story': proseOfSize(5 * 1024 * 1024, 3),
      'line.story': singleLine(200_000, 4),
      'periods.story': `# Dots\n## Result\n${'.'.repeat(10_000)}\n${'-'.repeat(10_000)}\n`,
      'many.story': manyStories(50),
      'nul.story': Buffer.from('# Binary\nS: kind of \u0000 slow\n', 'utf8'),
      'latin1.story': Buffer.from('# Caf\xe9\nS: It was kind of slow.\n', 'latin1'),
      'truncated.story': Buffer.concat([Buffer.from('# Euro\nS: cost \u20ac', 'utf8'), Buffer.from([0xe2, 0x82])]),
      'surrogate.story': Buffer.concat([Buffer.from('# CESU\nS: ', 'utf8'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' text\n')]),
      'good.story': HEDGY_STORY,
    });
    // 17 MB without writing 17 MB: a sparse file, refused by size before it is read.
    fs.writeFileSync(path.join(root, 'huge.story'), '');
    fs.truncateSync(path.join(root, 'huge.story'), 17 * 1024 * 1024);
    // A named pipe with no writer would block a read forever; /dev/zero would never end.
    execFileSync('mkfifo', [path.join(root, 'pipe.story')]);
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.story'));

    const run = await cli(['check', '.', 'pipe.story', 'zero.story', '--format', 'json'], root);
    assert.equal(run.code, 2, run.stderr);
    const report = parseJson(run);

    for (const name of ['empty.story', 'blank.story']) {
      assert.equal(fileOf(report, name).error, undefined);
      assert.deepEqual(fileOf(report, name).findings, []);
    }
    const big = fileOf(report, 'big.story');
    assert.ok(big.stories.length > 1000);
    const notices = big.findings.filter((finding) => finding.rule === 'analysis-limit');
    assert.equal(notices.length, 1, 'one notice says what was skipped in the 5 MB file');
    assert.equal(notices[0].severity, 'info');
    assert.match(notices[0].message, /skipped grammar checks .* on \d+ sentence/);
    assert.ok(fileOf(report, 'line.story').findings.length > 0);
    assert.equal(fileOf(report, 'periods.story').error, undefined);
    assert.equal(fileOf(report, 'many.story').stories.length, 50);
    assert.ok(fileOf(report, 'good.story').findings.some((finding) => finding.rule === 'hedging'));

    const refused: Record<string, RegExp> = {
      'nul.story': /NUL bytes/,
      'latin1.story': /not valid UTF-8/,
      'truncated.story': /not valid UTF-8/,
      'surrogate.story': /not valid UTF-8/,
      'huge.story': /17 MB; Story Coach reads files up to 16 MB/,
      'pipe.story': /not a regular file/,
      'zero.story': /not a regular file/,
    };
    const lines = stderrLines(run);
    for (const [name, reason] of Object.entries(refused)) {
      assert.match(String(fileOf(report, name).error), reason, name);
      assert.equal(lines.filter((line) => line.startsWith(`story-coach: ${name}: `)).length, 1, `one stderr line for ${name}: ${run.stderr}`);
    }
    assert.equal(lines.length, Object.keys(refused).length, run.stderr);
    assert.ok(run.ms < 90_000, `took ${run.ms} ms`);
  });

  it('a file that vanishes or becomes unreadable mid-run is reported, and every other file still is', async () => {
    root = makeTree({ 'a.story': HEDGY_STORY, 'b-vanishes.story': HEDGY_STORY, 'c-locked.story': HEDGY_STORY, 'd.story': HEDGY_STORY });
    const run = await cli(['check', '.', '--format', 'json'], root, {
      preload: PRELOAD_FS_FAULTS,
      env: { STORY_COACH_FAULT_VANISH: 'b-vanishes.story', STORY_COACH_FAULT_UNREADABLE: 'c-locked.story' },
    });
    assert.equal(run.code, 2);
    const report = parseJson(run);
    assert.deepEqual(report.files.map((file) => file.path), ['a.story', 'b-vanishes.story', 'c-locked.story', 'd.story']);
    assert.match(String(fileOf(report, 'b-vanishes.story').error), /ENOENT/);
    assert.match(String(fileOf(report, 'c-locked.story').error), /EACCES|permission denied/);
    for (const name of ['a.story', 'd.story']) assert.ok(fileOf(report, name).findings.some((finding) => finding.rule === 'hedging'), name);
    assert.deepEqual(stderrLines(run).map((line) => line.split(':').slice(0, 2).join(':')), ['story-coach: b-vanishes.story', 'story-coach: c-locked.story']);
  });

  it('the same holds on worker threads (enough files to use them)', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) files[`s${String(index).padStart(2, '0')}.story`] = HEDGY_STORY;
    root = makeTree(files);
    const run = await cli(['check', '.', '--format', 'json'], root, { preload: PRELOAD_FS_FAULTS, env: { STORY_COACH_FAULT_VANISH: 's17.story' } });
    assert.equal(run.code, 2);
    const report = parseJson(run);
    assert.equal(report.files.length, 40);
    assert.deepEqual(report.files.filter((file) => file.error).map((file) => file.path), ['s17.story']);
    assert.equal(report.files.filter((file) => file.findings.length > 0).length, 39);
  });
});

describe('robustness: the CLI with a bad configuration file', function () {
  this.timeout(60_000);
  let root = '';
  afterEach(() => removeTree(root));

  const cases: Array<[string, string, RegExp]> = [
    ['malformed JSON', '{ "rules": { "hedging": "off", } ', /invalid JSON in .*\.storycoach\.json/],
    ['not an object', '[1, 2]', /settings: expected an object/],
    ['a bad severity', '{ "rules": { "hedging": "loud" } }', /rules\.hedging: "loud" is not a severity; use off \| hint \| information \| warning \| error/],
    ['an unknown rule', '{ "rules": { "hedgehog": "off" } }', /rules\.hedgehog: unknown rule id; known rules: missing-section, /],
    ['a pace out of range', '{ "wordsPerMinute": 5000 }', /wordsPerMinute: 5000 is out of range; use a number from 60 to 300/],
    ['a word list that is not a list', '{ "words": { "vague": "synergy" } }', /words\.vague: expected a list of phrases/],
    ['a word list over the size limit', JSON.stringify({ words: { hedges: Array.from({ length: 501 }, (_, i) => `filler ${i}`) } }), /words\.hedges: at most 500 phrases of at most 100 characters/],
    ['a phrase over the length limit', JSON.stringify({ words: { blame: ['x'.repeat(101)] } }), /words\.blame: at most 500 phrases of at most 100 characters/],
  ];
  for (const [what, content, message] of cases) {
    it(`${what}: exit 2 with one line naming the file and the problem`, async () => {
      root = makeTree({ '.storycoach.json': content, 'story.story': HEDGY_STORY });
      const run = await cli(['check', '.'], root);
      assert.equal(run.code, 2, run.stdout);
      const lines = stderrLines(run);
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], /^story-coach: /);
      assert.match(lines[0], message);
      assert.equal(run.stdout, '', 'no partial report');
    });
  }

  it('several problems still make one line, with a count of the rest', async () => {
    root = makeTree({ 'cfg.json': '{ "rules": { "hedging": "loud", "boastful": 3 }, "wordsPerMinute": "fast" }', 'story.story': HEDGY_STORY });
    const run = await cli(['check', 'story.story', '--config', 'cfg.json'], root);
    assert.equal(run.code, 2);
    assert.deepEqual(stderrLines(run).length, 1);
    assert.match(run.stderr, /rules\.hedging: "loud" is not a severity.*\(and 2 more\)/);
  });
});

describe('robustness: the CLI never damages a file', function () {
  this.timeout(60_000);
  let root = '';
  afterEach(() => removeTree(root));

  it('without --fix, no file is written (contents and modification times unchanged)', async () => {
    root = makeTree({ 'fixable.story': FIXABLE_STORY, 'crlf.story': FIXABLE_STORY.replace(/\n/g, '\r\n'), 'unfixable.story': UNFIXABLE_STORY });
    for (const name of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, name), path.join(root, name));
    const before = hashTree(root);
    const mtimes = Object.keys(before).map((name) => fs.statSync(path.join(root, name)).mtimeMs);
    for (const format of ['text', 'json', 'sarif']) {
      const run = await cli(['check', '.', '--format', format], root);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
    }
    assert.deepEqual(hashTree(root), before);
    assert.deepEqual(Object.keys(before).map((name) => fs.statSync(path.join(root, name)).mtimeMs), mtimes);
  });

  it('--fix writes through a temporary file and a rename, keeping CRLF, the BOM and the permissions', async () => {
    const crlf = `\ufeff${FIXABLE_STORY.replace(/\n/g, '\r\n')}`;
    const cr = FIXABLE_STORY.replace(/\n/g, '\r');
    root = makeTree({ 'crlf.story': crlf, 'cr.story': cr, 'lf.story': FIXABLE_STORY });
    fs.chmodSync(path.join(root, 'crlf.story'), 0o640);
    fs.chmodSync(path.join(root, 'cr.story'), 0o600);
    const inodes = Object.fromEntries(['crlf.story', 'cr.story', 'lf.story'].map((name) => [name, fs.statSync(path.join(root, name)).ino]));
    const run = await cli(['check', '.', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);

    const written = (name: string): Buffer => fs.readFileSync(path.join(root, name));
    assert.deepEqual([...written('crlf.story').subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    assert.equal(written('crlf.story').toString('utf8'), `\ufeff${FIXABLE_STORY_FIXED.replace(/\n/g, '\r\n')}`);
    assert.equal(written('cr.story').toString('utf8'), FIXABLE_STORY_FIXED.replace(/\n/g, '\r'));
    assert.equal(written('lf.story').toString('utf8'), FIXABLE_STORY_FIXED);
    assert.equal(written('crlf.story').toString('utf8'), applyFixes(crlf, { fileName: 'crlf.story' }).text, 'what the engine fixes is what is written');
    assert.equal(fs.statSync(path.join(root, 'crlf.story')).mode & 0o777, 0o640);
    assert.equal(fs.statSync(path.join(root, 'cr.story')).mode & 0o777, 0o600);
    for (const name of Object.keys(inodes)) assert.notEqual(fs.statSync(path.join(root, name)).ino, inodes[name], `${name} was replaced by a rename, not rewritten in place`);
    assert.deepEqual(fs.readdirSync(root).filter((name) => name.includes('.tmp')), [], 'no temporary file is left behind');
  });

  it('--fix through a symbolic link fixes the story it points to and keeps the link', async () => {
    root = makeTree({ 'real/story.story': FIXABLE_STORY });
    fs.symlinkSync(path.join('real', 'story.story'), path.join(root, 'link.story'));
    const run = await cli(['check', 'link.story', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(fs.lstatSync(path.join(root, 'link.story')).isSymbolicLink(), 'the link is still a link');
    assert.equal(fs.readFileSync(path.join(root, 'real', 'story.story'), 'utf8'), FIXABLE_STORY_FIXED);
  });

  it('--fix refuses to write a file that changed after it was read, and leaves the newer content alone', async () => {
    root = makeTree({ 'fixable.story': FIXABLE_STORY, 'other.story': FIXABLE_STORY });
    const run = await cli(['check', '.', '--fix'], root, { preload: PRELOAD_FS_FAULTS, env: { STORY_COACH_FAULT_CHANGE: 'fixable.story' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^story-coach: fixable\.story: file changed on disk while it was being fixed; not written$/m);
    assert.equal(fs.readFileSync(path.join(root, 'fixable.story'), 'utf8'), `${FIXABLE_STORY}\nEdited by someone else meanwhile.\n`);
    assert.equal(fs.readFileSync(path.join(root, 'other.story'), 'utf8'), FIXABLE_STORY_FIXED, 'the other file is still fixed');
    assert.deepEqual(fs.readdirSync(root).filter((name) => name.includes('.tmp')), []);
  });

  it('writeStoryAtomically: refuses when the bytes on disk differ from those read; otherwise replaces them whole', () => {
    root = makeTree({ 'story.story': FIXABLE_STORY });
    const file = path.join(root, 'story.story');
    const read = readStory(file);
    fs.writeFileSync(file, `${FIXABLE_STORY}# Added in the editor\n`);
    const edited = sha256(file);
    assert.throws(() => writeStoryAtomically(file, 'fixed text', read), /file changed on disk while it was being fixed; not written/);
    assert.equal(sha256(file), edited);

    const fresh = readStory(file);
    fs.chmodSync(file, 0o604);
    writeStoryAtomically(file, 'fixed text\n', { ...fresh, stat: fs.statSync(file) });
    assert.equal(fs.readFileSync(file, 'utf8'), 'fixed text\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o604);
    assert.deepEqual(fs.readdirSync(root), ['story.story']);
  });
});
