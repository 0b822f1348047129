import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './command';

export class PathError extends CliError {}

/**
 * Expands paths to `.story` files: a file is taken as given (whatever its extension), a folder is
 * searched recursively, skipping node_modules and dot-folders. Sorted, without duplicates.
 */
export function findStoryFiles(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new PathError(code === 'ENOENT' ? `no such file or folder: ${given}` : `cannot read ${given} (${code ?? String(error)})`);
    }
    if (stat.isDirectory()) walk(given, found);
    else found.add(path.normalize(given));
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new PathError(`cannot read folder ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(full, found);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.story')) {
      found.add(path.normalize(full));
    }
  }
}
