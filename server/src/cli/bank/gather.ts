// What `story-coach bank` reads (story-bank spec §1, §4, §7): the settings in use and the bank root,
// the story files (with Markdown `storyFiles`), the target role and the rehearsal log.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRehearsalLog, type RehearsalEntry } from '../../engine';
import { CONFIG_FILE_NAME, ConfigLocator, defaultBankSettings, loadProjectConfig, type ProjectConfig } from '../../config';
import { storyFilesMatcher } from '../../config/story-files';
import { CliError } from '../command';
import { findStoryFiles } from '../files';

export interface BankSources {
  /** Absolute: the folder of the settings file in use, else the current folder. */
  readonly root: string;
  readonly config: ProjectConfig | null;
  /** Absolute paths of the story files (`.story`, and Markdown matched by `storyFiles`), sorted. */
  readonly storyFiles: readonly string[];
  /** Absolute path of the target role file, or null. */
  readonly role: string | null;
  readonly rehearsals: readonly RehearsalEntry[];
  /** Problems worth a line on stderr that do not stop the report (an unreadable log line). */
  readonly warnings: readonly string[];
}

export const REHEARSAL_LOG = path.join('.storycoach', 'rehearsals.jsonl');

export function gatherBank(paths: readonly string[], options: { readonly config: string | null; readonly role: string | null }): BankSources {
  const given = paths.length > 0 ? paths : ['.'];
  const configFile = options.config ?? new ConfigLocator().nearest(startFolder(given[0]));
  const config = configFile ? loadProjectConfig(configFile) : null;
  const bank = config?.bank ?? defaultBankSettings(process.cwd());
  const root = bank.root;

  const stories = new Set(findStoryFiles(given).map((file) => path.resolve(file)));
  if (bank.storyFiles.length > 0) for (const file of walk(root, storyFilesMatcher(bank.storyFiles), root)) stories.add(file);

  const warnings: string[] = [];
  const rehearsals = readRehearsals(path.join(root, REHEARSAL_LOG), warnings);
  return { root, config, storyFiles: [...stories].sort(), role: targetRole(given, options.role, bank.role), rehearsals, warnings };
}

/** `--role FILE`; else the `role` of the settings file; else the only `.role` file in the bank; else none. */
export function targetRole(paths: readonly string[], option: string | null, configured: string | null): string | null {
  for (const [file, source] of [[option, '--role'], [configured, `"role" in ${CONFIG_FILE_NAME}`]] as const) {
    if (file === null) continue;
    if (!isFile(file)) throw new CliError(`${source}: no such role file: ${file}`);
    return path.resolve(file);
  }
  const found = new Set<string>();
  for (const given of paths) {
    if (isDirectory(given)) for (const file of walk(path.resolve(given), (relative) => relative.toLowerCase().endsWith('.role'), path.resolve(given))) found.add(file);
    else if (given.toLowerCase().endsWith('.role')) found.add(path.resolve(given));
  }
  return found.size === 1 ? [...found][0] : null;
}

function readRehearsals(file: string, warnings: string[]): readonly RehearsalEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`${REHEARSAL_LOG}: cannot read the rehearsal log (${(error as NodeJS.ErrnoException).code ?? String(error)}); rehearsals are not counted`);
    return [];
  }
  const { entries, errors } = parseRehearsalLog(text);
  for (const error of errors) warnings.push(`${REHEARSAL_LOG}:${error.line}: skipped: ${error.message}`);
  return entries;
}

/** Files under `dir` whose path relative to `base` (with `/`) matches; node_modules and dot-folders skipped. */
function walk(dir: string, matches: (relative: string) => boolean, base: string, found: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full, matches, base, found);
    } else if (entry.isFile() && matches(path.relative(base, full).split(path.sep).join('/'))) {
      found.push(full);
    }
  }
  return found;
}

function startFolder(given: string): string {
  return isDirectory(given) ? given : path.dirname(given);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
