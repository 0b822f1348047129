// `story-coach check --cache`: results kept by file content, settings and tool build; a re-run
// reports the same, an edit, a settings change or a new build checks again, and a bad cache is ignored.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXABLE_STORY, FIXABLE_STORY_FIXED, makeTree, removeTree, runCli, runJson, writeFile } from '../support/cli';

interface CacheFile {
  tool: string;
  files: Record<string, { report: { findings: { message: string }[] } }>;
}

describe('story-coach check --cache', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(() => (root = makeTree()));
  afterEach(() => removeTree(root));
  const cacheAt = (relative = '.storycoachcache'): CacheFile => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8')) as CacheFile;
  /** Marks every cached message, so that a report served from the cache shows it. */
  const tamper = (relative = '.storycoachcache'): void => {
    const cache = cacheAt(relative);
    for (const entry of Object.values(cache.files)) for (const finding of entry.report.findings) finding.message = `(cached) ${finding.message}`;
    fs.writeFileSync(path.join(root, relative), JSON.stringify(cache));
  };
  const messages = (json: { files: readonly { findings: readonly { message: string }[] }[] }): string[] => json.files.flatMap((file) => file.findings.map((finding) => finding.message));

  it('reports exactly what a run without the cache reports, the first time and the next', async () => {
    const plain = await runJson(['check'], root);
    const first = await runJson(['check', '--cache'], root);
    assert.ok(fs.existsSync(path.join(root, '.storycoachcache')), 'the cache file is in the current folder');
    const second = await runJson(['check', '--cache'], root);
    assert.deepEqual(first.json, plain.json);
    assert.deepEqual(second.json, plain.json);
    assert.equal(second.code, plain.code, 'same exit status (team/ makes hedging an error)');
    assert.equal(second.stdout, plain.stdout, 'same text, byte for byte');
  });

  it('serves unchanged files from the cache and checks an edited file again', async () => {
    await runJson(['check', '--cache'], root);
    tamper();
    writeFile(root, 'emoji.story', fs.readFileSync(path.join(root, 'emoji.story'), 'utf8').replace('kind of ', ''));
    const { json } = await runJson(['check', '--cache'], root);
    const emoji = json.files.find((file) => file.path === 'emoji.story');
    assert.ok(emoji && emoji.findings.every((finding) => !finding.message.startsWith('(cached)')), 'the edited file was checked afresh');
    assert.ok(!emoji.findings.some((finding) => finding.rule === 'hedging'), 'and its hedge is gone');
    const others = json.files.filter((file) => file.path !== 'emoji.story').flatMap((file) => file.findings);
    assert.ok(others.length > 0 && others.every((finding) => finding.message.startsWith('(cached)')), 'the unchanged files came from the cache');
  });

  it('checks again when the settings that apply change', async () => {
    await runJson(['check', '--cache'], root);
    tamper();
    writeFile(root, 'team/.storycoach.json', JSON.stringify({ rules: { hedging: 'hint' } }));
    const { json } = await runJson(['check', '--cache'], root);
    const hedgy = json.files.find((file) => file.path === 'team/deep/nested/hedgy.story');
    assert.equal(hedgy?.findings.find((finding) => finding.rule === 'hedging')?.severity, 'hint');
    assert.ok(hedgy.findings.every((finding) => !finding.message.startsWith('(cached)')));
  });

  it('starts afresh from a cache of another build, and from a corrupt one', async () => {
    await runJson(['check', '--cache'], root);
    tamper();
    const cache = cacheAt();
    fs.writeFileSync(path.join(root, '.storycoachcache'), JSON.stringify({ ...cache, tool: `${cache.tool}-older` }));
    assert.ok(!messages((await runJson(['check', '--cache'], root)).json).some((message) => message.startsWith('(cached)')));
    fs.writeFileSync(path.join(root, '.storycoachcache'), '{ not json');
    const run = await runJson(['check', '--cache'], root);
    assert.equal(run.stderr, '', 'a corrupt cache is no error');
    assert.ok(messages(run.json).length > 0);
    assert.doesNotThrow(() => cacheAt(), 'and it is rewritten');
  });

  it('--cache-location takes a file or a folder; without --cache it is bad usage', async () => {
    await runJson(['check', '--cache', '--cache-location', 'caches/story.cache'], root);
    assert.ok(fs.existsSync(path.join(root, 'caches', 'story.cache')));
    fs.mkdirSync(path.join(root, 'folder'));
    await runJson(['check', '--cache', '--cache-location', 'folder'], root);
    assert.ok(fs.existsSync(path.join(root, 'folder', '.storycoachcache')));
    assert.ok(!fs.existsSync(path.join(root, '.storycoachcache')));
    const run = await runCli(['check', '--cache-location', 'folder'], root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--cache-location needs --cache/);
  });

  it('still fixes a file whose cached report has something to fix', async () => {
    await runJson(['check', 'fixable.story', '--cache'], root);
    assert.equal(fs.readFileSync(path.join(root, 'fixable.story'), 'utf8'), FIXABLE_STORY);
    const fixed = await runJson(['check', 'fixable.story', '--cache', '--fix'], root);
    assert.equal(fixed.json.files[0].fixed, 3);
    assert.equal(fs.readFileSync(path.join(root, 'fixable.story'), 'utf8'), FIXABLE_STORY_FIXED);
  });
});
