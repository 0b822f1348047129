import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { resolveSettings, SETTING_RULE_IDS, type EngineOptions } from '../engine';
import { ConfigError, ConfigLocator, layerSettings, readProjectConfig, type ProjectConfig } from '../config';

export interface ServerSettings {
  readonly options: EngineOptions;
  /** Delay between the last edit and re-linting, for push diagnostics. */
  readonly debounceMs: number;
  /** The `.storycoach.json` that applies to the document (its bank keys and folder, the bank root), if any. */
  readonly project: ProjectConfig | null;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const RULE_IDS = SETTING_RULE_IDS;

/**
 * The settings of each document, in layers: the built-in defaults, then the nearest
 * `.storycoach.json` above the document (the file the command line reads), then the editor's
 * `storyCoach.*` settings (workspace/configuration, scoped to the document, or the
 * initializationOptions of clients without it). Only what the editor sets explicitly counts: the
 * VS Code client sends set values only, never defaults. Each distinct problem is shown once: a bad
 * value must not turn into a message on every keystroke.
 */
export class SettingsReader {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private readonly projects = new Map<string, ProjectConfig | null>();
  private readonly reported = new Set<string>();
  private readonly locator: ConfigLocator;

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
    private initial: unknown = undefined,
    /** Hears each folder searched for a settings file (to watch it where the client cannot). */
    onSearchedFolder: (dir: string) => void = () => undefined,
  ) {
    this.locator = new ConfigLocator(onSearchedFolder);
  }

  /** Forget cached settings (after workspace/didChangeConfiguration, or a settings file changed). */
  reset(pushed?: unknown): void {
    this.cache.clear();
    this.projects.clear();
    this.locator.clear();
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
    let editor: unknown = this.initial;
    if (this.supportsConfiguration()) {
      try {
        editor = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'storyCoach' });
      } catch (error) {
        this.connection.console.warn(`Story Coach: could not read settings (${String(error)}); using defaults.`);
      }
    }
    const project = this.projectFor(uri);
    const editorSettings = resolveSettings(editor ?? {}, RULE_IDS, 'storyCoach.');
    const problems = [...editorSettings.problems];
    // Each layer is checked on its own so that a message names where the bad value is.
    const options = project ? resolveSettings(layerSettings(project.settings, editor ?? {}), RULE_IDS).options : editorSettings.options;
    const object = typeof editor === 'object' && editor !== null ? (editor as Record<string, unknown>) : {};
    const debounceValue = object.debounceMs ?? project?.settings.debounceMs;
    let debounceMs = DEFAULT_DEBOUNCE_MS;
    if (debounceValue !== undefined) {
      if (typeof debounceValue === 'number' && Number.isInteger(debounceValue) && debounceValue >= 0 && debounceValue <= 5000) debounceMs = debounceValue;
      else problems.push(`storyCoach.debounceMs: ${JSON.stringify(debounceValue)} is not valid; use whole milliseconds from 0 to 5000.`);
    }
    for (const problem of problems) this.report(`Story Coach settings: ${problem}`);
    return { options, debounceMs, project };
  }

  /** The nearest `.storycoach.json` above a file: document; null for other schemes or when there is none. */
  private projectFor(uri: string): ProjectConfig | null {
    let file: string;
    try {
      if (!uri.startsWith('file:')) return null;
      file = fileURLToPath(uri);
    } catch {
      return null;
    }
    const configFile = this.locator.nearest(path.dirname(file));
    if (configFile === null) return null;
    let project = this.projects.get(configFile);
    if (project === undefined) {
      try {
        project = readProjectConfig(configFile);
        for (const problem of project.problems) this.report(`Story Coach: ${configFile}: ${problem}`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        this.report(`Story Coach: ${error.message}`);
        project = null;
      }
      this.projects.set(configFile, project);
    }
    return project;
  }

  private report(problem: string): void {
    if (this.reported.has(problem)) return;
    this.reported.add(problem);
    this.connection.console.warn(problem);
    void this.connection.window.showWarningMessage(`${problem} Using the default.`);
  }
}
