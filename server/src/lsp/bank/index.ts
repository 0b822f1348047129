// The story bank in the language server: one bank per workspace folder (the disk, watched, with
// open documents over it), its findings as diagnostics, its requests and the role-file features.
import * as path from 'node:path';
import {
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type FileEvent,
  CodeLensRefreshRequest,
  type InitializeParams,
  type ServerCapabilities,
  type TextDocuments,
  WatchKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter } from '../document-linter';
import type { SettingsReader } from '../settings';
import { CONFIG_FILE, REHEARSAL_LOG } from './bank-files';
import { BankDiagnosticsHub, type BankDelivery } from './bank-diagnostics-hub';
import type { BankSettings } from './bank-engine';
import { executeBankCommand, registerBankRequests } from './bank-requests';
import { placeOf } from './role-features';
import { BankService, filePathOf, fileUri } from './bank-service';
import { BankFolderWatcher } from './folder-watch';

export { isRoleDocument } from './bank-service';

/** What a client tells the server in initializationOptions: the VS Code client pulls workspace diagnostics. */
export interface BankInitializationOptions {
  readonly workspaceDiagnostics?: boolean;
}

export class BankServer {
  readonly service: BankService;
  private hub: BankDiagnosticsHub | undefined;
  private canWatch = false;
  private canCreateFiles = false;
  private folderEvents = false;
  private refreshLenses = false;
  private initialFolders: { uri: string; name: string }[] = [];
  /** Watches the folders itself when the client cannot watch files for the server. */
  private folderWatcher: BankFolderWatcher | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsReader,
    linter: DocumentLinter,
    /** Publishes an open story again (push delivery: its own findings merged with the bank's). */
    private readonly republish: (document: TextDocument) => void,
  ) {
    this.service = new BankService(
      documents,
      (folderUri) => this.bankSettings(folderUri),
      (message) => connection.console.info(message),
      undefined,
      (document) => linter.lint(document),
      (document) => linter.peek(document),
    );
    registerBankRequests(connection, documents, this.service);
  }

  /** Reads the client's capabilities; returns what the server adds to its own. */
  initialize(params: InitializeParams, usePull: boolean): Pick<ServerCapabilities, 'diagnosticProvider' | 'workspace' | 'definitionProvider'> {
    const capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as BankInitializationOptions;
    const delivery: BankDelivery = !usePull ? 'push' : options.workspaceDiagnostics === true ? 'workspace' : 'document';
    this.hub = new BankDiagnosticsHub(this.connection, this.documents, this.service, delivery, this.republish);
    this.canWatch = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const edit = capabilities.workspace?.workspaceEdit;
    this.canCreateFiles = edit?.documentChanges === true && (edit.resourceOperations ?? []).includes('create');
    this.folderEvents = capabilities.workspace?.workspaceFolders === true;
    this.refreshLenses = capabilities.workspace?.codeLens?.refreshSupport === true;
    this.initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
    if (delivery === 'workspace') {
      this.connection.languages.diagnostics.onWorkspace((workspaceParams, token) => (this.hub as BankDiagnosticsHub).workspaceDiagnostics(workspaceParams, token));
    }
    return {
      // Bank findings on one file depend on the others: clients pull open files again when any changes.
      ...(usePull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: delivery === 'workspace' } } : {}),
      ...(this.folderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      definitionProvider: true,
    };
  }

  initialized(): void {
    if (this.canWatch) {
      const watchers = [
        { globPattern: '**/*.{story,role,md,markdown}' },
        { globPattern: `**/${REHEARSAL_LOG}` },
        // A deleted folder is one event, for the folder: hear every deletion.
        { globPattern: '**/*', kind: WatchKind.Delete },
      ];
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    }
    else this.folderWatcher = new BankFolderWatcher((changes) => this.service.filesChanged(changes));
    if (this.folderEvents) this.connection.workspace.onDidChangeWorkspaceFolders((event) => this.setFolders(event.added, event.removed));
    // Requirement and "fits" lenses change with the bank, not only with their own file.
    if (this.refreshLenses) this.service.onDidChange(() => void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined));
    this.setFolders(this.initialFolders, []);
  }

  private setFolders(added: readonly { uri: string }[], removed: readonly { uri: string }[]): void {
    this.service.setFolders(added as { uri: string; name: string }[], removed as { uri: string; name: string }[]);
    for (const folder of removed) {
      const file = filePathOf(folder.uri);
      if (file !== undefined) this.folderWatcher?.unwatch(file);
    }
    for (const folder of added) {
      const file = filePathOf(folder.uri);
      if (file !== undefined) this.folderWatcher?.watch(file);
    }
  }

  /** The bank findings on a document, for its own diagnostics (pull) or its publish (push). */
  diagnosticsFor(uri: string): Diagnostic[] {
    return this.hub?.forUri(uri) ?? [];
  }

  filesChanged(changes: readonly FileEvent[]): void {
    this.service.filesChanged(changes);
  }

  /** Editor or `.storycoach.json` settings changed: rule severities, questions, role, storyFiles. */
  settingsChanged(): void {
    this.service.settingsChanged();
  }

  /** The `Interview:` date of the target role of the bank holding a document; null without one. */
  async roleInterviewOf(uri: string): Promise<string | null> {
    return (await placeOf(this.service, uri))?.report.role?.interview ?? null;
  }

  /** Server commands of the bank; undefined when not one of them. */
  executeCommand(params: Parameters<typeof executeBankCommand>[2]): Promise<boolean | undefined> {
    return executeBankCommand(this.connection, this.service, params);
  }

  get createsFiles(): boolean {
    return this.canCreateFiles;
  }

  dispose(): void {
    this.folderWatcher?.dispose();
    this.service.dispose();
  }

  private async bankSettings(folderUri: string): Promise<BankSettings> {
    // The settings of a file at the folder's root: the folder's own `.storycoach.json`, or the nearest above it.
    const folder = filePathOf(folderUri);
    const { options, project } = await this.settings.get(folder === undefined ? folderUri : fileUri(path.join(folder, CONFIG_FILE)));
    return { engine: options, project: project?.bank ?? null };
  }
}
