import {
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type LintResult, type Rule } from '../engine';
import { toDiagnostic } from './diagnostics';
import { BankServer } from './bank';
import { DocumentLinter } from './document-linter';
import { FEATURE_CAPABILITIES, registerFeatures } from './features';
import { RehearsalFeature } from './features/rehearsal';
import { practiceSettings } from './practice-settings';
import { CONFIG_FILE_NAME } from '../config';
import { SettingsReader } from './settings';
import { SettingsFolderWatcher } from './settings-file-watch';

export const SERVER_NAME = 'story-coach-language-server';

/**
 * Wires the engine to an LSP connection. Works with any LSP 3.17 client, not only VS Code.
 * `rules` is the registry; tests pass a rule that throws to check that failures stay isolated.
 */
export function startServer(connection: Connection, rules: readonly Rule[] = RULES): void {
  const documents = new TextDocuments(TextDocument);
  let supportsConfiguration = false;
  let registerConfiguration = false;
  let usePull = false;
  // Settings files are watched by the client when it can (dynamic registration), else by the server.
  let clientWatchesFiles = false;
  const folderWatcher = new SettingsFolderWatcher(() => settingsChanged());
  const settings = new SettingsReader(connection, () => supportsConfiguration, undefined, (dir) => {
    if (!clientWatchesFiles) folderWatcher.watch(dir);
  });
  const linter = new DocumentLinter(connection, settings, rules);
  let workspaceFolders: readonly string[] = [];
  const bank = new BankServer(connection, documents, settings, linter, (document) => void publish(document));
  const rehearsal = new RehearsalFeature(documents, linter, practiceSettings(settings, () => workspaceFolders, (uri) => bank.roleInterviewOf(uri)));
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Map<string, { result: LintResult; bank: Diagnostic[] }>();
  const justOpened = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    supportsConfiguration = capabilities.workspace?.configuration === true;
    // Registering without the client's consent breaks the spec, and Neovim warns about it.
    registerConfiguration = supportsConfiguration && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    // Clients that can pull diagnostics (LSP 3.17) get pull; all others get published diagnostics.
    usePull = capabilities.textDocument?.diagnostic !== undefined;
    clientWatchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) settings.reset(initial);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...FEATURE_CAPABILITIES,
        ...bank.initialize(params, usePull),
      },
      serverInfo: { name: SERVER_NAME, version: process.env.STORY_COACH_VERSION ?? '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (registerConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type).catch(() => undefined);
    }
    if (clientWatchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => {
        clientWatchesFiles = false;
      });
    }
    bank.initialized();
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { storyCoach?: unknown } | null)?.storyCoach;
    settingsChanged(supportsConfiguration ? undefined : pushed);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) settingsChanged();
    bank.filesChanged(changes);
  });

  connection.onShutdown(() => {
    folderWatcher.dispose();
    bank.dispose();
  });

  /** Settings changed (editor settings or a settings file): every result is stale, lint again. */
  function settingsChanged(pushed?: unknown): void {
    settings.reset(pushed);
    linter.invalidate();
    bank.settingsChanged();
    if (usePull) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) void publish(document);
  }

  linter.onStale((uri) => {
    if (usePull) connection.languages.diagnostics.refresh();
    else for (const document of uri === undefined ? documents.all() : [documents.get(uri)]) if (document) void publish(document);
  });

  async function publish(document: TextDocument): Promise<void> {
    try {
      const result = await linter.lint(document);
      // A newer version may have arrived while settings were read: publish only what is current.
      if (documents.get(document.uri)?.version !== document.version) return;
      // Edits typed in a burst all wait for the same newest result: send it once, not once each.
      const bankDiagnostics = bank.diagnosticsFor(document.uri);
      const last = published.get(document.uri);
      if (last?.result === result && last.bank === bankDiagnostics) return;
      published.set(document.uri, { result, bank: bankDiagnostics });
      await connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: [...result.findings.map((finding) => toDiagnostic(document, finding)), ...bankDiagnostics],
      });
    } catch (error) {
      connection.console.error(`Story Coach: could not lint ${document.uri}: ${String(error)}`);
    }
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    if (delay <= 0) {
      timers.delete(document.uri);
      void publish(document);
      return;
    }
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void publish(current);
      }, delay),
    );
  }

  documents.onDidOpen(({ document }) => {
    if (usePull) return;
    justOpened.add(document.uri);
    schedule(document, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    // TextDocuments reports an open as a change too; the open is linted at once, edits are debounced.
    if (usePull || justOpened.delete(document.uri)) return;
    void settings.get(document.uri).then(({ debounceMs }) => schedule(document, debounceMs));
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    justOpened.delete(document.uri);
    published.delete(document.uri);
    linter.close(document.uri);
    // A closed file keeps its bank findings (the story's own are only for open documents).
    if (!usePull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: bank.diagnosticsFor(document.uri) });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // A cancelled request is answered RequestCancelled, never with an empty report (which would wipe
    // the client's diagnostics). The lint itself runs on: it is shared and cached for the next request.
    const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    if (token.isCancellationRequested) throw cancelled();
    const result = await linter.lint(document);
    // Let a $/cancelRequest that arrived during a long lint be read before answering.
    await new Promise((resolve) => setImmediate(resolve));
    if (token.isCancellationRequested) throw cancelled();
    return { kind: DocumentDiagnosticReportKind.Full, items: [...result.findings.map((finding) => toDiagnostic(document, finding)), ...bank.diagnosticsFor(document.uri)] };
  });


  registerFeatures(connection, documents, linter, bank, rehearsal);
  documents.listen(connection);
  connection.listen();
}
