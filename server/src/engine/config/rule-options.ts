import { RULES } from '../rules/registry';
import type { Rule, RuleOption, SecondsOption, WordsOption } from '../rules/rule';

/** An option with the rule that declares it. */
export interface OwnedOption<Option extends RuleOption = RuleOption> {
  readonly rule: Rule;
  readonly option: Option;
}

/** Every option the rules declare, in registry order: the source of the settings schema, its validation, the defaults and the docs. */
export const RULE_OPTIONS: readonly OwnedOption[] = RULES.flatMap((rule) => (rule.options ?? []).map((option) => ({ rule, option })));

/** The word lists (`storyCoach.words.*`). */
export const WORD_OPTIONS = RULE_OPTIONS.filter((owned): owned is OwnedOption<WordsOption> => owned.option.kind === 'words');

/** The speaking-time thresholds (`storyCoach.speakingTime.*`). */
export const SECONDS_OPTIONS = RULE_OPTIONS.filter((owned): owned is OwnedOption<SecondsOption> => owned.option.kind === 'seconds');
