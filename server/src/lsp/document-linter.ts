import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileNameOfUri } from './uri';
import { lint, type LintResult } from '../engine';
import type { SettingsReader } from './settings';

interface CachedLint {
  readonly version: number;
  readonly generation: number;
  readonly result: LintResult;
}

/**
 * Lints open documents, one result per document version: diagnostics, code actions, hover and
 * code lenses all read the same result instead of linting again.
 */
export class DocumentLinter {
  private readonly results = new Map<string, CachedLint>();
  private readonly failedRules = new Set<string>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsReader,
  ) {}

  /** Settings changed: every cached result is stale. */
  invalidate(): void {
    this.generation++;
  }

  close(uri: string): void {
    this.results.delete(uri);
    this.settings.forget(uri);
  }

  /** The cached result for exactly this version, if there is one. */
  peek(document: TextDocument): LintResult | undefined {
    const cached = this.results.get(document.uri);
    return cached && cached.version === document.version && cached.generation === this.generation ? cached.result : undefined;
  }

  async lint(document: TextDocument): Promise<LintResult> {
    const cached = this.peek(document);
    if (cached) return cached;
    const generation = this.generation;
    const { options } = await this.settings.get(document.uri);
    const fileName = fileNameOfUri(document.uri);
    const result = lint(document.getText(), { ...options, fileName: path.basename(fileName) });
    for (const failure of result.ruleFailures) this.reportFailure(failure.rule, failure.error);
    this.results.set(document.uri, { version: document.version, generation, result });
    return result;
  }

  /** A rule that throws is logged once, with its id; every other rule's findings still appear. */
  private reportFailure(rule: string, error: unknown): void {
    if (this.failedRules.has(rule)) return;
    this.failedRules.add(rule);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`Story Coach: rule "${rule}" failed and was skipped: ${detail}`);
  }
}
