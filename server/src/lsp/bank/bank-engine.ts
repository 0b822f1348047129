import * as path from 'node:path';
import type { BankSettings as ProjectBankSettings } from '../../config';
import { BankIndex, localIsoDate, parseRehearsalLog, type BankReport, type BankSummary, type EngineOptions, type LintResult, type QuestionMatch, type StoryRecord } from '../../engine';
import type { BankFileKind } from './bank-files';
import { closedRecordsOf } from './closed-stories';

/** What a folder's bank takes from the settings: lint options (rule severities included) and the bank keys. */
export interface BankSettings {
  readonly engine: EngineOptions;
  /** The bank keys of the `.storycoach.json` in use (its folder is the bank root), if any. */
  readonly project: ProjectBankSettings | null;
}

/**
 * The engine's bank index, fed by file kind: stories and Markdown stories become records; role files
 * compete for the target role (spec §4: `role` of `.storycoach.json`, else the only `.role` file of
 * the bank, else none); the rehearsal log feeds the schedule. Every method says whether the bank changed.
 */
export class BankEngineAdapter {
  private readonly index: BankIndex;
  private readonly roles = new Map<string, string>();
  private readonly configuredRole: string | null;
  private target: string | null = null;
  private targetText: string | null = null;
  private rehearsalText = '';
  private readonly engineOptions: EngineOptions;

  constructor(
    private readonly root: string,
    settings: BankSettings,
    private readonly log: (message: string) => void,
  ) {
    const project = settings.project;
    this.engineOptions = settings.engine;
    this.configuredRole = project?.role ? path.relative(root, project.role).split(path.sep).join('/') : null;
    this.index = new BankIndex({
      engine: settings.engine,
      questions: project?.questions ?? [],
      interviewDate: project?.interviewDate ?? null,
      ...(project ? { recencyYears: project.recencyYears } : {}),
    });
  }

  /**
   * `linted`: the server's own lint of this text, when the file is an open story (saves linting it
   * twice). A file that is not open is linted here without grammar analysis: its findings are not
   * shown (only their counts, in the bank views), and with grammar a large bank would take minutes
   * to index instead of seconds.
   */
  set(kind: BankFileKind, file: string, text: string, linted?: LintResult): boolean {
    switch (kind) {
      case 'story':
      case 'markdown':
        if (linted) return this.index.setFile(file, text, linted);
        // Unchanged text keeps its records: no lint needed.
        return !this.index.hasFile(file, text) && this.index.setRecords(file, text, closedRecordsOf(file, text, this.engineOptions));
      case 'role':
        if (this.roles.get(file) === text) return false;
        this.roles.set(file, text);
        return this.chooseRole();
      case 'rehearsals': {
        if (text === this.rehearsalText) return false;
        this.rehearsalText = text;
        const log = parseRehearsalLog(text);
        if (log.errors.length > 0) this.log(`Story Coach: ${file}: ${log.errors.length} line(s) skipped (line ${log.errors[0].line}: ${log.errors[0].message}).`);
        this.index.setRehearsals(log.entries);
        return true;
      }
      default:
        return false;
    }
  }

  /** The lint options of the bank's stories: what records derived elsewhere must be made with (closed-stories.ts). */
  get lintOptions(): EngineOptions {
    return this.engineOptions;
  }

  /** A closed story file whose records were derived elsewhere (a worker thread) with `lintOptions`. */
  setRecords(kind: BankFileKind, file: string, text: string, records: readonly StoryRecord[]): boolean {
    return kind === 'story' || kind === 'markdown' ? this.index.setRecords(file, text, records) : false;
  }

  delete(kind: BankFileKind, file: string): boolean {
    switch (kind) {
      case 'story':
      case 'markdown':
        return this.index.deleteFile(file);
      case 'role':
        return this.roles.delete(file) && this.chooseRole();
      case 'rehearsals':
        return this.set('rehearsals', file, '');
      default:
        return false;
    }
  }

  /** Reads the questions (and the role's requirements, when known) ahead of the stories. */
  prepare(): void {
    this.index.prepare();
  }

  /** The findings, role and stories: what every edit updates at once. */
  summary(): BankSummary {
    return this.index.summary({ root: this.root, today: localIsoDate(new Date()) });
  }

  /** The full report (the question map too), made step by step. */
  reportSteps(): Generator<void, BankReport, void> {
    return this.index.reportSteps({ root: this.root, today: localIsoDate(new Date()) });
  }

  findStories(text: string): readonly QuestionMatch[] {
    return this.index.findStories(text);
  }

  /** Picks the target role again; true when it (or its text) changed. */
  private chooseRole(): boolean {
    const only = this.roles.size === 1 ? [...this.roles.keys()][0] : null;
    const target = this.configuredRole !== null ? (this.roles.has(this.configuredRole) ? this.configuredRole : null) : only;
    const text = target === null ? null : (this.roles.get(target) ?? null);
    if (target === this.target && text === this.targetText) return false;
    this.target = target;
    this.targetText = text;
    this.index.setRole(target, text);
    return true;
  }
}
