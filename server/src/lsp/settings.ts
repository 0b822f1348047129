import type { Connection } from 'vscode-languageserver/node';
import { resolveSettings, SETTING_RULE_IDS, type EngineOptions } from '../engine';

export interface ServerSettings {
  readonly options: EngineOptions;
  /** Delay between the last edit and re-linting, for push diagnostics. */
  readonly debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const RULE_IDS = SETTING_RULE_IDS;

/**
 * Reads `storyCoach.*` through workspace/configuration (scoped to the document), validates it, and
 * shows each distinct problem once: a bad value must not turn into a message on every keystroke.
 */
export class SettingsReader {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
    private initial: unknown = undefined,
  ) {}

  /** Forget cached settings (after workspace/didChangeConfiguration). */
  reset(pushed?: unknown): void {
    this.cache.clear();
    if (pushed !== undefined) this.initial = pushed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<ServerSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async load(uri: string): Promise<ServerSettings> {
    let raw: unknown = this.initial;
    if (this.supportsConfiguration()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'storyCoach' });
      } catch (error) {
        this.connection.console.warn(`Story Coach: could not read settings (${String(error)}); using defaults.`);
      }
    }
    const object = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const resolved = resolveSettings(raw ?? {}, RULE_IDS, 'storyCoach.');
    const { options } = resolved;
    const problems = [...resolved.problems];
    let debounceMs = DEFAULT_DEBOUNCE_MS;
    if (object.debounceMs !== undefined) {
      const value = object.debounceMs;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5000) debounceMs = value;
      else problems.push(`storyCoach.debounceMs: ${JSON.stringify(value)} is not valid; use whole milliseconds from 0 to 5000.`) ;
    }
    for (const problem of problems) this.report(problem);
    return { options, debounceMs };
  }

  private report(problem: string): void {
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    this.connection.console.warn(`Story Coach settings: ${problem}`);
    void this.connection.window.showWarningMessage(`Story Coach settings: ${problem} Using the default.`);
  }
}
