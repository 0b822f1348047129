import type { SeveritySetting } from '../types';
import { DEFAULT_OPTIONS, type EngineOptions, type WordLists } from './options';
import { SECONDS_OPTIONS, WORD_OPTIONS } from './rule-options';

/** Accepted severity words; `information` is VS Code's spelling of `info`. */
const SEVERITIES: Readonly<Record<string, SeveritySetting>> = {
  off: 'off',
  hint: 'hint',
  info: 'info',
  information: 'info',
  warning: 'warning',
  error: 'error',
};
export const SEVERITY_CHOICES = ['off', 'hint', 'information', 'warning', 'error'] as const;
/** The lists of `storyCoach.words`, one per words option a rule declares. */
export const WORD_LIST_KEYS: readonly (keyof WordLists)[] = WORD_OPTIONS.map(({ option }) => option.key);
export const WORD_LIST_LIMIT = { entries: 500, characters: 100 };
export const WPM_RANGE = { min: 60, max: 300 };

export interface ResolvedSettings {
  readonly options: EngineOptions;
  /** One clear message per bad value, naming the key and what it accepts. Bad values fall back to defaults. */
  readonly problems: readonly string[];
}

/**
 * Validates settings from VS Code (`storyCoach.*`) or a `.storycoach.json` file — the same shape in
 * both — and returns engine options. Never throws: anything wrong is reported and replaced by its default.
 */
export function resolveSettings(raw: unknown, ruleIds: readonly string[], prefix = ''): ResolvedSettings {
  const problems: string[] = [];
  const key = (name: string): string => `${prefix}${name}`;
  const settings = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push(`${prefix || 'settings'}: expected an object, got ${describe(raw)}.`);

  const rules: Record<string, SeveritySetting> = {};
  if (settings.rules !== undefined) {
    if (!isObject(settings.rules)) {
      problems.push(`${key('rules')}: expected an object mapping rule ids to ${SEVERITY_CHOICES.join(' | ')}.`);
    } else {
      for (const [id, value] of Object.entries(settings.rules)) {
        if (!ruleIds.includes(id)) {
          problems.push(`${key(`rules.${id}`)}: unknown rule id; known rules: ${ruleIds.join(', ')}.`);
        } else if (typeof value !== 'string' || !(value.toLowerCase() in SEVERITIES)) {
          problems.push(`${key(`rules.${id}`)}: ${describe(value)} is not a severity; use ${SEVERITY_CHOICES.join(' | ')}.`);
        } else {
          rules[id] = SEVERITIES[value.toLowerCase()];
        }
      }
    }
  }

  let wordsPerMinute = DEFAULT_OPTIONS.wordsPerMinute;
  if (settings.wordsPerMinute !== undefined) {
    const value = settings.wordsPerMinute;
    if (typeof value === 'number' && Number.isFinite(value) && value >= WPM_RANGE.min && value <= WPM_RANGE.max) wordsPerMinute = value;
    else problems.push(`${key('wordsPerMinute')}: ${describe(value)} is out of range; use a number from ${WPM_RANGE.min} to ${WPM_RANGE.max}.`);
  }

  const speakingTime: Record<string, number> = { ...DEFAULT_OPTIONS.speakingTime };
  if (settings.speakingTime !== undefined) {
    if (!isObject(settings.speakingTime)) {
      problems.push(`${key('speakingTime')}: expected an object with ${SECONDS_OPTIONS.map(({ option }) => option.key).join(' and ')}.`);
    } else {
      const time = settings.speakingTime;
      for (const { option } of SECONDS_OPTIONS) {
        const value = time[option.key];
        if (value === undefined) continue;
        if (typeof value === 'number' && Number.isInteger(value) && value >= option.minimum && value <= option.maximum) speakingTime[option.key] = value;
        else problems.push(`${key(`speakingTime.${option.key}`)}: ${describe(value)} is not valid; use whole seconds from ${option.minimum} to ${option.maximum}.`);
      }
      for (const { option } of SECONDS_OPTIONS) {
        if (option.below === undefined || speakingTime[option.key] < speakingTime[option.below]) continue;
        problems.push(`${key('speakingTime')}: ${option.key} (${speakingTime[option.key]}) must be below ${option.below} (${speakingTime[option.below]}); using the defaults.`);
        speakingTime[option.key] = DEFAULT_OPTIONS.speakingTime[option.key];
        speakingTime[option.below] = DEFAULT_OPTIONS.speakingTime[option.below];
      }
    }
  }

  const words: Record<string, string[]> = Object.fromEntries(WORD_LIST_KEYS.map((name) => [name, []]));
  if (settings.words !== undefined) {
    if (!isObject(settings.words)) {
      problems.push(`${key('words')}: expected an object with lists ${WORD_LIST_KEYS.join(', ')}.`);
    } else {
      for (const [name, list] of Object.entries(settings.words)) {
        if (!(WORD_LIST_KEYS as readonly string[]).includes(name)) {
          problems.push(`${key(`words.${name}`)}: unknown list; use ${WORD_LIST_KEYS.join(', ')}.`);
          continue;
        }
        if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) {
          problems.push(`${key(`words.${name}`)}: expected a list of phrases (strings).`);
          continue;
        }
        const phrases = list.map((entry: string) => entry.trim()).filter((entry) => entry.length > 0);
        const tooLong = phrases.find((entry) => entry.length > WORD_LIST_LIMIT.characters);
        if (phrases.length > WORD_LIST_LIMIT.entries || tooLong !== undefined) {
          problems.push(
            `${key(`words.${name}`)}: at most ${WORD_LIST_LIMIT.entries} phrases of at most ${WORD_LIST_LIMIT.characters} characters each; the list is ignored.`,
          );
          continue;
        }
        words[name] = phrases;
      }
    }
  }

  return {
    options: { ...DEFAULT_OPTIONS, rules, wordsPerMinute, speakingTime: speakingTime as unknown as EngineOptions['speakingTime'], words: words as unknown as WordLists },
    problems,
  };
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
