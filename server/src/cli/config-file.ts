import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings, SETTING_RULE_IDS, type EngineOptions } from '../engine';

export const CONFIG_FILE_NAME = '.storycoach.json';

export class ConfigError extends Error {}

/** Top-level keys of a settings file: the `storyCoach.*` settings without the prefix (editor-only ones are accepted and unused). */
// The bank keys (story-bank spec) are read by the `bank` command; `check` accepts and ignores them.
const KNOWN_KEYS: ReadonlySet<string> = new Set(['rules', 'wordsPerMinute', 'speakingTime', 'words', 'debounceMs', 'trace', '$schema', 'questions', 'role', 'interviewDate', 'storyFiles', 'bank']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loads and validates a settings file; any problem is a ConfigError naming the file and key. */
export function loadConfigFile(file: string): EngineOptions {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`invalid JSON in ${file}: ${(error as Error).message}`);
  }
  const { options, problems: valueProblems } = resolveSettings(parsed, SETTING_RULE_IDS);
  // A misspelt top-level key ("rule") would otherwise be ignored silently and CI would run on defaults.
  const unknownKeys = isObject(parsed) ? Object.keys(parsed).filter((key) => !KNOWN_KEYS.has(key)) : [];
  const problems = [...unknownKeys.map((key) => `${key}: unknown setting; use ${[...KNOWN_KEYS].filter((k) => !k.startsWith('$')).join(', ')}.`), ...valueProblems];
  if (problems.length > 0) throw new ConfigError(`invalid config ${file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  return options;
}

/** Finds the nearest `.storycoach.json` at or above a folder; memoised per folder. */
export class ConfigLocator {
  private readonly byDir = new Map<string, string | null>();

  nearest(dir: string): string | null {
    const absolute = path.resolve(dir);
    const known = this.byDir.get(absolute);
    if (known !== undefined) return known;
    const candidate = path.join(absolute, CONFIG_FILE_NAME);
    const parent = path.dirname(absolute);
    const found = fs.existsSync(candidate) ? candidate : parent === absolute ? null : this.nearest(parent);
    this.byDir.set(absolute, found);
    return found;
  }
}
