import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RehearsalEntry } from '../../../server/src/engine';
import { appendRehearsal, readRehearsalLog, rehearsalLogFile } from '../../../server/src/node/rehearsal-log';

const MODULE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'node', 'rehearsal-log.js');

const entry = (story: string, seconds: number): RehearsalEntry => ({
  story,
  at: '2026-11-29T10:00:00+00:00',
  seconds,
  sections: { situation: 10, action: seconds - 10 },
  rating: 'good',
});

describe('rehearsal log on disk', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-log-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates .storycoach/rehearsals.jsonl and appends whole lines', async () => {
    await appendRehearsal(root, entry('a.story#a', 90));
    await appendRehearsal(root, entry('a.story#b', 60));
    const text = fs.readFileSync(path.join(root, '.storycoach', 'rehearsals.jsonl'), 'utf8');
    assert.equal(text.split('\n').length, 3);
    assert.ok(text.endsWith('\n'));
    const log = await readRehearsalLog(root);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.entries.map((item) => item.story), ['a.story#a', 'a.story#b']);
    assert.equal(fs.existsSync(`${rehearsalLogFile(root)}.lock`), false, 'the lock is released');
  });

  it('a missing log reads as empty', async () => {
    assert.deepEqual(await readRehearsalLog(root), { entries: [], errors: [] });
  });

  it('keeps an unfinished or corrupt line, reports it, and starts the next entry on a line of its own', async () => {
    const file = rehearsalLogFile(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(entry('a.story#a', 90))}\nnot json at all\n{"story": "a.story#a", "at": "2026-11-2`);
    await appendRehearsal(root, entry('a.story#b', 60));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes('not json at all\n{"story": "a.story#a", "at": "2026-11-2\n{"story":"a.story#b"'), text);
    const log = await readRehearsalLog(root);
    assert.deepEqual(log.entries.map((item) => item.story), ['a.story#a', 'a.story#b']);
    assert.deepEqual(log.errors.map((error) => error.line), [2, 3]);
  });

  it('waits for a lock held by a live writer, then gives up with a clear message', async () => {
    const file = rehearsalLogFile(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, `${process.pid} ${Date.now()} other`);
    await assert.rejects(appendRehearsal(root, entry('a.story#a', 90), { timeoutMs: 200 }), /locked by another Story Coach window/);
    assert.equal(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', '');
  });

  it('breaks a lock left by a process that no longer exists', async () => {
    const file = rehearsalLogFile(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid;
    await new Promise((resolve) => dead.once('exit', resolve));
    fs.writeFileSync(`${file}.lock`, `${pid} ${Date.now()} crashed`);
    await appendRehearsal(root, entry('a.story#a', 90), { timeoutMs: 2000 });
    assert.equal((await readRehearsalLog(root)).entries.length, 1);
  });

  it('the lock admits one process at a time', async function () {
    this.timeout(60_000);
    // Each holder checks that no one else is inside, stays a moment, and leaves: any overlap fails.
    const script = `
      const fs = require('node:fs');
      const { withLogLock } = require(${JSON.stringify(MODULE)});
      (async () => {
        const [file, inside] = process.argv.slice(1);
        for (let i = 0; i < 15; i++) {
          await withLogLock(file, {}, async () => {
            fs.writeFileSync(inside, String(process.pid), { flag: 'wx' });
            await new Promise((resolve) => setTimeout(resolve, 3));
            fs.rmSync(inside);
          });
        }
      })().catch((error) => { console.error(error.message); process.exit(1); });`;
    const file = path.join(root, 'log.jsonl');
    const codes = await Promise.all(
      Array.from({ length: 5 }, () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['-e', script, file, path.join(root, 'inside')], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.once('exit', resolve);
        }),
      ),
    );
    assert.deepEqual(codes, [0, 0, 0, 0, 0]);
  });

  it('several processes appending at once never interleave or lose a line', async function () {
    this.timeout(60_000);
    const writers = 6;
    const perWriter = 40;
    // Long story ids make each line several kilobytes, so an unlocked append would be likely to tear.
    const script = `
      const { appendRehearsal } = require(${JSON.stringify(MODULE)});
      (async () => {
        const [root, writer, count] = process.argv.slice(1);
        for (let i = 0; i < Number(count); i++) {
          await appendRehearsal(root, { story: 'w' + writer + '#' + i + '-' + 'x'.repeat(4000), at: new Date().toISOString(), seconds: i, sections: { action: i }, rating: 'good' });
        }
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const codes = await Promise.all(
      Array.from({ length: writers }, (_, writer) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['-e', script, root, String(writer), String(perWriter)], { stdio: ['ignore', 'ignore', 'inherit'] });
          child.once('exit', resolve);
        }),
      ),
    );
    assert.deepEqual(codes, Array(writers).fill(0));
    const log = await readRehearsalLog(root);
    assert.deepEqual(log.errors, []);
    assert.equal(log.entries.length, writers * perWriter);
    for (let writer = 0; writer < writers; writer++) {
      const mine = log.entries.filter((item) => item.story.startsWith(`w${writer}#`)).map((item) => item.seconds);
      assert.deepEqual(mine, Array.from({ length: perWriter }, (_, i) => i), `writer ${writer}'s lines, in its order`);
    }
  });
});
