import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BankReport, BankSummary, LintResult, QuestionMatch } from '../../engine';
import { bankFileKind, CONFIG_FILE, readBankFile, scanFolder, type BankFileKind } from './bank-files';
import { BankEngineAdapter, type BankSettings } from './bank-engine';
import { deriveClosedStories, MIN_FILES_FOR_WORKERS, sharedStems, type ClosedStoryResult } from './closed-stories';
import { storyFilesMatcher } from '../../config/story-files';

/** A bank as of one version. */
export interface BankState {
  readonly version: number;
  readonly report: BankReport;
}

/** A bank as of one version, but for its question map: findings, role and stories (what every edit updates at once). */
export interface BankSummaryState {
  readonly version: number;
  readonly summary: BankSummary;
}

/** Files read from disk at once while indexing: enough to keep the disk busy, few enough to stay light. */
const READ_CONCURRENCY = 32;
/**
 * An update slower than this makes the next edit wait as long before the bank follows, so typing
 * stays fluid in a huge bank or on a busy machine (an update of a 1,000-story bank takes ~30 ms).
 */
const SLOW_UPDATE_MS = 250;
const MAX_DELAY_MS = 1500;
/** Longest stretch of indexing (or of ranking the question map) before the server yields to pending messages. */
const SLICE_MS = 12;


/** An open document's text, with the lint the server already made of it when there is one for this text. */
export interface OpenText {
  readonly text: string;
  readonly linted?: LintResult;
}

/**
 * The story bank of one workspace folder: every story, Markdown story (`storyFiles`), role and the
 * rehearsal log under it, fed to the engine's bank index. Open documents override the disk. Changes
 * are batched: a burst of edits or file events makes one update, which re-derives only the files it
 * names and makes the summary (findings, role, stories: diagnostics, lenses and the bankChanged
 * notification follow at once). The full report (the question map) is made off the typing path,
 * when a client asks for it (the bank views, after bankChanged): in slices, started again when a
 * newer change comes. Paths are relative to the bank root: the folder of the `.storycoach.json` in
 * use, else the workspace folder.
 */
export class FolderBank {
  /** The bank root (absolute). */
  root: string;
  private readonly kinds = new Map<string, BankFileKind>();
  private readonly dirty = new Set<string>();
  /** Files deleted on disk: out of the bank even if a document still holds their text (until it is edited again). */
  private readonly removed = new Set<string>();
  private engine: BankEngineAdapter | undefined;
  private rescan = true;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private state: BankState | undefined;
  private summaryState: BankSummaryState | undefined;
  private version = 0;
  private reporting: Promise<void> | undefined;
  private isMarkdownStory: (relativePath: string) => boolean = () => false;
  private disposed = false;
  /** How long the last update held the server, in ms. */
  private lastUpdateMs = 0;

  constructor(
    /** Absolute path of the workspace folder: what is scanned. */
    readonly folder: string,
    readonly folderUri: string,
    /** The text of an open document at this absolute path, if one is open. */
    private readonly openText: (file: string) => Promise<OpenText | undefined>,
    private readonly settings: () => Promise<BankSettings>,
    /** The summary changed (every update that changed the bank). */
    private readonly onSummary: (bank: FolderBank, state: BankSummaryState) => void,
    private readonly log: (message: string) => void,
    private readonly debounceMs: number,
  ) {
    this.root = folder;
  }


  /** Relative path (`/` separators) of an absolute path in this bank's folder, or undefined. */
  relative(file: string): string | undefined {
    if (!isInside(this.folder, file)) return undefined;
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  absolute(relativePath: string): string {
    return path.join(this.root, ...relativePath.split('/'));
  }

  /** The files the bank holds of one kind (relative paths). */
  filesOf(kind: BankFileKind): string[] {
    return [...this.kinds].filter(([, candidate]) => candidate === kind).map(([file]) => file);
  }

  /** The bank with every pending change in, question map included. */
  async settled(): Promise<BankState> {
    for (;;) {
      const summary = await this.settledSummary();
      if (this.state?.version === summary.version) return this.state;
      await this.reportNow();
    }
  }

  /** The summary (findings, role, stories) with every pending change in. */
  async settledSummary(): Promise<BankSummaryState> {
    for (;;) {
      if (this.running) await this.running;
      else if (this.summaryState && !this.pending()) return this.summaryState;
      else this.runNow();
    }
  }

  /** Free text against the bank's stories, best first. */
  async findStories(text: string): Promise<readonly QuestionMatch[]> {
    await this.settledSummary();
    return this.engine?.findStories(text) ?? [];
  }

  /** Index everything again: at the start, when a `.storycoach.json` or the settings change. */
  reindex(): void {
    this.rescan = true;
    this.schedule(0);
  }

  /** A file was created or changed on disk, or an open document changed (absolute path). */
  touched(file: string): void {
    const relative = this.relative(file);
    if (relative === undefined) return;
    if (path.basename(file) === CONFIG_FILE) return this.reindex();
    const kind = this.kinds.get(relative) ?? bankFileKind(relative, this.isMarkdownStory);
    if (!kind || kind === 'config') return;
    this.kinds.set(relative, kind);
    this.removed.delete(relative);
    this.dirty.add(relative);
    this.schedule(this.editDelay());
  }

  /** A file or folder vanished (a folder's deletion comes as one event, for the folder). */
  deleted(file: string): void {
    if (path.basename(file) === CONFIG_FILE) return this.reindex();
    const relative = this.relative(file);
    if (relative === undefined) return;
    for (const known of this.kinds.keys()) {
      if (known !== relative && !known.startsWith(`${relative}/`)) continue;
      this.dirty.delete(known);
      this.removed.add(known);
    }
    if (this.removed.size > 0) this.schedule(this.editDelay());
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private pending(): boolean {
    return this.dirty.size > 0 || this.removed.size > 0 || this.rescan;
  }

  /** The debounce after an edit: short, unless updates are slow (a large bank), then as long as one update. */
  private editDelay(): number {
    return this.lastUpdateMs < SLOW_UPDATE_MS ? this.debounceMs : Math.min(MAX_DELAY_MS, Math.max(this.debounceMs, this.lastUpdateMs));
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), delay);
  }

  private runNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // One update at a time; what arrives meanwhile makes the next one.
    if (this.running) return;
    this.running = this.update()
      .catch((error: unknown) => this.log(`Story Coach: the story bank of ${this.folder} could not be updated: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.pending()) this.schedule(0);
      });
  }

  private async update(): Promise<void> {
    const rescanned = this.rescan;
    if (rescanned) await this.scan();
    const engine = this.engine as BankEngineAdapter;
    const batch = [...this.dirty];
    this.dirty.clear();
    let changed = rescanned || this.state === undefined;
    let held = 0;
    let sliceStart = performance.now();
    for (const relative of this.removed) changed = this.apply(engine, relative, null) || changed;
    this.removed.clear();
    let prepared = !rescanned;
    if (rescanned) {
      // A whole folder: closed stories are read and derived on worker threads (readClosed).
      const { closed, open } = await this.closedStories(batch);
      if (closed.length >= MIN_FILES_FOR_WORKERS) {
        batch.splice(0, batch.length, ...open);
        changed = (await this.readClosed(engine, closed)) || changed;
        prepared = true;
      }
    }
    for (let start = 0; start < batch.length; start += READ_CONCURRENCY) {
      const chunk = batch.slice(start, start + READ_CONCURRENCY);
      const reading = Promise.all(chunk.map((relative) => this.textOf(relative)));
      // While the first files are read, the questions are read (loading the grammar analyser).
      if (!prepared) {
        engine.prepare();
        prepared = true;
      }
      const texts = await reading;
      // Indexing yields between files, so edits and requests are answered while a large bank loads.
      for (const [index, relative] of chunk.entries()) {
        const applying = performance.now();
        changed = this.apply(engine, relative, texts[index]) || changed;
        held += performance.now() - applying;
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    }
    if (this.disposed || this.engine !== engine) return;
    // Opening a document, saving it, or touching a file without changing its text changes nothing.
    if (changed) {
      const summarizing = performance.now();
      this.summaryState = { version: ++this.version, summary: engine.summary() };
      held += performance.now() - summarizing;
      // The first index of a whole folder says nothing about how long an edit takes.
      if (!rescanned) this.lastUpdateMs = held;
      this.onSummary(this, this.summaryState);
    }
  }

  /** Ranks the question map for the latest summary (joins a run under way); stops early when a newer change comes. */
  private reportNow(): Promise<void> {
    this.reporting ??= this.makeReport()
      .catch((error: unknown) => this.log(`Story Coach: the story bank report of ${this.folder} could not be made: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => (this.reporting = undefined));
    return this.reporting;
  }

  private async makeReport(): Promise<void> {
    const engine = this.engine;
    const version = this.version;
    if (!engine || this.state?.version === version) return;
    const steps = engine.reportSteps();
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.state = { version, report: step.value };
        return;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        // A newer change (or one waiting to be applied) makes its own report: this one is stale.
        if (this.disposed || this.engine !== engine || this.version !== version || this.pending() || this.running) return;
        sliceStart = performance.now();
      }
    }
  }

  private async scan(): Promise<void> {
    this.rescan = false;
    const settings = await this.settings();
    const project = settings.project;
    this.root = project && isInside(project.root, this.folder, true) ? project.root : this.folder;
    this.isMarkdownStory = storyFilesMatcher(project?.storyFiles ?? []);
    this.engine = new BankEngineAdapter(this.root, settings, this.log);
    const prefix = path.relative(this.root, this.folder).split(path.sep).join('/');
    const found = await scanFolder(this.folder, (relative) => bankFileKind(prefix === '' ? relative : `${prefix}/${relative}`, this.isMarkdownStory) !== null);
    this.kinds.clear();
    this.dirty.clear();
    this.removed.clear();
    for (const inFolder of found) {
      const relative = prefix === '' ? inFolder : `${prefix}/${inFolder}`;
      const kind = bankFileKind(relative, this.isMarkdownStory);
      if (!kind || kind === 'config') continue;
      this.kinds.set(relative, kind);
      this.dirty.add(relative);
    }
  }

  private async textOf(relative: string): Promise<OpenText | null> {
    const file = this.absolute(relative);
    const open = await this.openText(file);
    if (open !== undefined) return open;
    const read = await readBankFile(file);
    if ('text' in read) return { text: read.text };
    if (read.error !== 'vanished') this.log(`Story Coach: ${relative} is left out of the story bank: ${read.error}.`);
    return null;
  }

  /**
   * Reads and derives closed stories on worker threads while this thread reads the questions
   * (loading the grammar analyser) and indexes the records as they come back, yielding to the
   * editor's messages. Returns whether the bank changed.
   */
  private async readClosed(engine: BankEngineAdapter, closed: readonly string[]): Promise<boolean> {
    const started = performance.now();
    const results: ClosedStoryResult[] = [];
    const stems = new Map<string, string>();
    let wake: (() => void) | undefined;
    let derived = false;
    const deriving = deriveClosedStories(
      closed.map((relative) => ({ file: this.absolute(relative), path: relative, options: engine.lintOptions })),
      (chunk) => {
        results.push(...chunk);
        wake?.();
      },
    ).finally(() => {
      derived = true;
      wake?.();
    });
    engine.prepare();
    let changed = false;
    let sliceStart = performance.now();
    for (;;) {
      const result = results.shift();
      if (!result) {
        if (derived) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        sliceStart = performance.now();
        continue;
      }
      changed = this.applyClosed(engine, result, stems) || changed;
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    const workers = await deriving;
    this.log(`Story Coach: read ${closed.length} stories of ${this.folder} in ${Math.round(performance.now() - started)} ms${workers > 0 ? ` (${workers} worker thread${workers > 1 ? 's' : ''})` : ''}.`);
    return changed;
  }

  /** Of a folder's files, the stories that are not open (read and derived apart), and the rest. */
  private async closedStories(batch: readonly string[]): Promise<{ closed: string[]; open: string[] }> {
    const closed: string[] = [];
    const open: string[] = [];
    for (const relative of batch) {
      const kind = this.kinds.get(relative);
      const isStory = kind === 'story' || kind === 'markdown';
      (isStory && (await this.openText(this.absolute(relative))) === undefined ? closed : open).push(relative);
    }
    return { closed, open };
  }

  private applyClosed(engine: BankEngineAdapter, result: ClosedStoryResult, stems: Map<string, string>): boolean {
    const kind = this.kinds.get(result.path);
    if (!kind) return false;
    if ('records' in result) return engine.setRecords(kind, result.path, result.text, result.records.map((record) => sharedStems(record, stems)));
    if (result.error !== 'vanished') this.log(`Story Coach: ${result.path} is left out of the story bank: ${result.error}.`);
    this.kinds.delete(result.path);
    return engine.delete(kind, result.path);
  }

  private apply(engine: BankEngineAdapter, relative: string, text: OpenText | null): boolean {
    const kind = this.kinds.get(relative);
    if (!kind) return false;
    if (text !== null) return engine.set(kind, relative, text.text, text.linted);
    this.kinds.delete(relative);
    return engine.delete(kind, relative);
  }
}

/** Whether `file` is inside `folder` (or is it, when `orSame`). */
function isInside(folder: string, file: string, orSame = false): boolean {
  const relative = path.relative(folder, file);
  if (relative === '') return orSame;
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
