// The rehearsal log's line format (story-bank spec §7): one JSON object per line. Parsing never
// drops a line silently: every line that is not a valid entry comes back as an error with its number.
import type { RehearsalEntry, RehearsalRating } from '../bank/report';
import { dayOf } from './dates';

export const REHEARSAL_RATINGS: readonly RehearsalRating[] = ['again', 'hard', 'good', 'easy'];

export interface RehearsalLogError {
  /** 1-based line number in the log file. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedRehearsalLog {
  /** Valid entries, in file order. */
  readonly entries: readonly RehearsalEntry[];
  readonly errors: readonly RehearsalLogError[];
}

export function parseRehearsalLog(text: string): ParsedRehearsalLog {
  const entries: RehearsalEntry[] = [];
  const errors: RehearsalLogError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      const partial = index === lines.length - 1 ? ' (an unfinished last line)' : '';
      errors.push({ line: index + 1, message: `not valid JSON${partial}` });
      return;
    }
    const entry = toRehearsalEntry(value);
    if (typeof entry === 'string') errors.push({ line: index + 1, message: entry });
    else entries.push(entry);
  });
  return { entries, errors };
}

/** One log line, newline included. */
export function formatRehearsalLine(entry: RehearsalEntry): string {
  const sections: Record<string, number> = {};
  for (const [key, seconds] of Object.entries(entry.sections)) sections[key] = Math.round(seconds);
  const line = { story: entry.story, at: entry.at, seconds: Math.round(entry.seconds), sections, rating: entry.rating };
  return `${JSON.stringify(line)}\n`;
}

/** Validates a parsed JSON value as a log entry; a string says what is wrong. */
export function toRehearsalEntry(value: unknown): RehearsalEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.story !== 'string' || record.story.trim() === '') return '"story" must be a story id';
  if (typeof record.at !== 'string' || dayOf(record.at) === null) return '"at" must be an ISO date-time';
  if (!isSeconds(record.seconds)) return '"seconds" must be a number of seconds';
  const rating = record.rating;
  if (typeof rating !== 'string' || !(REHEARSAL_RATINGS as readonly string[]).includes(rating)) {
    return `"rating" must be one of ${REHEARSAL_RATINGS.join(', ')}`;
  }
  const sections: Record<string, number> = {};
  if (record.sections !== undefined) {
    if (typeof record.sections !== 'object' || record.sections === null || Array.isArray(record.sections)) return '"sections" must be an object';
    for (const [key, seconds] of Object.entries(record.sections)) {
      if (!isSeconds(seconds)) return `"sections.${key}" must be a number of seconds`;
      sections[key] = seconds;
    }
  }
  return { story: record.story, at: record.at, seconds: record.seconds as number, sections, rating: rating as RehearsalRating };
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A self-rating key: 1-4 or the initial of again, hard, good, easy. */
export function ratingForKey(key: string): RehearsalRating | null {
  const lower = key.toLowerCase();
  const byDigit = /^[1-4]$/.test(lower) ? REHEARSAL_RATINGS[Number(lower) - 1] : undefined;
  return byDigit ?? REHEARSAL_RATINGS.find((rating) => rating[0] === lower) ?? null;
}
