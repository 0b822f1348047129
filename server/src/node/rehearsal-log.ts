// The rehearsal log on disk: `<bank root>/.storycoach/rehearsals.jsonl` (story-bank spec §7).
// Each append is one write of a whole line to a file opened O_APPEND, under a lock file, so two
// windows (or a window and a terminal) never interleave partial lines. A line left unfinished by a
// crash stays in the file, reported by the parser; the next entry starts on a line of its own.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatRehearsalLine, parseRehearsalLog, type ParsedRehearsalLog, type RehearsalEntry } from '../engine';

export const REHEARSAL_LOG_PATH = '.storycoach/rehearsals.jsonl';

export interface LogLockOptions {
  /** Give up waiting for another writer's lock after this long (default 10 s). */
  readonly timeoutMs?: number;
  /** A lock older than this, or held by a process that no longer exists, is stale (default 30 s). */
  readonly staleMs?: number;
}

export class RehearsalLogError extends Error {}

export function rehearsalLogFile(root: string): string {
  return path.join(root, ...REHEARSAL_LOG_PATH.split('/'));
}

/** Reads and parses the log; a missing log is an empty one. */
export async function readRehearsalLog(root: string): Promise<ParsedRehearsalLog> {
  let text: string;
  try {
    text = await fs.promises.readFile(rehearsalLogFile(root), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], errors: [] };
    throw error;
  }
  return parseRehearsalLog(text);
}

/** Appends one entry as one line, atomically with respect to other Story Coach writers. */
export async function appendRehearsal(root: string, entry: RehearsalEntry, options: LogLockOptions = {}): Promise<void> {
  const file = rehearsalLogFile(root);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await withLogLock(file, options, async () => {
    const handle = await fs.promises.open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let separator = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        // A crash mid-line left an unfinished line: keep it (the parser reports it), start afresh.
        if (last[0] !== 0x0a) separator = '\n';
      }
      const data = Buffer.from(`${separator}${formatRehearsalLine(entry)}`, 'utf8');
      let written = 0;
      while (written < data.length) written += (await handle.write(data, written, data.length - written)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** Runs `critical` while holding the log's lock file (`<log>.lock`), so writers take turns. */
export async function withLogLock<T>(file: string, options: LogLockOptions, critical: () => Promise<T>): Promise<T> {
  const release = await acquireLock(`${file}.lock`, options);
  try {
    return await critical();
  } finally {
    await release();
  }
}

async function acquireLock(lockFile: string, options: LogLockOptions): Promise<() => Promise<void>> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const started = Date.now();
  const token = `${process.pid} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  for (;;) {
    try {
      await fs.promises.writeFile(lockFile, token, { flag: 'wx' });
      return async () => {
        // Only our own lock: a stale-lock breaker may have replaced it after a long pause.
        const held = await fs.promises.readFile(lockFile, 'utf8').catch(() => '');
        if (held === token) await fs.promises.rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await breakStaleLock(lockFile, staleMs)) continue;
    if (Date.now() - started > timeoutMs) {
      throw new RehearsalLogError(`the rehearsal log is locked by another Story Coach window (${lockFile}); try again`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  }
}

/** Removes a lock whose holder is gone or that is older than `staleMs`; true when removed. */
async function breakStaleLock(lockFile: string, staleMs: number): Promise<boolean> {
  let held: string;
  let stat: fs.Stats;
  try {
    held = await fs.promises.readFile(lockFile, 'utf8');
    stat = await fs.promises.stat(lockFile);
  } catch {
    return true; // released meanwhile: try again at once
  }
  const pid = Number(held.split(' ')[0]);
  if (!(Date.now() - stat.mtimeMs > staleMs || (Number.isInteger(pid) && pid > 0 && !processExists(pid)))) return false;
  // Only the lock we judged: another breaker may have replaced it already.
  const again = await fs.promises.readFile(lockFile, 'utf8').catch(() => null);
  if (again === held) await fs.promises.rm(lockFile, { force: true });
  return true;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
