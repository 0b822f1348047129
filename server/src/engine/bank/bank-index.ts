// The bank index: every story of a bank as a record, the question map, the target role and the bank
// findings (story-bank spec). Pure and incremental: a file's records are re-derived only when its
// text (or the options) change. The report is made again from the records after a change, reusing
// what the change cannot touch: each story's entry, each story's score for a question while the
// question's term weights stay, each pair's duplicate verdict; and only stories that share a word
// or a competency with a question are scored for it. The bank findings (what the editor shows as
// diagnostics) can be had without ranking the question map, which is most of a report's work.
import { DEFAULT_OPTIONS, type EngineOptions } from '../config/options';
import { lint, type LintResult } from '../lint';
import { splitLines } from '../parse/lines';
import type { Severity } from '../types';
import { scheduleRehearsals, withHandWrittenDates } from '../practice/schedule';
import { COMPETENCY_IDS } from './competencies';
import { askOf, rankForQuestion, rankForRequirement, StorySearch, QUESTION_GAP_THRESHOLD, REQUIREMENT_COVERED_THRESHOLD, type Ask } from './match';
import { BUILTIN_QUESTIONS } from './question-list';
import { storyRecords, type StoryRecord } from './records';
import type { BankFinding, BankQuestion, BankReport, BankRequirement, BankRole, BankStory, BankSummary, QuestionKind, RehearsalEntry } from './report';
import { parseRole, type ParsedRole } from './roles';
import type { AskedQuestion, BankFindingTarget, BankRoleView, BankRuleReport } from './rules/bank-rule';
import { SimilarStories, type SimilarPair } from './similar';
import { BANK_RULES } from './rules/registry';
import { storySlug } from './ids';
import { contentStems } from './terms';

/** A question from `.storycoach.json` (`questions`). */
export interface QuestionSetting {
  readonly text: string;
  readonly competencies?: readonly string[];
  readonly kind?: QuestionKind;
}

export interface BankOptions {
  /** Lint options for the stories; `rules` also holds the bank rules' severities. */
  readonly engine: Partial<EngineOptions>;
  readonly questions: readonly QuestionSetting[];
  /** `bank-recency`: a story is long ago after this many years. */
  readonly recencyYears: number;
  /** `interviewDate` of `.storycoach.json`; a target role's `Interview:` takes precedence. */
  readonly interviewDate: string | null;
}

export const DEFAULT_BANK_OPTIONS: BankOptions = { engine: {}, questions: [], recencyYears: 8, interviewDate: null };

interface FileEntry {
  readonly text: string;
  readonly records: readonly StoryRecord[];
}

interface RoleEntry {
  readonly path: string;
  readonly text: string;
  readonly parsed: ParsedRole;
}

/** A question of the bank, read, with the stories pinned to it (`Question:`), before it is ranked. */
interface ListedQuestion extends AskedQuestion {
  readonly ask: Ask;
  readonly pinned: ReadonlySet<string>;
}

/** A report but for the question map's rankings. */
interface BankCore {
  readonly stories: readonly BankStory[];
  readonly balance: Record<string, number>;
  readonly competencies: BankReport['competencies'];
  readonly questions: readonly ListedQuestion[];
  readonly role: BankRole | null;
  readonly findings: BankFinding[];
  readonly interviewDate: string | null;
}

export interface BankReportOptions {
  /** Absolute path of the bank root, as the report names it. */
  readonly root: string;
  /** ISO date (YYYY-MM-DD): schedules and recency are relative to it. */
  readonly today: string;
}

export class BankIndex {
  private options: BankOptions;
  private readonly files = new Map<string, FileEntry>();
  private readonly search = new StorySearch();
  private role: RoleEntry | null = null;
  private rehearsals = new Map<string, RehearsalEntry[]>();
  private readonly asks = new Map<string, Ask>();
  private readonly similar = new SimilarStories(
    (word) => this.search.frequency(word),
    (word) => this.search.storiesWith([word]),
  );
  /** Each record's story entry, while its rehearsals, the day and the interview date stay the same. */
  private readonly storyEntries = new WeakMap<StoryRecord, { readonly key: string; readonly rehearsals: readonly RehearsalEntry[] | undefined; readonly story: BankStory }>();
  /** Bumped by every change, so an unchanged bank answers from the last report (or findings). */
  private stamp = 0;
  private last: { key: string; report: BankReport } | null = null;
  private lastCore: { key: string; core: BankCore } | null = null;

  constructor(options: Partial<BankOptions> = {}) {
    this.options = { ...DEFAULT_BANK_OPTIONS, ...options };
  }

  /** New options; files are re-derived only when the lint options changed. */
  setOptions(options: Partial<BankOptions>): void {
    const previous = JSON.stringify(this.options.engine);
    this.options = { ...DEFAULT_BANK_OPTIONS, ...options };
    this.stamp++;
    if (JSON.stringify(this.options.engine) === previous) return;
    for (const [path, entry] of [...this.files]) {
      this.files.delete(path);
      this.setFile(path, entry.text);
    }
  }

  /**
   * Adds or replaces a story file (`path` relative to the bank root, `/` separators). A caller that
   * has already linted the text with the same options (the language server) passes its result.
   * Returns whether the file's records changed.
   */
  setFile(path: string, text: string, linted?: LintResult): boolean {
    const known = this.files.get(path);
    if (known && known.text === text) return false;
    const engine: EngineOptions = { ...DEFAULT_OPTIONS, ...this.options.engine, fileName: baseName(path) };
    return this.setRecords(path, text, storyRecords(path, linted ?? lint(text, engine), engine));
  }

  /**
   * Adds or replaces a file whose records were derived elsewhere with `storyRecords` and this
   * index's lint options (the command line derives them on worker threads).
   */
  setRecords(path: string, text: string, records: readonly StoryRecord[]): boolean {
    const known = this.files.get(path);
    if (known && known.text === text) return false;
    for (const record of [...(known?.records ?? []), ...records]) this.similar.willChange(record);
    if (known) for (const record of known.records) this.search.remove(record.id);
    for (const record of records) this.search.add(record);
    this.files.set(path, { text, records });
    this.stamp++;
    return true;
  }

  /** Whether the bank holds the file with exactly this text. */
  hasFile(path: string, text: string): boolean {
    return this.files.get(path)?.text === text;
  }

  deleteFile(path: string): boolean {
    const known = this.files.get(path);
    if (!known) return false;
    for (const record of known.records) this.similar.willChange(record);
    for (const record of known.records) this.search.remove(record.id);
    this.files.delete(path);
    this.stamp++;
    return true;
  }

  /** Paths of the files in the bank, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The target role (its text), or none. */
  setRole(path: string | null, text: string | null): void {
    if (path === null || text === null) {
      if (this.role) this.stamp++;
      this.role = null;
      return;
    }
    if (this.role && this.role.path === path && this.role.text === text) return;
    this.role = { path, text, parsed: parseRole(text, baseName(path)) };
    this.stamp++;
  }

  /** The target role as parsed (requirement spans for the editor), or null. */
  parsedRole(): (ParsedRole & { readonly path: string }) | null {
    return this.role ? { ...this.role.parsed, path: this.role.path } : null;
  }

  setRehearsals(entries: readonly RehearsalEntry[]): void {
    const byStory = new Map<string, RehearsalEntry[]>();
    for (const entry of entries) {
      const list = byStory.get(entry.story) ?? [];
      list.push(entry);
      byStory.set(entry.story, list);
    }
    for (const list of byStory.values()) list.sort((a, b) => a.at.localeCompare(b.at));
    this.rehearsals = byStory;
    this.stamp++;
  }

  /** Every story record, by path then position. */
  records(): StoryRecord[] {
    return this.paths().flatMap((path) => this.files.get(path)?.records ?? []);
  }

  /**
   * Reads what is asked (the listed questions and the target role's requirements: key terms, with the
   * grammar analyser) before any story is in: the command line does it while its workers lint.
   */
  prepare(): void {
    for (const question of BUILTIN_QUESTIONS) this.ask(question.text, question.competencies);
    for (const setting of this.options.questions) this.ask(setting.text.trim(), setting.competencies ?? []);
    if (this.role) this.requirementAsks(this.role);
  }

  /** Stories for free text (the "Find a Story" command), best first. */
  findStories(text: string, kind: QuestionKind = 'any'): BankQuestion['matches'] {
    return rankForQuestion(this.ask(text), kind, new Set(), this.search);
  }

  report(options: BankReportOptions): BankReport {
    const steps = this.reportSteps(options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The report, made a question at a time: a caller that must stay responsive (the language
   * server) runs a few steps, handles what came in meanwhile, and drops the run when the bank
   * changed. Ranking the question map is most of a report's work.
   */
  *reportSteps({ root, today }: BankReportOptions): Generator<void, BankReport, void> {
    let key: string;
    let summary: BankSummary;
    let questions: BankQuestion[];
    restart: for (;;) {
      key = `${this.stamp}\u0000${root}\u0000${today}`;
      if (this.last?.key === key) return this.last.report;
      const stamp = this.stamp;
      summary = this.summary({ root, today });
      questions = [];
      for (const question of this.core(today).questions) {
        questions.push(this.rankQuestion(question));
        yield;
        // The bank changed meanwhile: what was ranked is stale.
        if (this.stamp !== stamp) continue restart;
      }
      break;
    }
    const report: BankReport = {
      version: summary.version,
      root: summary.root,
      stories: summary.stories,
      balance: summary.balance,
      competencies: summary.competencies,
      questions,
      role: summary.role,
      findings: summary.findings,
      interviewDate: summary.interviewDate,
      today: summary.today,
    };
    this.last = { key, report };
    return report;
  }

  /**
   * The report but for the question map: the stories, the role's requirements with their stories,
   * and the bank findings (what the editor shows as diagnostics and code lenses). No bank rule reads
   * the questions' stories, and ranking them is most of a report's work.
   */
  summary({ root, today }: BankReportOptions): BankSummary {
    const core = this.core(today);
    return {
      version: 1,
      root,
      stories: core.stories,
      balance: core.balance,
      competencies: core.competencies,
      role: core.role,
      findings: core.findings,
      interviewDate: core.interviewDate,
      today,
    };
  }

  /** Everything of a report but the question map's rankings, made once per change and day. */
  private core(today: string): BankCore {
    const key = `${this.stamp}\u0000${today}`;
    if (this.lastCore?.key === key) return this.lastCore.core;
    const records = this.records();
    const role = this.role;
    const interviewDate = role?.parsed.interview ?? this.options.interviewDate ?? null;
    const stories = records.map((record) => this.story(record, today, interviewDate));

    const balance: Record<string, number> = { achievement: 0, failure: 0, challenge: 0 };
    for (const story of records) balance[story.kind] = (balance[story.kind] ?? 0) + 1;

    const byCompetency = new Map<string, string[]>(COMPETENCY_IDS.map((id) => [id, []]));
    for (const story of records) {
      for (const competency of story.competencies) {
        const list = byCompetency.get(competency.id) ?? [];
        list.push(story.id);
        byCompetency.set(competency.id, list);
      }
    }

    const questions = this.questions(records);
    const bankRole = role ? this.bankRole(role) : null;
    const findings = this.bankFindings({ records, stories, questions, role, bankRole, byCompetency, today, interviewDate });
    const competencies = [...byCompetency].map(([id, list]) => ({ id, stories: list }));
    const core = { stories, balance, competencies, questions, role: bankRole, findings, interviewDate };
    this.lastCore = { key, core };
    return core;
  }

  private ask(text: string, competencies?: readonly string[], ignore?: ReadonlySet<string>): Ask {
    const key = `${text}\u0000${(competencies ?? []).join(',')}\u0000${[...(ignore ?? [])].join(' ')}`;
    let ask = this.asks.get(key);
    if (!ask) {
      ask = askOf(text, competencies, ignore);
      if (this.asks.size > 2000) this.asks.clear();
      this.asks.set(key, ask);
    }
    return ask;
  }

  private story(record: StoryRecord, today: string, interviewDate: string | null): BankStory {
    const key = `${today}\u0000${interviewDate}`;
    const rehearsals = this.rehearsals.get(record.id);
    const known = this.storyEntries.get(record);
    if (known && known.key === key && known.rehearsals === rehearsals) return known.story;
    const story = this.storyOf(record, today, interviewDate);
    this.storyEntries.set(record, { key, rehearsals, story });
    return story;
  }

  private storyOf(record: StoryRecord, today: string, interviewDate: string | null): BankStory {
    // The log and the story's own `Rehearsed:` dates, scheduled by the practice module (FSRS, capped by the interview).
    const history = withHandWrittenDates(record.id, this.rehearsals.get(record.id) ?? [], record.rehearsedDates);
    const schedule = scheduleRehearsals(history, { today, interviewDate });
    return {
      id: record.id,
      path: record.path,
      line: record.line,
      title: record.title,
      kind: record.kind,
      when: record.when,
      competencies: record.competencies,
      questions: record.questions,
      words: record.words,
      speakingSeconds: record.speakingSeconds,
      targetSeconds: record.targetSeconds,
      findings: record.findings,
      rehearsals: schedule.rehearsals,
      lastRehearsed: schedule.lastRehearsed,
      nextRehearsal: schedule.nextRehearsal,
      hook: record.hook,
      figures: record.figures,
      lesson: record.lesson,
      sections: record.sections,
      findingsByGuideline: record.findingsByGuideline,
      rehearsalHistory: history,
      due: schedule.due,
      role: record.role,
      context: record.context,
      endColumn: record.endColumn,
    };
  }

  /** The built-in questions, the configured ones, then questions only stories ask (`Question:` with no match); with the stories pinned to each. */
  private questions(records: readonly StoryRecord[]): ListedQuestion[] {
    const listed: { id: string; text: string; competencies: readonly string[]; kind: QuestionKind; source: BankQuestion['source'] }[] = [
      ...BUILTIN_QUESTIONS.map((question) => ({ ...question, source: 'builtin' as const })),
    ];
    const ids = new Set(listed.map((question) => question.id));
    const uniqueId = (text: string): string => {
      const base = storySlug(text).split('-').slice(0, 8).join('-') || 'question';
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      return id;
    };
    const byText = new Map(listed.map((question) => [questionKey(question.text), question]));
    for (const setting of this.options.questions) {
      const key = questionKey(setting.text);
      if (key === '' || byText.has(key)) continue;
      const question = { id: uniqueId(setting.text), text: setting.text.trim(), competencies: setting.competencies ?? [], kind: setting.kind ?? 'any', source: 'config' as const };
      listed.push(question);
      byText.set(key, question);
    }
    const pins = new Map<string, Set<string>>();
    for (const record of records) {
      for (const text of record.questions) {
        const key = questionKey(text);
        if (key === '') continue;
        if (!byText.has(key)) {
          const question = { id: uniqueId(text), text: text.trim(), competencies: [], kind: 'any' as const, source: 'story' as const };
          listed.push(question);
          byText.set(key, question);
        }
        const set = pins.get(key) ?? new Set<string>();
        set.add(record.id);
        pins.set(key, set);
      }
    }
    return listed.map((question) => {
      const ask = this.ask(question.text, question.competencies);
      return {
        id: question.id,
        text: question.text,
        kind: question.kind,
        competencies: ask.competencies,
        source: question.source,
        ask,
        pinned: pins.get(questionKey(question.text)) ?? new Set(),
      };
    });
  }

  /** A question's stories, best first, and whether it is a gap. */
  private rankQuestion({ ask, pinned, ...question }: ListedQuestion): BankQuestion {
    const matches = rankForQuestion(ask, question.kind, pinned, this.search);
    return { ...question, matches, gap: (matches[0]?.score ?? 0) < QUESTION_GAP_THRESHOLD, terms: ask.terms.map((term) => term.text) };
  }

  /** What a requirement asks, read without the role's own title words (every requirement of it may repeat them). */
  private requirementAsks(role: RoleEntry): Ask[] {
    const titleWords = new Set(contentStems(role.parsed.title));
    return role.parsed.requirements.map((requirement) => this.ask(requirement.text, undefined, titleWords));
  }

  private bankRole(role: RoleEntry): BankRole {
    const asks = this.requirementAsks(role);
    const requirements: BankRequirement[] = role.parsed.requirements.map((requirement, index) => {
      const ask = asks[index];
      const matches = rankForRequirement(ask, this.search).map((match) => ({ story: match.story, score: match.score, terms: match.terms, competencies: match.competencies }));
      return {
        line: requirement.line,
        endLine: requirement.endLine,
        column: requirement.column,
        endColumn: requirement.endColumn,
        start: requirement.start,
        end: requirement.end,
        heading: requirement.heading,
        text: requirement.text,
        competencies: ask.competencies,
        terms: ask.terms.map((term) => term.text),
        matches,
        covered: (matches[0]?.score ?? 0) >= REQUIREMENT_COVERED_THRESHOLD,
      };
    });
    return {
      path: role.path,
      title: role.parsed.title,
      company: role.parsed.company,
      level: role.parsed.level,
      interview: role.parsed.interview,
      competencies: roleCompetencies(role.parsed, requirements).all,
      requirements,
    };
  }

  private bankFindings({
    records,
    stories,
    questions,
    role,
    bankRole,
    byCompetency,
    today,
    interviewDate,
  }: {
    records: readonly StoryRecord[];
    stories: readonly BankStory[];
    questions: readonly AskedQuestion[];
    role: RoleEntry | null;
    bankRole: BankRole | null;
    byCompetency: ReadonlyMap<string, readonly string[]>;
    today: string;
    interviewDate: string | null;
  }): BankFinding[] {
    const findings: BankFinding[] = [];
    const byId = new Map(records.map((record) => [record.id, record]));
    const roleView: BankRoleView | null =
      role && bankRole ? { title: bankRole.title, weighs: roleCompetencies(role.parsed, bankRole.requirements).weighs, requirements: bankRole.requirements } : null;
    const firstLine = role ? splitLines(role.text)[0] : null;
    const roleBom = role?.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const settings = this.options.engine.rules ?? {};
    let pairs: readonly SimilarPair[] | undefined;
    const similarPairs = (): readonly SimilarPair[] => (pairs ??= this.similar.pairs(records));

    for (const rule of BANK_RULES) {
      const setting = settings[rule.id] ?? rule.defaultSeverity;
      if (setting === 'off') continue;
      const place = (target: BankFindingTarget): Pick<BankFinding, 'path' | 'line' | 'column' | 'endLine' | 'endColumn'> | null => {
        if ('story' in target) {
          const record = byId.get(target.story);
          return record ? { path: record.path, line: record.line, column: 1, endLine: record.line, endColumn: Math.max(2, record.endColumn) } : null;
        }
        if ('requirement' in target) {
          const requirement = role?.parsed.requirements[target.requirement];
          return requirement && role ? { path: role.path, line: requirement.line, column: requirement.column, endLine: requirement.endLine, endColumn: requirement.endColumn } : null;
        }
        const width = firstLine ? firstLine.end - firstLine.start - roleBom : 0;
        return { path: role?.path ?? null, line: 1, column: 1, endLine: 1, endColumn: Math.max(2, width + 1) };
      };
      const report = (found: BankRuleReport): void => {
        const at = place(found.target);
        if (!at) return;
        const severity: Severity = found.mild ? (setting === 'hint' ? 'hint' : 'info') : setting;
        findings.push({ rule: rule.id, severity, message: found.message, ...at, stories: found.stories ?? [] });
      };
      try {
        rule.check({ stories: records, storyReports: stories, interviewDate, questions, role: roleView, storiesByCompetency: byCompetency, today, similarPairs, recencyYears: this.options.recencyYears, report });
      } catch {
        // A failing bank rule loses its own findings only, like a failing story rule.
      }
    }
    return findings.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.line - b.line || a.rule.localeCompare(b.rule));
  }
}

/** The one-shot form: a bank from its files, role and rehearsals. */
export function buildBank(input: {
  readonly root: string;
  readonly today: string;
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly role?: { readonly path: string; readonly text: string } | null;
  readonly rehearsals?: readonly RehearsalEntry[];
  readonly options?: Partial<BankOptions>;
}): BankReport {
  const index = new BankIndex(input.options);
  for (const file of input.files) index.setFile(file.path, file.text);
  if (input.role) index.setRole(input.role.path, input.role.text);
  if (input.rehearsals) index.setRehearsals(input.rehearsals);
  return index.report({ root: input.root, today: input.today });
}

/** Ids of the requirements of the report's role that a story covers (for "fits 4 of 14 requirements"). */
export function requirementsCoveredBy(report: Pick<BankReport, 'role'>, storyId: string): BankRequirement[] {
  return (report.role?.requirements ?? []).filter((requirement) =>
    requirement.matches.some((match) => match.story === storyId && match.score >= REQUIREMENT_COVERED_THRESHOLD),
  );
}

/** What the role weighs: its `Competencies:`, then what two or more requirements ask for. */
function roleCompetencies(parsed: ParsedRole, requirements: readonly BankRequirement[]): { weighs: string[]; all: string[] } {
  const counts = new Map<string, number>();
  for (const requirement of requirements) for (const id of requirement.competencies) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || COMPETENCY_IDS.indexOf(a[0]) - COMPETENCY_IDS.indexOf(b[0]));
  const weighs = [...parsed.competencies];
  const all = [...parsed.competencies];
  for (const [id, count] of byFrequency) {
    if (!all.includes(id)) all.push(id);
    if (count >= 2 && !weighs.includes(id)) weighs.push(id);
  }
  return { weighs, all };
}

/** A question's text for comparison: lower-case, letters and digits only. */
function questionKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
