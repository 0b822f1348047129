import { DEFAULT_OPTIONS, type EngineOptions } from './config/options';
import { lastStartingAtOrBefore } from './parse/lines';
import { parseStoryDocument } from './parse/parser';
import type { StoryDocument } from './parse/types';
import { RULES } from './rules/registry';
import type { Rule, RuleContext, RuleReport } from './rules/rule';
import { applyDirectives } from './suppression';
import type { CoachTag } from './lexicon/classes';
import type { Lexicon } from './lexicon/lexicon';
import { analyzeOnDemand, analyzeSentence, coachingLexicon, GrammarBudget, type GrammarQuery, type GrammarRequest, type LexiconExtension, type SentenceGrammar } from './text/grammar';
import { buildProse, type Prose, type Sentence } from './text/prose';
import { countWords, speakingSeconds } from './text/words';
import type { Finding, FindingSection, Severity, StorySummary } from './types';

export interface RuleFailure {
  readonly rule: string;
  readonly error: unknown;
}

export interface LintResult {
  readonly document: StoryDocument;
  readonly prose: Prose;
  readonly stories: readonly StorySummary[];
  /** Words spoken in each section, by story then section index. */
  readonly sectionWords: readonly (readonly number[])[];
  readonly findings: readonly Finding[];
  /** Rules that threw: their findings are missing, every other rule's are there. */
  readonly ruleFailures: readonly RuleFailure[];
  /** Sentences left without grammar analysis: the time budget ran out, or too long to analyse. */
  readonly sentencesSkipped: number;
  /** Of those, the ones left for time: a lint with a larger budget (or none) analyses them. */
  readonly sentencesDeferred: number;
}

/** The notice reported when grammar analysis ran out of time; not a rule, so it cannot be disabled. */
export const ANALYSIS_LIMIT_ID = 'analysis-limit';

/** Lints a `.story` text. Pure: text and options in, findings with UTF-16 offsets out. */
export function lint(text: string, overrides: Partial<EngineOptions> = {}, rules: readonly Rule[] = RULES): LintResult {
  const options: EngineOptions = { ...DEFAULT_OPTIONS, ...overrides };
  const budget = new GrammarBudget(options.nlpBudgetMs, options.nlpMaxSentences);
  const checked = check(text, options, rules, budget);
  const findings = finish(checked.document, checked.findings, budget);
  return { ...checked, findings, sentencesSkipped: budget.skipped, sentencesDeferred: budget.deferred };
}

/** A text's findings before directives apply, with what the rules saw. */
export type Checked = Omit<LintResult, 'sentencesSkipped' | 'sentencesDeferred'>;

/** Parses and runs the rules (engine-internal: lint() and the incremental linter share it). */
export function check(text: string, options: EngineOptions, rules: readonly Rule[], budget: GrammarBudget): Checked {
  const doc = parseStoryDocument(text, { fileName: options.fileName });
  const prose = buildProse(doc);
  const { stories, sectionWords } = summarize(doc, prose, options);

  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  const request = grammarRequest(rules, options);
  const ruleIds = rules.map((known) => known.id);
  for (const rule of rules) {
    const setting = options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    // A sentence is tagged only when this rule's own queries could match it (see analyzeSentence).
    const asking = ruleQueryIds(rule);
    const analysed = new Map<Sentence, SentenceGrammar | null>();
    const grammar = (sentence: Sentence): SentenceGrammar | null => {
      if (!options.grammar) return null;
      let reading = analysed.get(sentence);
      if (reading === undefined) {
        reading = analyzeSentence(sentence.text, request, budget, asking);
        analysed.set(sentence, reading);
      }
      return reading;
    };
    const reported: Finding[] = [];
    const phrases = new Set<Finding>();
    const context: RuleContext = {
      doc,
      prose,
      options,
      stories,
      sectionWords,
      ruleIds,
      grammar,
      matches: (sentence, query) => grammar(sentence)?.matches.get(`${rule.id}:${query}`) ?? [],
      has: (sentence, tag) => grammar(sentence)?.classes.has(tag) ?? false,
      analyze: (sentence, query) => {
        const wanted = rule.queries?.[query];
        if (!wanted || !options.grammar) return null;
        return analyzeOnDemand(sentence.text, `${rule.id}:${query}`, wanted, budget, request.lexicon());
      },
      report: (report: RuleReport) => {
        const finding = toFinding(doc, rule.id, setting, report);
        if (report.userPhrase) phrases.add(finding);
        else if (phrases.size > 0) replacePhrases(reported, phrases, finding);
        reported.push(finding);
      },
    };
    try {
      runRule(rule, context);
      findings.push(...reported);
    } catch (error) {
      ruleFailures.push({ rule: rule.id, error });
    }
  }

  return { document: doc, prose, stories, sectionWords, findings, ruleFailures };
}

/** Directives, the notice for skipped grammar checks, and the order every caller sees. */
export function finish(doc: StoryDocument, findings: readonly Finding[], budget: GrammarBudget): Finding[] {
  const kept = applyDirectives(doc, findings);
  if (budget.skipped > 0) {
    kept.push({
      rule: ANALYSIS_LIMIT_ID,
      severity: 'info',
      message: `Story Coach skipped grammar checks (blame, excuses, passive voice, vague claims and the other coaching checks) on ${budget.skipped} sentence(s) to stay responsive; word-list and structure checks ran in full.`,
      span: { start: 0, end: 0 },
      story: doc.stories.length > 0 ? 0 : null,
      section: null,
      fixes: [],
    });
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return kept;
}

/** Drops the literal findings of the writer's phrases that a grammar finding of the same rule overlaps. */
function replacePhrases(reported: Finding[], phrases: Set<Finding>, finding: Finding): void {
  for (let index = reported.length - 1; index >= 0; index--) {
    const earlier = reported[index];
    if (phrases.has(earlier) && earlier.span.start < finding.span.end && finding.span.start < earlier.span.end) {
      reported.splice(index, 1);
      phrases.delete(earlier);
    }
  }
}

/** The engine does the looping a rule's scope asks for. */
function runRule(rule: Rule, context: RuleContext): void {
  switch (rule.scope) {
    case 'file':
      rule.check(context);
      return;
    case 'story':
      for (const story of context.doc.stories) if (!rule.kinds || rule.kinds.includes(story.kind)) rule.check(story, context);
      return;
    case 'sentence':
      for (const sentence of context.prose.sentences) {
        if (rule.sections && !rule.sections.includes(sentence.section)) continue;
        if (rule.kinds && !rule.kinds.includes(context.doc.stories[sentence.story].kind)) continue;
        rule.check(sentence, context);
      }
  }
}

const queryIds = new WeakMap<Rule, ReadonlySet<string>>();

/** The ids (`rule:query`) of a rule's queries that run on candidate sentences (not the on-demand ones). */
function ruleQueryIds(rule: Rule): ReadonlySet<string> {
  let ids = queryIds.get(rule);
  if (!ids) {
    ids = new Set(Object.entries(rule.queries ?? {}).filter(([, query]) => !query.onDemand).map(([name]) => `${rule.id}:${name}`));
    queryIds.set(rule, ids);
  }
  return ids;
}

const requests = new WeakMap<readonly Rule[], Map<string, GrammarRequest>>();
let requestCount = 0;

/**
 * Every query of the rules that are on, named `rule:query`, with the lexicon their words lists
 * extend; one request object per rule set, severities and word lists.
 */
function grammarRequest(rules: readonly Rule[], options: EngineOptions): GrammarRequest {
  const on = rules.filter((rule) => (options.rules[rule.id] ?? rule.defaultSeverity) !== 'off' && rule.queries);
  const extension = lexiconExtension(rules, options);
  const key = `${on.map((rule) => rule.id).join(',')}\u0000${JSON.stringify([...extension])}`;
  let byKey = requests.get(rules);
  if (!byKey) requests.set(rules, (byKey = new Map()));
  let request = byKey.get(key);
  if (!request) {
    const queries = new Map<string, GrammarQuery>();
    for (const rule of on) for (const [name, query] of Object.entries(rule.queries ?? {})) if (!query.onDemand) queries.set(`${rule.id}:${name}`, query);
    let lexicon: Lexicon | undefined;
    request = { queries, queriesKey: `q${++requestCount}`, lexicon: () => (lexicon ??= coachingLexicon(extension)) };
    if (byKey.size > 16) byKey.clear();
    byKey.set(key, request);
  }
  return request;
}

/**
 * The writer's word lists as lexicon data: each list whose rule option names a lexicon class joins
 * that class, whether or not its rule is on (a class is shared, so other rules read it too).
 */
function lexiconExtension(rules: readonly Rule[], options: EngineOptions): LexiconExtension {
  const extension = new Map<CoachTag, string[]>();
  for (const rule of rules) {
    for (const option of rule.options ?? []) {
      if (option.kind !== 'words' || !option.lexiconClass) continue;
      const phrases = options.words[option.key] ?? [];
      if (phrases.length > 0) extension.set(option.lexiconClass, [...(extension.get(option.lexiconClass) ?? []), ...phrases]);
    }
  }
  return extension;
}

function summarize(doc: StoryDocument, prose: Prose, options: EngineOptions) {
  const sectionWords: number[][] = doc.stories.map((story) => story.sections.map(() => 0));
  const storyWords: number[] = doc.stories.map(() => 0);
  for (const region of prose.regions) {
    const words = countWords(prose.masked.slice(region.start, region.end));
    storyWords[region.story] += words;
    if (region.sectionIndex >= 0) sectionWords[region.story][region.sectionIndex] += words;
  }
  const stories: StorySummary[] = doc.stories.map((story) => {
    const sections: string[] = [];
    for (const section of story.sections) for (const kind of section.kinds) if (!sections.includes(kind)) sections.push(kind);
    return {
      index: story.index,
      title: story.title,
      kind: story.kind,
      span: story.span,
      words: storyWords[story.index],
      speakingSeconds: speakingSeconds(storyWords[story.index], options.wordsPerMinute),
      targetSeconds: story.targetSeconds,
      sections,
    };
  });
  return { stories, sectionWords };
}

function toFinding(doc: StoryDocument, rule: string, severity: Severity, report: RuleReport): Finding {
  const { story, section } = locate(doc, report.span.start);
  return { rule, severity: report.asHint ? 'hint' : severity, message: report.message, span: report.span, story, section, fixes: report.fixes ?? [] };
}

/** The story and section an offset falls in. */
export function locate(doc: StoryDocument, offset: number): { story: number | null; section: FindingSection | null } {
  const story = storyAt(doc, offset);
  if (!story) return { story: null, section: null };
  if (story.metadataSpan && offset >= story.metadataSpan.start && offset <= story.metadataSpan.end) {
    return { story: story.index, section: 'metadata' };
  }
  const section = sectionAt(story.sections, offset);
  if (section) return { story: story.index, section: section.role === 'star' ? section.kinds[0] : null };
  if (story.intro && offset >= story.intro.start && offset < story.intro.end) return { story: story.index, section: 'intro' };
  return { story: story.index, section: null };
}

/** The section holding the offset (binary search: scanning per finding froze a 5 MB single story). */
function sectionAt(sections: StoryDocument['stories'][number]['sections'], offset: number): StoryDocument['stories'][number]['sections'][number] | undefined {
  const section = sections[lastStartingAtOrBefore(sections, offset, (candidate) => candidate.span.start)];
  return section && offset < section.span.end ? section : undefined;
}

/** The last story starting at or before the offset (a bank file holds hundreds). */
function storyAt(doc: StoryDocument, offset: number): StoryDocument['stories'][number] | undefined {
  return doc.stories[lastStartingAtOrBefore(doc.stories, offset, (story) => story.span.start)];
}
