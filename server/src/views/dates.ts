// Date and duration arithmetic for the views: ISO calendar dates (YYYY-MM-DD), compared in UTC so
// the result never depends on the machine's time zone.

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either is not a date. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const start = Date.parse(from.slice(0, 10));
  const end = Date.parse(to.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.round((end - start) / DAY_MS);
}

/** Speaking time as a speaker reads it: `0:45`, `2:30`, `12:05`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "today", "yesterday", "3 days ago", "in 2 days". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  return days < 0 ? `${-days} days ago` : `in ${days} days`;
}

/** Today's ISO date in UTC: the default when a report carries no `today`. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
