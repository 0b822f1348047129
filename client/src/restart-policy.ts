const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/** Restart after a crash, but not endlessly: a server that keeps dying stays down with a message. */
export class CrashRestartPolicy {
  private readonly crashes: number[] = [];

  /** Records a crash; true when the server should be restarted. */
  recordCrash(now = Date.now()): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > WINDOW_MS) this.crashes.shift();
    return this.crashes.length <= MAX_RESTARTS;
  }

  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** A deliberate restart starts the count afresh. */
  reset(): void {
    this.crashes.length = 0;
  }
}
