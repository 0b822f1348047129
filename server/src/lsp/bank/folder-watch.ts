import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node';
import { fileUri } from './bank-service';

/**
 * For clients that cannot watch files for the server (no dynamic registration of
 * workspace/didChangeWatchedFiles): watches each workspace folder itself, recursively, and reports
 * what changed as the client would have. Bursts are batched; a folder that cannot be watched is
 * only not watched.
 */
export class BankFolderWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChanges: (changes: FileEvent[]) => void,
    private readonly settleMs = 50,
  ) {}

  watch(folder: string): void {
    if (this.watchers.has(folder)) return;
    try {
      const watcher = fs.watch(folder, { recursive: true, persistent: false }, (_event, name) => {
        if (name === null) return;
        const relative = name.toString();
        if (relative.split(path.sep).some((part) => part === 'node_modules' || part === '.git')) return;
        this.pending.add(path.join(folder, relative));
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), this.settleMs);
      });
      watcher.on('error', () => this.unwatch(folder));
      this.watchers.set(folder, watcher);
    } catch {
      // No watching here (too many folders, a file system without events): the bank follows open documents only.
    }
  }

  unwatch(folder: string): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const folder of [...this.watchers.keys()]) this.unwatch(folder);
  }

  private flush(): void {
    const changes = [...this.pending].map((file): FileEvent => ({ uri: fileUri(file), type: fs.existsSync(file) ? FileChangeType.Changed : FileChangeType.Deleted }));
    this.pending.clear();
    if (changes.length > 0) this.onChanges(changes);
  }
}
