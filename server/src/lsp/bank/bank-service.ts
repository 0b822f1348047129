import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent, type TextDocuments, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BankSettings } from './bank-engine';
import type { LintResult } from '../../engine';
import { FolderBank, type BankSummaryState, type OpenText } from './folder-bank';

/** Delay between an edit and the bank update: long enough to batch a burst of keys, short enough to feel live. */
export const BANK_DEBOUNCE_MS = 15;

/** The absolute file path of a `file:` URI, else undefined (untitled and virtual documents are not in a bank). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** A role document: by extension, or by language id for clients that name it. */
export function isRoleDocument(document: TextDocument): boolean {
  return document.languageId === 'role' || /\.role$/i.test(document.uri.replace(/[?#].*$/, ''));
}

export type BankListener = (bank: FolderBank, state: BankSummaryState) => void;

/**
 * The story banks of the workspace: one per workspace folder, fed by the disk (watched files) and
 * by the open documents, which override it.
 */
export class BankService {
  private readonly banks = new Map<string, FolderBank>();
  private readonly listeners: BankListener[] = [];
  /** Open documents by absolute path: what the banks read instead of the disk. */
  private readonly openByPath = new Map<string, TextDocument>();

  constructor(
    documents: TextDocuments<TextDocument>,
    private readonly settingsFor: (folderUri: string) => Promise<BankSettings>,
    private readonly log: (message: string) => void,
    private readonly debounceMs = BANK_DEBOUNCE_MS,
    /** The server's story linter: lints an open story once for diagnostics and bank alike. */
    private readonly lintOpen?: (document: TextDocument) => Promise<unknown>,
    private readonly peekLint?: (document: TextDocument) => LintResult | undefined,
  ) {
    documents.onDidOpen(({ document }) => this.opened(document));
    documents.onDidChangeContent(({ document }) => this.changed(document));
    documents.onDidClose(({ document }) => this.closed(document));
  }

  /** A bank changed: its summary (findings, role, stories) is new; the full report is made when asked for. */
  onDidChange(listener: BankListener): void {
    this.listeners.push(listener);
  }

  /** The workspace folders changed (or are first known): a bank per folder, indexed in the background. */
  setFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[] = []): void {
    for (const folder of removed) {
      const root = filePathOf(folder.uri);
      if (root === undefined) continue;
      this.banks.get(root)?.dispose();
      this.banks.delete(root);
    }
    for (const folder of added) {
      const root = filePathOf(folder.uri);
      if (root === undefined || this.banks.has(root)) continue;
      const bank = new FolderBank(
        root,
        folder.uri,
        (file) => this.openText(file),
        () => this.settingsFor(folder.uri),
        (changed, state) => this.listeners.forEach((listener) => listener(changed, state)),
        this.log,
        this.debounceMs,
      );
      this.banks.set(root, bank);
      bank.reindex();
    }
  }

  all(): FolderBank[] {
    return [...this.banks.values()];
  }

  /** The bank holding a document or folder URI; without one, the first bank. */
  bankFor(uri?: string): FolderBank | undefined {
    const file = uri === undefined ? undefined : filePathOf(uri);
    if (file !== undefined) {
      // The innermost folder wins when workspace folders nest.
      const holding = this.all()
        .filter((bank) => file === bank.root || bank.relative(file) !== undefined)
        .sort((a, b) => b.root.length - a.root.length);
      if (holding.length > 0) return holding[0];
      if (uri !== undefined) return undefined;
    }
    return this.all()[0];
  }

  /** An open document's text, with the story linter's result for exactly that text. */
  private async openText(file: string): Promise<OpenText | undefined> {
    const document = this.openByPath.get(file);
    if (!document) return undefined;
    if (this.lintOpen && !isRoleDocument(document)) {
      await this.lintOpen(document);
      // Read together, so the text and its lint are of one version.
      return { text: document.getText(), linted: this.peekLint?.(document) };
    }
    return { text: document.getText() };
  }

  /** The URI the client knows a file by: an open document's own spelling, else the file URI. */
  uriOf(file: string): string {
    return this.openByPath.get(file)?.uri ?? fileUri(file);
  }

  /** A file name in use: on disk is checked by the caller; this adds open documents not saved yet. */
  isTaken(file: string): boolean {
    return this.openByPath.has(file);
  }

  /** workspace/didChangeWatchedFiles. */
  filesChanged(changes: readonly FileEvent[]): void {
    for (const change of changes) {
      const file = filePathOf(change.uri);
      if (file === undefined) continue;
      // An open document is the truth for its file until it is closed.
      if (change.type !== FileChangeType.Deleted && this.openByPath.has(file)) continue;
      for (const bank of this.banksHolding(file)) {
        if (change.type === FileChangeType.Deleted) bank.deleted(file);
        else bank.touched(file);
      }
    }
  }

  /** Settings changed (bank rule severities): every bank is reindexed. */
  settingsChanged(): void {
    for (const bank of this.all()) bank.reindex();
  }

  dispose(): void {
    for (const bank of this.all()) bank.dispose();
    this.banks.clear();
  }

  private banksHolding(file: string): FolderBank[] {
    return this.all().filter((bank) => bank.relative(file) !== undefined);
  }

  private opened(document: TextDocument): void {
    const file = filePathOf(document.uri);
    if (file === undefined) return;
    this.openByPath.set(file, document);
    // Opening changes nothing unless the text differs from the disk, which the update finds out cheaply.
    for (const bank of this.banksHolding(file)) bank.touched(file);
  }

  private changed(document: TextDocument): void {
    const file = filePathOf(document.uri);
    if (file === undefined || this.openByPath.get(file) !== document) return;
    for (const bank of this.banksHolding(file)) bank.touched(file);
  }

  private closed(document: TextDocument): void {
    const file = filePathOf(document.uri);
    if (file === undefined) return;
    this.openByPath.delete(file);
    // Back to the disk: the saved text, or nothing if the file was never saved or was deleted.
    for (const bank of this.banksHolding(file)) bank.touched(file);
  }
}
