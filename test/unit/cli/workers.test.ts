// From 24 files on, `story-coach check` lints on worker threads. The result must not depend on it:
// the same JSON, in the same order, with each file's own nearest configuration.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EMOJI_STORY, FIXABLE_STORY, HEDGY_STORY, makeTree, removeTree, runJson, UNFIXABLE_STORY } from '../support/cli';
import { EXAMPLES } from '../support/paths';

const FILE_COUNT = 24; // the smallest run that goes to worker threads

function manyStories(): Record<string, string> {
  const examples = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.story')).map((name) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
  const texts = [EMOJI_STORY, FIXABLE_STORY, UNFIXABLE_STORY, HEDGY_STORY, ...examples];
  const files: Record<string, string> = { 'strict/.storycoach.json': JSON.stringify({ rules: { hedging: 'error', 'speaking-time': 'off' } }) };
  for (let i = 0; i < FILE_COUNT; i++) {
    // Half the files sit under a folder whose config changes severities, so options travel to the workers.
    const folder = i % 2 === 0 ? 'plain' : 'strict';
    files[`${folder}/story-${String(i).padStart(2, '0')}.story`] = texts[i % texts.length];
  }
  return files;
}

/** Runs tasks with at most `limit` at a time, keeping their order. */
async function inBatches<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

describe('story-coach check: many files (worker threads)', function () {
  this.timeout(120000);
  let root: string;
  before(() => (root = makeTree(manyStories())));
  after(() => removeTree(root));

  it(`gives the same JSON for ${FILE_COUNT} files as checking each file alone`, async () => {
    const all = await runJson(['check', '.'], root);
    assert.equal(all.stderr, '');
    assert.equal(all.json.files.length, FILE_COUNT);
    const paths = all.json.files.map((file) => file.path);
    assert.deepEqual(paths, [...paths].sort(), 'in path order');

    const lanes = Math.max(2, Math.min(6, os.availableParallelism?.() ?? 2));
    const alone = await inBatches(paths.map((p) => () => runJson(['check', p], root)), lanes);
    alone.forEach((run, i) => {
      assert.equal(run.json.files.length, 1);
      assert.deepEqual(all.json.files[i], run.json.files[0], paths[i]);
    });
    const anyError = alone.some((run) => run.code === 1);
    assert.ok(anyError, 'the strict folder turns hedges into errors');
    assert.equal(all.code, 1);
    assert.ok(all.json.files.some((file) => file.path.startsWith('strict/') && file.findings.some((finding) => finding.severity === 'error')));
    assert.ok(all.json.files.every((file) => !file.path.startsWith('strict/') || !file.findings.some((finding) => finding.rule === 'speaking-time')));
  });

  it('writes the same fixes on worker threads as on the main thread', async () => {
    const copy = makeTree(manyStories());
    try {
      const many = await runJson(['check', '.', '--fix'], root);
      assert.equal(many.stderr, '');
      // Below 24 files the CLI stays on the main thread: fix the copy in two such halves.
      const plain = await runJson(['check', 'plain', '--fix'], copy);
      const strict = await runJson(['check', 'strict', '--fix'], copy);
      assert.ok(plain.json.files.length < 24 && strict.json.files.length < 24);
      assert.deepEqual(many.json.files, [...plain.json.files, ...strict.json.files]);
      for (const file of many.json.files) assert.equal(fs.readFileSync(path.join(root, file.path), 'utf8'), fs.readFileSync(path.join(copy, file.path), 'utf8'), file.path);
      assert.ok(many.json.files.some((file) => Number(file.fixed) > 0));
    } finally {
      removeTree(copy);
    }
  });
});
