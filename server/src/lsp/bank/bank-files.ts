// Node-side reading of a bank's files for the language server (the engine never touches the disk).
// Everything here is asynchronous and forgiving: a file that vanishes, cannot be read or is not text
// is reported as such and skipped, never thrown at the caller.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/** Larger files are not stories or roles anyone speaks; they are skipped with a reason. */
export const MAX_BANK_FILE_BYTES = 2 * 1024 * 1024;
/** A workspace with more files than this is not a story bank (a monorepo opened by accident): stop looking. */
export const MAX_SCANNED_ENTRIES = 50_000;

export const CONFIG_FILE = '.storycoach.json';
export const REHEARSAL_LOG = '.storycoach/rehearsals.jsonl';

export type BankFileKind = 'story' | 'role' | 'markdown' | 'rehearsals' | 'config';

export type ReadResult = { readonly text: string } | { readonly error: string };

/** Reads a file as strict UTF-8 text; binary, mis-encoded, huge, vanished or unreadable files get a reason instead. */
export async function readBankFile(file: string): Promise<ReadResult> {
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > MAX_BANK_FILE_BYTES) return { error: `larger than ${MAX_BANK_FILE_BYTES / 1048576} MB` };
    const bytes = await fsp.readFile(file);
    if (bytes.includes(0)) return { error: 'binary (contains NUL bytes)' };
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof TypeError) return { error: 'not valid UTF-8' };
    return { error: code === 'ENOENT' ? 'vanished' : `unreadable (${code ?? String(error)})` };
  }
}

/**
 * Every file under `root` (relative paths, `/` separators, sorted) that `wanted` accepts. Skips
 * node_modules and dot-folders except `.storycoach`, follows no symbolic links, and yields between
 * folders so a large workspace never holds the server. Folders that vanish or cannot be read are skipped.
 */
export async function scanFolder(root: string, wanted: (relativePath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [''];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_SCANNED_ENTRIES) {
    const relativeDir = pending.pop() as string;
    let entries;
    try {
      entries = await fsp.readdir(path.join(root, relativeDir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      seen++;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || (entry.name.startsWith('.') && entry.name !== '.storycoach')) continue;
        pending.push(relative);
      } else if (entry.isFile() && wanted(relative)) {
        found.push(relative);
      }
    }
  }
  return found.sort();
}

/** The kind of a bank file by its path relative to the root; Markdown only when a `storyFiles` glob takes it. */
export function bankFileKind(relativePath: string, isMarkdownStory: (relativePath: string) => boolean): BankFileKind | null {
  const lower = relativePath.toLowerCase();
  if (lower.endsWith('.story')) return 'story';
  if (lower.endsWith('.role')) return 'role';
  if (relativePath === REHEARSAL_LOG) return 'rehearsals';
  if (relativePath === CONFIG_FILE) return 'config';
  if ((lower.endsWith('.md') || lower.endsWith('.markdown')) && isMarkdownStory(relativePath)) return 'markdown';
  return null;
}
