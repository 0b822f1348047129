// `story-coach check --fix`: every safe fix written in place, atomically; fixes that need a fact from
// the writer (placeholders) never applied; files without safe fixes never touched.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXABLE_STORY, FIXABLE_STORY_FIXED, makeTree, removeTree, runCli, runJson, UNFIXABLE_STORY } from '../support/cli';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('story-coach check --fix', function () {
  this.timeout(30000);
  let root: string;
  beforeEach(() => (root = makeTree()));
  afterEach(() => removeTree(root));
  const read = (relative: string): string => fs.readFileSync(path.join(root, relative), 'utf8');

  it('writes the safe fixes: a hedge deleted, did-you-mean for `## Reslt` and `Knd:`', async () => {
    const before = await runJson(['check', 'fixable.story'], root);
    const fixableRules = before.json.files[0].findings.filter((finding) => finding.fixable).map((finding) => finding.rule).sort();
    assert.deepEqual(fixableRules, ['hedging', 'unknown-metadata', 'unknown-section']);

    const run = await runJson(['check', 'fixable.story', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(read('fixable.story'), FIXABLE_STORY_FIXED);
    const file = run.json.files[0];
    assert.equal(file.fixed, 3);
    const rules = file.findings.map((finding) => finding.rule);
    for (const gone of ['hedging', 'unknown-metadata', 'unknown-section']) assert.ok(!rules.includes(gone), `${gone} fixed; left: ${rules.join(', ')}`);
    assert.ok(file.findings.every((finding) => !finding.fixable), 'what is left needs the writer');
    assert.deepEqual(file.stories[0].sections, ['situation', 'task', 'action', 'result'], 'the fixed heading is a Result now');
  });

  it('leaves fixes that need a fact (placeholders) unapplied', async () => {
    await runCli(['check', 'fixable.story', '--fix'], root);
    const after = await runJson(['check', 'fixable.story'], root);
    const unquantified = after.json.files[0].findings.find((finding) => finding.rule === 'unquantified-result');
    assert.ok(unquantified, 'the Result still has no figure');
    assert.equal(unquantified.fixable, false);
    assert.ok(!read('fixable.story').includes('['), 'no [placeholder] written');
    assert.match(read('fixable.story'), /^Checkout got faster and customers were happier\.$/m);
  });

  it('reports the fixes written in text, and nothing more to fix on a second run', async () => {
    const first = await runCli(['check', 'fixable.story', '--fix'], root);
    assert.match(first.stdout, /\n {2}3 fixes written\.\n$/);
    const second = await runJson(['check', 'fixable.story', '--fix'], root);
    assert.equal(second.json.files[0].fixed, 0);
    assert.equal(read('fixable.story'), FIXABLE_STORY_FIXED);
  });

  it('does not touch files without safe fixes: same content and mtime', async () => {
    const untouched = ['unfixable.story', 'clean.story'];
    const stats = new Map(untouched.map((relative) => [relative, fs.statSync(path.join(root, relative))]));
    const contents = new Map(untouched.map((relative) => [relative, read(relative)]));
    await sleep(20); // so that a rewrite would show in mtime
    const run = await runJson(['check', 'unfixable.story', 'clean.story', 'fixable.story', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);
    for (const relative of untouched) {
      assert.equal(read(relative), contents.get(relative), relative);
      assert.equal(fs.statSync(path.join(root, relative)).mtimeMs, stats.get(relative)?.mtimeMs, `${relative} mtime`);
      assert.equal(run.json.files.find((file) => file.path === relative)?.fixed, 0);
    }
    assert.equal(read('unfixable.story'), UNFIXABLE_STORY);
    assert.ok(run.json.files.find((file) => file.path === 'unfixable.story')?.findings.some((finding) => finding.rule === 'blame-phrasing'));
  });

  it('keeps CRLF line endings, the byte-order mark and the file mode, and leaves no temporary file', async () => {
    const file = path.join(root, 'windows.story');
    fs.writeFileSync(file, '\uFEFF' + FIXABLE_STORY.replace(/\n/g, '\r\n'));
    fs.chmodSync(file, 0o640);
    const run = await runCli(['check', 'windows.story', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte-order mark kept');
    assert.equal(bytes.toString('utf8'), '\uFEFF' + FIXABLE_STORY_FIXED.replace(/\n/g, '\r\n'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(root).filter((name) => name.includes('.tmp')), []);
  });

  it('fixes every file of a folder search and still exits by severity', async () => {
    const run = await runJson(['check', '--fix'], root);
    assert.equal(run.code, 0, 'the only error (a hedge under team/) was fixed');
    assert.equal(read('fixable.story'), FIXABLE_STORY_FIXED);
    assert.doesNotMatch(read('team/deep/nested/hedgy.story'), /I think/);
    assert.match(read('node_modules/pkg/skipped.story'), /I think/, 'node_modules is not searched, so not fixed');
    assert.match(read('.drafts/skipped.story'), /I think/, 'dot-folders are not searched, so not fixed');
    assert.equal(read('notes.txt'), 'not a story: kind of ignored\n');
  });

  it('does not fix without --fix', async () => {
    await runCli(['check', 'fixable.story', '--format', 'sarif'], root);
    await runCli(['check', 'fixable.story'], root);
    assert.equal(read('fixable.story'), FIXABLE_STORY);
  });
});
