import * as fs from 'node:fs';
import { CONFIG_FILE_NAME } from '../config';

/**
 * For clients that cannot watch files for the server (no dynamic registration of
 * workspace/didChangeWatchedFiles): watches every folder searched for a `.storycoach.json`, so that
 * creating, editing or deleting one there takes effect without a restart.
 */
export class SettingsFolderWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher | null>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChange: () => void,
    /** Editors save in bursts (truncate, write, rename): one change is reported per burst. */
    private readonly settleMs = 50,
  ) {}

  watch(dir: string): void {
    if (this.watchers.has(dir)) return;
    let watcher: fs.FSWatcher | null = null;
    try {
      watcher = fs.watch(dir, { persistent: false }, (_event, name) => {
        if (name === null || name.toString() === CONFIG_FILE_NAME) this.changed();
      });
      // A folder that goes away (or cannot be watched) only stops being watched.
      watcher.on('error', () => undefined);
    } catch {
      watcher = null;
    }
    this.watchers.set(dir, watcher);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher?.close();
    this.watchers.clear();
  }

  private changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, this.settleMs);
  }
}
