import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, resolveSettings, type EngineOptions } from '../engine';

export const CONFIG_FILE_NAME = '.storycoach.json';

export class ConfigError extends Error {}

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
  const { options, problems } = resolveSettings(parsed, RULES.map((rule) => rule.id));
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
