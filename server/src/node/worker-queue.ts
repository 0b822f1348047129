// One worker thread draining a shared queue of batches (the CLI's pool, the language server's cold
// bank index): the worker gets a batch ahead so it never waits for the main thread, ends when the
// queue is empty, and a worker that cannot start or fails loses nothing: the batches it held and
// the rest of the queue are done on the main thread.
import { Worker } from 'node:worker_threads';

export interface WorkerQueue<Batch, Output> {
  /** The next batch of the shared queue, or null when it is empty. */
  take(): Batch | null;
  /** What the worker is sent for a batch. */
  message(batch: Batch): unknown;
  /** A batch is done (by the worker, or on the main thread). */
  done(batch: Batch, output: Output): void;
  /** The batch done on the main thread instead. */
  here(batch: Batch): Output | Promise<Output>;
}

export function drainInWorker<Batch, Output>(script: string, queue: WorkerQueue<Batch, Output>): Promise<void> {
  const rest = async (pending: Batch[]): Promise<void> => {
    for (let batch = pending.shift() ?? queue.take(); batch !== null && batch !== undefined; batch = pending.shift() ?? queue.take()) queue.done(batch, await queue.here(batch));
  };
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return rest([]);
  }
  return new Promise((resolve) => {
    const pending: Batch[] = [];
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve();
    };
    const send = (): void => {
      const batch = queue.take();
      if (batch === null) return;
      pending.push(batch);
      worker.postMessage(queue.message(batch));
    };
    worker.on('message', (output: Output) => {
      const batch = pending.shift();
      if (batch === undefined) return;
      queue.done(batch, output);
      send();
      if (pending.length === 0) finish();
    });
    const fail = (): void => {
      if (settled) return;
      settled = true;
      void rest(pending).then(resolve);
    };
    worker.once('error', fail);
    worker.once('exit', fail);
    send();
    send();
    if (pending.length === 0) finish();
  });
}
