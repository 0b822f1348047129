// The pure Story Coach engine: no editor or protocol imports. The LSP server and the CLI adapt it.
export { lint, locate, ANALYSIS_LIMIT_ID, type LintResult, type RuleFailure } from './lint';
export { IncrementalLinter } from './incremental-lint';
export { parseStoryDocument } from './parse/parser';
export { RULES, findRule } from './rules/registry';
export type { Rule } from './rules/rule';
export { DEFAULT_OPTIONS, type EngineOptions, type WordLists } from './config/options';
export { applyEdits, applyFixes, safeFixEdits } from './fix/apply';
export { lineEnding } from './fix/edits';
export type * from './types';
export type * from './parse/types';
export { resolveSettings, SEVERITY_CHOICES, WORD_LIST_KEYS, type ResolvedSettings } from './config/settings';
export { lineIndexAt, positionOf } from './parse/lines';
export { DIRECTIVE_KINDS, DIRECTIVE_NAMES, DIRECTIVE_PREFIX, DIRECTIVES, METADATA_KEYS, METADATA_TITLES, REQUIRED_SECTIONS, SECTION_HEADINGS, SECTION_NAMES, SECTION_ORDER, SECTION_TITLES, STORY_KINDS } from './parse/vocabulary';
export { grammarLoaded, loadGrammar } from './text/grammar';
export { storyIds, storySlug } from './bank/ids';
export type * from './bank/report';
// The story bank (story-bank spec): records, competencies, questions, roles and bank rules.
export { BankIndex, buildBank, requirementsCoveredBy, DEFAULT_BANK_OPTIONS, type BankOptions, type BankReportOptions, type QuestionSetting } from './bank/bank-index';
export { COMPETENCIES, COMPETENCY_IDS, competencyName, nearestCompetency, resolveCompetency, splitCompetencies, type Competency } from './bank/competencies';
export { BUILTIN_QUESTIONS, type QuestionDefinition } from './bank/question-list';
export { parseRole, ROLE_METADATA_KEYS, type ParsedRole, type RoleRequirementText, type RoleMetadataEntry } from './bank/roles';
export { BANK_RULES, findBankRule, SETTING_RULE_IDS } from './bank/rules/registry';
export type { BankRule, BankRuleDocs } from './bank/rules/bank-rule';
export { QUESTION_GAP_THRESHOLD, REQUIREMENT_COVERED_THRESHOLD } from './bank/match';
export { storyRecords, type StoryRecord } from './bank/records';
export { formatDuration, parseDuration } from './parse/duration';
export * from './practice';
