// `.storycoach.json`: the one settings file the command line and the language server both read.
// It holds the `storyCoach.*` settings without the prefix (rules, wordsPerMinute, …) and the bank
// keys of story-bank spec §1–§7 (role, questions, interviewDate, storyFiles, recencyYears).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings, SETTING_RULE_IDS, type EngineOptions } from '../engine';

export const CONFIG_FILE_NAME = '.storycoach.json';

/** A settings file that cannot be used at all, or (on the command line) has a bad value. One line. */
export class ConfigError extends Error {}

export type QuestionKind = 'achievement' | 'failure' | 'conflict' | 'any';
const QUESTION_KINDS: readonly QuestionKind[] = ['achievement', 'failure', 'conflict', 'any'];

/** A question of the user's own (`questions` in `.storycoach.json`, story-bank spec §3). */
export interface UserQuestion {
  readonly text: string;
  readonly competencies?: readonly string[];
  readonly kind?: QuestionKind;
}

/** What the story bank reads from the settings file. */
export interface BankSettings {
  /** The bank root: the folder of the `.storycoach.json` in use (else the current or workspace folder). */
  readonly root: string;
  /** The target role file (`role`, written relative to the settings file), as an absolute path; null when unset. */
  readonly role: string | null;
  readonly questions: readonly UserQuestion[];
  /** `interviewDate` (YYYY-MM-DD, a real calendar date); null when unset. */
  readonly interviewDate: string | null;
  /** `storyFiles` globs, relative to `root`, as written; empty when unset. */
  readonly storyFiles: readonly string[];
  /** `recencyYears`: after how many years `bank-recency` counts a story as long ago (default 8). */
  readonly recencyYears: number;
}

export interface ProjectConfig {
  /** Absolute path of the settings file. */
  readonly file: string;
  /** The editor-shaped settings as written (`rules`, `wordsPerMinute`, …), for layering editor settings over them. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Engine options from this file alone (bad values replaced by their defaults). */
  readonly options: EngineOptions;
  readonly bank: BankSettings;
  /** One line per bad value, naming the key and what it accepts. */
  readonly problems: readonly string[];
}

/** Keys that configure the linter: the `storyCoach.*` settings without the prefix (editor-only ones are accepted). */
const SETTINGS_KEYS = ['rules', 'wordsPerMinute', 'speakingTime', 'words', 'debounceMs', 'trace'] as const;
const BANK_KEYS = ['role', 'questions', 'interviewDate', 'storyFiles', 'recencyYears'] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([...SETTINGS_KEYS, ...BANK_KEYS, '$schema']);
const RULE_IDS = SETTING_RULE_IDS;
const QUESTION_TEXT_LIMIT = 500;
const DEFAULT_RECENCY_YEARS = 8;
const MAX_RECENCY_YEARS = 60;

/** The bank settings when no `.storycoach.json` applies: everything unset, rooted at `root`. */
export function defaultBankSettings(root: string): BankSettings {
  return { root: path.resolve(root), role: null, questions: [], interviewDate: null, storyFiles: [], recencyYears: DEFAULT_RECENCY_YEARS };
}

/**
 * Reads and validates a settings file. Throws ConfigError when it cannot be read or is not JSON;
 * bad values are listed in `problems` and replaced by their defaults.
 */
export function readProjectConfig(file: string): ProjectConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseProjectConfig(raw, file);
}

/** Like readProjectConfig, for the command line: any bad value is a ConfigError naming the file and key. */
export function loadProjectConfig(file: string): ProjectConfig {
  const config = readProjectConfig(file);
  const { problems } = config;
  if (problems.length > 0) throw new ConfigError(`invalid config ${file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  return config;
}

export function parseProjectConfig(text: string, file: string): ProjectConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`invalid JSON in ${file}: ${(error as Error).message}`);
  }
  const root = path.dirname(path.resolve(file));
  const object = isObject(parsed) ? parsed : {};
  const settings = Object.fromEntries(Object.entries(object).filter(([key]) => (SETTINGS_KEYS as readonly string[]).includes(key)));
  const resolved = resolveSettings(parsed, RULE_IDS);
  const bank = readBankSettings(object, root);
  // A misspelt top-level key ("rule") would otherwise be ignored silently and CI would run on defaults.
  const known = [...KNOWN_KEYS].filter((key) => !key.startsWith('$')).join(', ');
  const unknownKeys = Object.keys(object).filter((key) => !KNOWN_KEYS.has(key));
  return {
    file: path.resolve(file),
    settings,
    options: resolved.options,
    bank: bank.value,
    problems: [...unknownKeys.map((key) => `${key}: unknown setting; use ${known}.`), ...resolved.problems, ...bank.problems],
  };
}

function readBankSettings(object: Record<string, unknown>, root: string): { value: BankSettings; problems: string[] } {
  const problems: string[] = [];
  const value = { ...defaultBankSettings(root) } as { -readonly [K in keyof BankSettings]: BankSettings[K] };

  if (object.role !== undefined) {
    if (typeof object.role === 'string' && object.role.trim() !== '') value.role = path.resolve(root, object.role);
    else problems.push(`role: ${describe(object.role)} is not a path; use the path of a .role file, relative to ${CONFIG_FILE_NAME}.`);
  }

  if (object.interviewDate !== undefined) {
    if (typeof object.interviewDate === 'string' && isCalendarDate(object.interviewDate)) value.interviewDate = object.interviewDate;
    else problems.push(`interviewDate: ${describe(object.interviewDate)} is not a date; use YYYY-MM-DD, e.g. "2026-12-14".`);
  }

  if (object.recencyYears !== undefined) {
    const years = object.recencyYears;
    if (typeof years === 'number' && Number.isInteger(years) && years >= 1 && years <= MAX_RECENCY_YEARS) value.recencyYears = years;
    else problems.push(`recencyYears: ${describe(years)} is not a whole number of years from 1 to ${MAX_RECENCY_YEARS}; the default is ${DEFAULT_RECENCY_YEARS}.`);
  }

  if (object.storyFiles !== undefined) {
    const globs = object.storyFiles;
    if (!Array.isArray(globs) || !globs.every((glob) => typeof glob === 'string' && glob.trim() !== '')) {
      problems.push(`storyFiles: expected a list of globs (strings), e.g. ["stories/**/*.md"].`);
    } else if (globs.some((glob: string) => path.isAbsolute(glob))) {
      problems.push(`storyFiles: ${describe(globs.find((glob: string) => path.isAbsolute(glob)))} is absolute; globs are relative to ${CONFIG_FILE_NAME}.`);
    } else {
      value.storyFiles = globs as string[];
    }
  }

  if (object.questions !== undefined) {
    if (!Array.isArray(object.questions)) {
      problems.push(`questions: expected a list of { "text": "…", "competencies": ["…"], "kind": "failure" }.`);
    } else {
      const questions: UserQuestion[] = [];
      object.questions.forEach((entry: unknown, index: number) => {
        const question = readQuestion(entry, `questions[${index}]`);
        if (typeof question === 'string') problems.push(question);
        else questions.push(question);
      });
      value.questions = questions;
    }
  }
  return { value, problems };
}

/** A question, or the problem with it. */
function readQuestion(entry: unknown, key: string): UserQuestion | string {
  if (!isObject(entry)) return `${key}: expected an object with "text" (and optional "competencies", "kind").`;
  const unknown = Object.keys(entry).find((name) => !['text', 'competencies', 'kind'].includes(name));
  if (unknown !== undefined) return `${key}.${unknown}: unknown key; use text, competencies, kind.`;
  const { text, competencies, kind } = entry;
  if (typeof text !== 'string' || text.trim() === '' || text.length > QUESTION_TEXT_LIMIT) return `${key}.text: expected the question's wording (at most ${QUESTION_TEXT_LIMIT} characters).`;
  if (competencies !== undefined && (!Array.isArray(competencies) || !competencies.every((item) => typeof item === 'string' && item.trim() !== ''))) {
    return `${key}.competencies: expected a list of competency ids or names (strings).`;
  }
  if (kind !== undefined && !(QUESTION_KINDS as readonly unknown[]).includes(kind)) return `${key}.kind: ${describe(kind)} is not a kind; use ${QUESTION_KINDS.join(' | ')}.`;
  return {
    text: text.trim(),
    ...(competencies !== undefined ? { competencies: (competencies as string[]).map((item) => item.trim()) } : {}),
    ...(kind !== undefined ? { kind: kind as QuestionKind } : {}),
  };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
