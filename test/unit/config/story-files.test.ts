import * as assert from 'node:assert/strict';
import { storyFilesMatcher } from '../../../server/src/config/story-files';

describe('storyFiles globs', () => {
  it('matches * within a folder, ** across folders, ? and {a,b}, case-insensitively', () => {
    const matches = storyFilesMatcher(['stories/**/*.md', 'notes/202?/{wins,losses}.MD', './top.md']);
    for (const path of ['stories/a.md', 'stories/2024/q1/b.md', 'notes/2023/wins.md', 'notes/2024/losses.md', 'top.md']) assert.ok(matches(path), path);
    for (const path of ['stories/a.txt', 'other/stories/a.md', 'notes/2023/draws.md', 'notes/20234/wins.md', 'sub/top.md']) assert.ok(!matches(path), path);
  });

  it('takes no globs as no Markdown story, and skips dot-folders', () => {
    assert.ok(!storyFilesMatcher([])('stories/a.md'));
    assert.ok(!storyFilesMatcher(['**/*.md'])('.git/notes.md'));
    assert.ok(storyFilesMatcher(['stories\\**\\*.md'])('stories/2024/a.md'), 'Windows separators in a glob');
  });

  it('takes regular-expression characters literally and stays fast on repeated **', () => {
    assert.ok(storyFilesMatcher(['a+b (1).md'])('a+b (1).md'));
    assert.ok(!storyFilesMatcher(['a+b (1).md'])('aab 1.md'));
    const started = Date.now();
    assert.ok(!storyFilesMatcher([`${'**/'.repeat(40)}x.md`])(`${'a/'.repeat(40)}y.md`));
    assert.ok(Date.now() - started < 1000);
  });
});
