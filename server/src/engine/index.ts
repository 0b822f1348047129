// The pure Story Coach engine: no editor or protocol imports. The LSP server and the CLI adapt it.
export { lint, locate, ANALYSIS_LIMIT_ID, type LintResult, type RuleFailure } from './lint';
export { IncrementalLinter } from './incremental-lint';
export { parseStoryDocument } from './parse/parser';
export { RULES, findRule } from './rules/registry';
export type { Rule } from './rules/rule';
export { DEFAULT_OPTIONS, type EngineOptions, type WordLists } from './config/options';
export { applyFixes, safeFixEdits } from './fix/apply';
export type * from './types';
export type * from './parse/types';
export { resolveSettings, SEVERITY_CHOICES, WORD_LIST_KEYS, type ResolvedSettings } from './config/settings';
export { positionOf } from './parse/lines';
export { formatDuration, parseDuration } from './parse/duration';
export * from './practice';
