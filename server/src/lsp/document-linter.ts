import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileNameOfUri } from './uri';
import { isRoleDocument } from './bank/bank-service';
import { grammarLoaded, IncrementalLinter, type LintResult, loadGrammar, type Rule, RULES } from '../engine';
import type { SettingsReader } from './settings';

/** Longest stretch of linting before the server yields to pending messages (a newer edit, a hover). */
const SLICE_MS = 12;
/**
 * Grammar-analysis budget per lint in the server (the CLI and the engine have none): a single huge
 * story cannot yield between stories, and this caps how long it holds the server. Sentences left
 * over are reported by `analysis-limit` and analysed by the next lint, which follows at once
 * (analyses are cached), until none is left: what is finally shown never depends on the load.
 */
export const SERVER_NLP_BUDGET_MS = 1000;
/** Each lint that continues deferred sentences gets twice the budget of the last, up to this. */
const MAX_CONTINUATION_BUDGET_MS = 4000;
const GRAMMAR_LOAD_DELAY_MS = 40;

interface CachedLint {
  readonly version: number;
  readonly generation: number;
  readonly result: LintResult;
}

/**
 * Lints open documents, one result per document version: diagnostics, code actions, hover and
 * code lenses all read the same result instead of linting again. Each document keeps an
 * IncrementalLinter, so an edit in a bank file re-lints only the story it touched. Long lints (a
 * large file just opened) yield between stories; when the document has changed meanwhile, the run
 * starts over on the new text, keeping the stories it finished.
 */
export class DocumentLinter {
  private readonly results = new Map<string, CachedLint>();
  private readonly linters = new Map<string, IncrementalLinter>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly failedRules = new Set<string>();
  private readonly staleListeners: Array<(uri?: string) => void> = [];
  /** Sentences still deferred by the last lint of a document version (a continuation must make progress). */
  private readonly deferred = new Map<string, { version: number; count: number; budgetMs: number }>();
  private grammarRequested = false;
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsReader,
    /** The rules to run: the registry, or (in tests) one that throws, to show fault isolation. */
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  /**
   * Results linted without every grammar check are stale: once compromise has loaded (every
   * document: `uri` undefined), and after a lint that ran out of grammar time (that document).
   * Lint and publish again.
   */
  onStale(listener: (uri?: string) => void): void {
    this.staleListeners.push(listener);
  }

  /** Settings changed: every cached result is stale. */
  invalidate(): void {
    this.generation++;
  }

  close(uri: string): void {
    this.results.delete(uri);
    this.linters.delete(uri);
    this.deferred.delete(uri);
    this.settings.forget(uri);
  }

  /** The cached result for exactly this version, if there is one. */
  peek(document: TextDocument): LintResult | undefined {
    const cached = this.results.get(document.uri);
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.result : undefined;
  }

  async lint(document: TextDocument): Promise<LintResult> {
    // One run per document at a time: callers arriving meanwhile wait for it, then take its result
    // if it is for their version (TextDocuments updates the document object in place).
    for (;;) {
      const cached = this.peek(document);
      if (cached) return cached;
      let running = this.running.get(document.uri);
      if (!running) {
        running = this.run(document).finally(() => this.running.delete(document.uri));
        this.running.set(document.uri, running);
      }
      await running;
    }
  }

  private async run(document: TextDocument): Promise<void> {
    const generation = this.generation;
    let linter = this.linters.get(document.uri);
    if (!linter) {
      linter = new IncrementalLinter();
      this.linters.set(document.uri, linter);
    }
    const { options } = await this.settings.get(document.uri);
    // Loading compromise takes about 0.3 s: the first lints skip grammar so the first squiggles
    // appear at once, and the grammar findings follow as soon as it has loaded.
    const grammar = grammarLoaded();
    // No sentence limit here: the time budget keeps the server responsive and deferred sentences are
    // analysed by the lints that follow, so every sentence of a large file is analysed in the end.
    const continued = this.deferred.get(document.uri);
    const nlpBudgetMs = continued?.version === document.version ? continued.budgetMs : SERVER_NLP_BUDGET_MS;
    const overrides = { ...options, fileName: path.basename(fileNameOfUri(document.uri)), nlpBudgetMs, nlpMaxSentences: Number.POSITIVE_INFINITY, grammar };
    for (;;) {
      const version = document.version;
      // A role file is no story: it has none of a story's findings (its own come from the bank).
      const steps = linter.run(isRoleDocument(document) ? '' : document.getText(), overrides, this.rules);
      let sliceStart = performance.now();
      let step = steps.next();
      let stale = false;
      while (!step.done) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (document.version !== version) {
            stale = true;
            break;
          }
          sliceStart = performance.now();
        }
        step = steps.next();
      }
      if (stale || !step.done) continue;
      // A document closed meanwhile keeps nothing here.
      if (this.linters.get(document.uri) !== linter) return;
      for (const failure of step.value.ruleFailures) this.reportFailure(failure.rule, failure.error);
      this.results.set(document.uri, { version, generation, result: step.value });
      if (!grammar) this.loadGrammarSoon();
      else this.continueDeferred(document.uri, version, step.value.sentencesDeferred);
      return;
    }
  }

  /**
   * Sentences left for time are analysed by another lint, on a later turn (messages that came
   * meanwhile go first), as long as each lint leaves fewer of them.
   */
  private continueDeferred(uri: string, version: number, count: number): void {
    const last = this.deferred.get(uri);
    if (count === 0 || (last?.version === version && last.count <= count)) {
      this.deferred.delete(uri);
      return;
    }
    this.deferred.set(uri, { version, count, budgetMs: Math.min(MAX_CONTINUATION_BUDGET_MS, 2 * (last?.version === version ? last.budgetMs : SERVER_NLP_BUDGET_MS)) });
    setImmediate(() => {
      const cached = this.results.get(uri);
      if (cached?.version !== version || this.linters.get(uri) === undefined) return;
      this.results.delete(uri);
      for (const listener of this.staleListeners) listener(uri);
    });
  }

  private loadGrammarSoon(): void {
    if (this.grammarRequested) return;
    this.grammarRequested = true;
    // A short timer, not a microtask: the JSON-RPC writer flushes on a later turn of the event loop,
    // and the grammar-free diagnostics must leave before the load blocks it.
    setTimeout(() => {
      loadGrammar();
      this.invalidate();
      for (const listener of this.staleListeners) listener();
    }, GRAMMAR_LOAD_DELAY_MS);
  }

  /** A rule that throws is logged once, with its id; every other rule's findings still appear. */
  private reportFailure(rule: string, error: unknown): void {
    if (this.failedRules.has(rule)) return;
    this.failedRules.add(rule);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`Story Coach: rule "${rule}" failed and was skipped: ${detail}`);
  }
}
