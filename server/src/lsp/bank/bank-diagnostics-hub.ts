import {
  type CancellationToken,
  type Connection,
  type Diagnostic,
  DiagnosticServerCancellationData,
  LSPErrorCodes,
  ResponseError,
  type TextDocuments,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsByFile, workspaceReport } from './bank-diagnostics';
import { type BankService, filePathOf } from './bank-service';
import type { FolderBank } from './folder-bank';
import type { BankSummaryState } from './folder-bank';

/**
 * How bank findings reach the client:
 * - `workspace`: the client pulls workspace diagnostics (VS Code): open files get them in their
 *   document pull, every other bank file in the workspace pull, which the server holds open until
 *   the bank changes;
 * - `document`: the client pulls document diagnostics only: open files get them in their pull,
 *   closed files are published;
 * - `push`: everything is published, bank findings merged with the story's own on open files.
 */
export type BankDelivery = 'workspace' | 'document' | 'push';

/** One shared empty list: callers compare lists by identity to skip sending the same diagnostics twice. */
const NONE: Diagnostic[] = [];

/** Bank findings as LSP diagnostics, per file, delivered the way the client can take them. */
export class BankDiagnosticsHub {
  private readonly perBank = new Map<FolderBank, Map<string, Diagnostic[]>>();
  /** URIs the server has published bank findings on (document and push delivery), to clear them later. */
  private readonly pushed = new Set<string>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly bank: BankService,
    readonly delivery: BankDelivery,
    /** Publishes an open story again, its own findings merged with the bank's (push delivery). */
    private readonly republish: (document: TextDocument) => void,
  ) {
    bank.onDidChange((changed, state) => this.update(changed, state));
    if (delivery === 'document') {
      documents.onDidOpen(({ document }) => this.send(document.uri, []));
      documents.onDidClose(({ document }) => this.send(document.uri, this.forUri(document.uri)));
    }
  }

  /** The bank findings on a file (by URI). */
  forUri(uri: string): Diagnostic[] {
    const file = filePathOf(uri);
    if (file === undefined) return NONE;
    for (const byFile of this.perBank.values()) {
      const found = byFile.get(file);
      if (found) return found;
    }
    return NONE;
  }

  /** workspace/diagnostic: answers at once when the client lacks something, else when the bank next changes. */
  async workspaceDiagnostics(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    for (;;) {
      await Promise.all(this.bank.all().map((bank) => bank.settledSummary()));
      const { items, changed } = workspaceReport(this.files(), previous);
      if (changed || previous.size === 0) return { items };
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.waiters.delete(wake);
          subscription.dispose();
          resolve();
        };
        const subscription = token.onCancellationRequested(wake);
        this.waiters.add(wake);
      });
      if (token.isCancellationRequested) {
        throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'The workspace diagnostics were cancelled.', { retriggerRequest: true });
      }
    }
  }

  /** Every bank file (with its findings, possibly none) by the URI the client knows it by. */
  private files(): Map<string, Diagnostic[]> {
    const files = new Map<string, Diagnostic[]>();
    for (const bank of this.bank.all()) {
      const byFile = this.perBank.get(bank) ?? new Map<string, Diagnostic[]>();
      for (const kind of ['story', 'markdown', 'role'] as const) {
        for (const relative of bank.filesOf(kind)) {
          const file = bank.absolute(relative);
          files.set(this.uriOf(file), byFile.get(file) ?? []);
        }
      }
      for (const [file, diagnostics] of byFile) files.set(this.uriOf(file), diagnostics);
    }
    return files;
  }

  private update(bank: FolderBank, state: BankSummaryState): void {
    const before = this.perBank.get(bank) ?? new Map<string, Diagnostic[]>();
    // Files whose findings stayed the same keep their list: what changed is what is not the same list.
    const after = diagnosticsByFile(bank, state.summary.findings, before);
    this.perBank.set(bank, after);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
    if (changed.length === 0) return;
    let openChanged = false;
    for (const file of changed) {
      const uri = this.uriOf(file);
      const open = this.documents.get(uri);
      if (open) {
        openChanged = true;
        if (this.delivery === 'push') this.republish(open);
      } else if (this.delivery !== 'workspace') {
        this.send(uri, after.get(file) ?? []);
      }
    }
    if (openChanged && this.delivery !== 'push') this.connection.languages.diagnostics.refresh();
    for (const wake of [...this.waiters]) wake();
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.pushed.has(uri)) return;
    if (diagnostics.length === 0) this.pushed.delete(uri);
    else this.pushed.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private uriOf(file: string): string {
    return this.bank.uriOf(file);
  }
}
