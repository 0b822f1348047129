import * as fs from 'node:fs';

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ReadStory {
  readonly text: string;
  readonly bytes: Buffer;
  readonly stat: fs.Stats;
}

/** Reads a story file as strict UTF-8; binary or mis-encoded files are refused with a reason, never guessed. */
export function readStory(file: string): ReadStory {
  const stat = fs.statSync(file);
  // A pipe, socket or device named on the command line would block or never end (`/dev/zero`).
  if (!stat.isFile()) throw new Error('not a regular file (a pipe, socket or device); Story Coach reads only files');
  if (stat.size > MAX_FILE_BYTES) throw new Error(`file is ${Math.round(stat.size / 1048576)} MB; Story Coach reads files up to ${MAX_FILE_BYTES / 1048576} MB`);
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new Error('file contains NUL bytes: it looks binary, not a text story');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('file is not valid UTF-8; save it as UTF-8 and run again');
  }
  return { text, bytes, stat };
}
