// Which files `story-coach check` reads and which settings apply to each: folder search, the
// current folder by default, the nearest .storycoach.json upwards, --config and --quiet.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree, removeTree, runCli, runJson, writeFile } from '../support/cli';

const FOUND = ['clean.story', 'emoji.story', 'fixable.story', 'team/deep/nested/hedgy.story', 'unfixable.story'];

describe('story-coach check: files and configuration', function () {
  this.timeout(30000);
  let root: string;
  before(() => (root = makeTree()));
  after(() => removeTree(root));

  it('searches folders recursively for *.story, skipping node_modules and dot-folders', async () => {
    const { json } = await runJson(['check', '.'], root);
    assert.deepEqual(json.files.map((file) => file.path), FOUND);
  });

  it('checks the current folder when no PATH is given', async () => {
    const { json, code } = await runJson(['check'], root);
    assert.equal(code, 1, 'team/ makes hedging an error');
    assert.deepEqual(json.files.map((file) => file.path), FOUND);
  });

  it('reports paths relative to the current folder, from a subfolder too', async () => {
    const { json } = await runJson(['check', '..'], `${root}/team`);
    assert.deepEqual(json.files.map((file) => file.path), FOUND.map((p) => (p.startsWith('team/') ? p.slice('team/'.length) : `../${p}`)));
  });

  it('takes a file given explicitly even where a folder search would not look', async () => {
    const { json } = await runJson(['check', 'node_modules/pkg/skipped.story', '.drafts/skipped.story'], root);
    assert.deepEqual(json.files.map((file) => file.path), ['.drafts/skipped.story', 'node_modules/pkg/skipped.story']);
  });

  it('lists a file given twice (or also found in a folder) once', async () => {
    const { json } = await runJson(['check', 'emoji.story', './emoji.story', '.'], root);
    assert.deepEqual(json.files.map((file) => file.path), FOUND);
  });

  it('finds an empty result for a folder without stories, and exits 0', async () => {
    writeFile(root, 'empty/readme.md', '# nothing here\n');
    const run = await runJson(['check', 'empty'], root);
    assert.equal(run.code, 0);
    assert.deepEqual(run.json, { version: 1, files: [] });
  });

  it('applies the nearest .storycoach.json upwards to each file', async () => {
    const { json } = await runJson(['check', 'emoji.story', 'team/deep/nested/hedgy.story'], root);
    const severityOf = (p: string): string | undefined => json.files.find((file) => file.path === p)?.findings.find((finding) => finding.rule === 'hedging')?.severity;
    assert.equal(severityOf('emoji.story'), 'warning', 'outside team/: the default');
    assert.equal(severityOf('team/deep/nested/hedgy.story'), 'error', 'two folders below team/.storycoach.json');
  });

  it('prefers a nearer .storycoach.json to one further up', async () => {
    writeFile(root, 'team/deep/.storycoach.json', JSON.stringify({ rules: { hedging: 'hint' } }));
    try {
      const { json } = await runJson(['check', 'team'], root);
      assert.equal(json.files[0].findings.find((finding) => finding.rule === 'hedging')?.severity, 'hint');
    } finally {
      fs.rmSync(path.join(root, 'team/deep/.storycoach.json'));
    }
  });

  it('--config FILE overrides the nearest .storycoach.json for every file', async () => {
    const run = await runJson(['check', '.', '--config', 'relaxed.json'], root);
    assert.equal(run.code, 0);
    for (const file of run.json.files) assert.ok(!file.findings.some((finding) => finding.rule === 'hedging'), file.path);
  });

  it('--quiet reports errors only, in text and json', async () => {
    const json = await runJson(['check', '--quiet'], root);
    assert.equal(json.code, 1);
    const findings = json.json.files.flatMap((file) => file.findings);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.severity === 'error'), findings.map((finding) => finding.severity).join());
    assert.deepEqual(json.json.files.map((file) => file.path), FOUND, 'every file is still listed');

    const text = await runCli(['check', '--quiet'], root);
    assert.equal(text.code, 1);
    assert.doesNotMatch(text.stdout, /\b(?:warning|hint|info) {2}/);
    assert.match(text.stdout, /^team\/deep\/nested\/hedgy\.story\n {2}3:\d+ +error /m);
    assert.doesNotMatch(text.stdout, /^emoji\.story$/m, 'files with no error are not listed');

    const quiet = await runCli(['check', 'emoji.story', '--quiet'], root);
    assert.equal(quiet.code, 0);
    assert.doesNotMatch(quiet.stdout, /hedging/);
  });
});
