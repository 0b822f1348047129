import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from './project-config';

/**
 * Finds the nearest `.storycoach.json` at or above a folder; memoised per folder until clear().
 * `onDirectory` hears every folder looked in, so a caller can watch them for a file appearing.
 */
export class ConfigLocator {
  private readonly byDir = new Map<string, string | null>();

  constructor(private readonly onDirectory: (dir: string) => void = () => undefined) {}

  nearest(dir: string): string | null {
    const absolute = path.resolve(dir);
    const known = this.byDir.get(absolute);
    if (known !== undefined) return known;
    this.onDirectory(absolute);
    const candidate = path.join(absolute, CONFIG_FILE_NAME);
    const parent = path.dirname(absolute);
    const found = isFile(candidate) ? candidate : parent === absolute ? null : this.nearest(parent);
    this.byDir.set(absolute, found);
    return found;
  }

  clear(): void {
    this.byDir.clear();
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
