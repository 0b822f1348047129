// Records of story files that are not open in the editor, read from disk and linted without grammar
// (their findings are only counted, in the bank views): the bulk of a cold bank index. Done on
// worker threads when a folder has many (ClosedStoryPool), on the main thread otherwise.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_OPTIONS, lint, storyRecords, type EngineOptions, type StoryRecord } from '../../engine';
import { readBankFile } from './bank-files';
import { drainInWorker, type WorkerQueue } from '../../node/worker-queue';

export interface ClosedStoryRequest {
  /** Absolute path on disk. */
  readonly file: string;
  /** Relative to the bank root, with `/`. */
  readonly path: string;
  readonly options: EngineOptions;
}

export type ClosedStoryResult = { readonly path: string; readonly text: string; readonly records: readonly StoryRecord[] } | { readonly path: string; readonly error: string };

/** The records of a closed story file's text: what the bank index would derive itself, with grammar off. */
export function closedRecordsOf(relative: string, text: string, options: EngineOptions): StoryRecord[] {
  const fileName = path.posix.basename(relative);
  return storyRecords(relative, lint(text, { ...options, grammar: false, fileName }), { ...DEFAULT_OPTIONS, ...options });
}

/** Reads a closed story file into its records; never throws. */
export async function closedStoryRecords(request: ClosedStoryRequest): Promise<ClosedStoryResult> {
  const read = await readBankFile(request.file);
  if (!('text' in read)) return { path: request.path, error: read.error };
  try {
    return { path: request.path, text: read.text, records: closedRecordsOf(request.path, read.text, request.options) };
  } catch (error) {
    return { path: request.path, error: `could not be read as stories (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * A record from a worker thread, with its stems shared through `table`: every string arrives as a
 * copy of its own, and a bank's stems are a few thousand words repeated half a million times
 * (11 MB of heap for 1,000 stories, were they kept apart).
 */
export function sharedStems(record: StoryRecord, table: Map<string, string>): StoryRecord {
  const share = (word: string): string => {
    const known = table.get(word);
    if (known !== undefined) return known;
    table.set(word, word);
    return word;
  };
  return {
    ...record,
    titleStems: record.titleStems.map(share),
    textStems: record.textStems.map(share),
    situationStems: record.situationStems.map(share),
    stems: new Set([...record.stems].map(share)),
    coreStems: new Set([...record.coreStems].map(share)),
  };
}

/** Below this many files a worker's start-up costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 48;
/** Files per message: results come back in steady chunks, so the main thread indexes while workers lint. */
const CHUNK = 16;

/**
 * Derives closed stories' records on worker threads (one per core but the main thread's), handing
 * each chunk of results to `onResults` as it arrives, in no particular order. Workers end when the
 * queue is empty, so their memory is given back once the bank is indexed. A worker that fails has its
 * files done on the main thread; without the worker bundle (tests run from out/), all are.
 * Returns how many worker threads it used.
 */
export async function deriveClosedStories(requests: readonly ClosedStoryRequest[], onResults: (results: readonly ClosedStoryResult[]) => void): Promise<number> {
  const script = path.join(__dirname, 'bank-worker.js');
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const workers = Math.min(Math.max(1, cores - 1), Math.floor(requests.length / CHUNK));
  let next = 0;
  const take = (): readonly ClosedStoryRequest[] | null => {
    if (next >= requests.length) return null;
    const batch = requests.slice(next, next + CHUNK);
    next += batch.length;
    return batch;
  };
  const queue: WorkerQueue<readonly ClosedStoryRequest[], ClosedStoryResult[]> = {
    take,
    message: (batch) => batch,
    done: (_batch, results) => onResults(results),
    here: (batch) => Promise.all(batch.map(closedStoryRecords)),
  };
  if (requests.length < MIN_FILES_FOR_WORKERS || workers < 1 || !fs.existsSync(script)) {
    for (let batch = take(); batch; batch = take()) queue.done(batch, await queue.here(batch));
    return 0;
  }
  await Promise.all(Array.from({ length: workers }, () => drainInWorker(script, queue)));
  return workers;
}
