// Drives a real terminal for CLI tests: a tmux server of the test's own (its own socket), one
// session per run, read back with capture-pane.
import { execFileSync } from 'node:child_process';

export class TmuxTerminal {
  private readonly socket = `story-coach-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'rehearse';

  /** Starts `command` (a shell command line) in a detached terminal of the given size. */
  constructor(command: string, cwd: string, size: { columns: number; rows: number } = { columns: 100, rows: 30 }) {
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, command);
  }

  /** The visible screen, as text (with escape sequences when `escapes`). */
  screen(escapes = false): string {
    return this.tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.session);
  }

  /** Sends keys in tmux's names ("Space", "C-c", "Right") or literal text. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', this.session, '-x', String(columns), '-y', String(rows));
  }

  /** A tmux format for the pane ("#{alternate_on}", "#{cursor_flag}"). */
  format(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.session, format).trim();
  }

  /** Polls the screen until `test` passes; throws with the last screen after `timeoutMs`. */
  async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    for (;;) {
      screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the terminal showed:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  dispose(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }
}
