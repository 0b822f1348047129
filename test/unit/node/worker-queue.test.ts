import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { drainInWorker, type WorkerQueue } from '../../../server/src/node/worker-queue';

/** A queue of numbers 0..count-1 in batches of two; each batch is done by doubling its numbers. */
function numbers(count: number): { queue: WorkerQueue<number[], number[]>; done: Map<number, { output: number[]; here: boolean }> } {
  let next = 0;
  const done = new Map<number, { output: number[]; here: boolean }>();
  let here = false;
  const queue: WorkerQueue<number[], number[]> = {
    take: () => {
      if (next >= count) return null;
      const batch = [next, next + 1].filter((value) => value < count);
      next += batch.length;
      return batch;
    },
    message: (batch) => batch,
    done: (batch, output) => {
      done.set(batch[0], { output, here });
      here = false;
    },
    here: (batch) => {
      here = true;
      return batch.map((value) => value * 2);
    },
  };
  return { queue, done };
}

describe('worker queue', () => {
  let folder = '';
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-worker-queue-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const script = (body: string): string => {
    const file = path.join(folder, 'worker.js');
    fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
    return file;
  };

  it('a worker does every batch of the queue', async () => {
    const { queue, done } = numbers(9);
    await drainInWorker(script('parentPort.on("message", (batch) => parentPort.postMessage(batch.map((value) => value * 2)));'), queue);
    assert.deepEqual([...done.keys()].sort((a, b) => a - b), [0, 2, 4, 6, 8]);
    for (const [first, { output, here }] of done) {
      assert.equal(output[0], first * 2);
      assert.equal(here, false, `batch ${first} was done by the worker`);
    }
  });

  it('a worker that dies after its first batch loses nothing: the rest is done on the main thread', async () => {
    const { queue, done } = numbers(9);
    await drainInWorker(script('let seen = 0; parentPort.on("message", (batch) => { if (seen++ > 0) process.exit(3); parentPort.postMessage(batch.map((value) => value * 2)); });'), queue);
    assert.deepEqual([...done.keys()].sort((a, b) => a - b), [0, 2, 4, 6, 8]);
    assert.equal(done.get(0)?.here, false);
    assert.ok([...done.values()].filter((entry) => entry.here).length >= 3, 'the batches after the crash were done here');
    for (const [first, { output }] of done) assert.equal(output[0], first * 2);
  });

  it('a worker that cannot start: every batch is done on the main thread', async () => {
    const { queue, done } = numbers(5);
    await drainInWorker(path.join(folder, 'missing.js'), queue);
    assert.deepEqual([...done.keys()].sort((a, b) => a - b), [0, 2, 4]);
    assert.ok([...done.values()].every((entry) => entry.here));
  });
});
