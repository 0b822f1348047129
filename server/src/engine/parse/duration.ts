/** Parses a speaking-time target: `90s`, `2m`, `2m30s`, `2:30`, `1.5m`. Returns seconds, or null. */
export function parseDuration(raw: string): number | null {
  const value = raw.trim().toLowerCase();
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const units = /^(?:(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?))?$/.exec(value);
  if (!units || (units[1] === undefined && units[2] === undefined)) return null;
  const seconds = Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0);
  return seconds > 0 ? Math.round(seconds) : null;
}

/** Formats seconds as `2m30s` / `45s`, the way a Target is written. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest}s`;
  return rest === 0 ? `${minutes}m` : `${minutes}m${String(rest).padStart(2, '0')}s`;
}
