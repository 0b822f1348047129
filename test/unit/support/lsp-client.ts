// The one LSP test client: spawns the built server (or another server script, such as the
// fault-injecting robustness/faulty-server.js) and speaks JSON-RPC to it over stdio or Node IPC, the
// way Neovim, Helix or any other non-VS Code client would. It records every message the server sends,
// so a test waits for a positive, versioned signal rather than sleeping.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  ConfigurationParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { DIST } from './paths';

export const SERVER_JS = path.join(DIST, 'server.js');

export interface LspClientOptions {
  readonly transport?: 'stdio' | 'ipc';
  /** The server script (default: dist/server.js), its extra arguments and environment. */
  readonly script?: string;
  readonly args?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** How long waitFor and diagnostics wait by default: a hang guard, far above any measured time. */
  readonly timeoutMs?: number;
  /** Client capabilities sent in initialize; default: none beyond what the tests add. */
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** Answers workspace/configuration; default: an empty object per item. */
  readonly configuration?: (params: ConfigurationParams) => unknown[];
  /** Answers workspace/applyEdit; default: applied. */
  readonly applied?: boolean;
  /**
   * Let the server load its grammar analyser before the test starts (default true). A cold server
   * first publishes findings without grammar checks, then the full set; tests of anything else want
   * one publish per version.
   */
  readonly warm?: boolean;
  /** Workspace folders sent in initialize (the story bank is built from them); default: none. */
  readonly workspaceFolders?: readonly { uri: string; name: string }[];
}

const WARM_UP_URI = 'file:///story-coach-test-warm-up.story';

/** A request or notification the server sent to the client, in order of arrival. */
export interface ServerMessage {
  readonly method: string;
  readonly params: unknown;
  readonly kind: 'request' | 'notification';
}

interface Waiter {
  readonly match: (message: ServerMessage) => boolean;
  readonly resolve: (message: ServerMessage) => void;
}

export class LspTestClient {
  readonly messages: ServerMessage[] = [];
  stderr = '';
  initializeResult: InitializeResult | undefined;
  private readonly waiters = new Set<Waiter>();
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    private readonly options: LspClientOptions,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    connection.onRequest((method, params) => {
      this.record({ method, params, kind: 'request' });
      return this.answer(method, params);
    });
    connection.onNotification((method, params) => this.record({ method, params, kind: 'notification' }));
    connection.onError(() => undefined);
    connection.onClose(() => undefined);
    connection.listen();
  }

  /** Spawns the server; call initialize() next (or use LspTestClient.initialized). */
  static start(options: LspClientOptions = {}): LspTestClient {
    const script = options.script ?? SERVER_JS;
    const env = { ...process.env, ...options.env };
    if (options.transport === 'ipc') {
      const child = fork(script, ['--node-ipc', ...(options.args ?? [])], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env });
      return new LspTestClient(child, createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)), options);
    }
    const child = spawn(process.execPath, [script, '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspTestClient(child, connection, options);
  }

  /** Spawned, initialized and `initialized` sent. */
  static async initialized(options: LspClientOptions = {}): Promise<LspTestClient> {
    const client = LspTestClient.start(options);
    await client.initialize();
    if (options.warm !== false) await client.warmUp();
    return client;
  }

  /** Opens a throwaway story with a passive-voice finding and waits until the server reports it. */
  async warmUp(): Promise<void> {
    const pull = this.options.capabilities?.textDocument?.diagnostic !== undefined;
    await this.open(WARM_UP_URI, 'Kind: failure\nS: Mistakes were made.\n');
    const hasPassive = (items: Array<{ code?: unknown }>) => items.some((item) => item.code === 'passive-ownership');
    if (pull) {
      for (let attempt = 0; attempt < 100; attempt++) {
        const report = await this.request<{ items: Array<{ code?: unknown }> }>('textDocument/diagnostic', { textDocument: { uri: WARM_UP_URI } });
        if (hasPassive(report.items)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } else {
      await this.waitFor(
        (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === WARM_UP_URI && hasPassive((m.params as PublishDiagnosticsParams).diagnostics),
        { what: 'grammar findings on the warm-up story' },
      );
    }
    await this.notify('textDocument/didClose', { textDocument: { uri: WARM_UP_URI } });
    if (!pull) await this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === WARM_UP_URI && (m.params as PublishDiagnosticsParams).diagnostics.length === 0);
  }

  async initialize(): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'story-coach-protocol-tests', version: '1' },
      rootUri: this.options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: this.options.workspaceFolders ?? null,
      capabilities: this.options.capabilities ?? {},
      ...(this.options.initializationOptions !== undefined ? { initializationOptions: this.options.initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** A request and how long its answer took, in milliseconds. */
  async timed<R>(method: string, params: unknown): Promise<{ result: R; ms: number }> {
    const started = Date.now();
    const result = await this.request<R>(method, params);
    return { result, ms: Date.now() - started };
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'story', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** The next message (already received since `after`, or still to come) that matches. */
  waitFor(match: (message: ServerMessage) => boolean, { after = 0, timeoutMs = this.options.timeoutMs ?? 8000, what = 'a server message' } = {}): Promise<ServerMessage> {
    const seen = this.messages.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got: ${this.messages.map((m) => m.method).join(', ') || 'nothing'}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Published diagnostics for the uri (and version, if given), received after message index `after`. */
  async diagnostics(uri: string, version?: number, after = 0, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const message = await this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri && (version === undefined || (m.params as PublishDiagnosticsParams).version === version),
      { after, what: `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`, ...(timeoutMs !== undefined ? { timeoutMs } : {}) },
    );
    return message.params as PublishDiagnosticsParams;
  }

  messagesOf(method: string): ServerMessage[] {
    return this.messages.filter((message) => message.method === method);
  }

  /** shutdown, then exit; resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    return this.waitForExit();
  }

  waitForExit(timeoutMs = 5000): Promise<number | null> {
    return Promise.race([this.exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('server did not exit')), timeoutMs).unref())]);
  }

  /** Ends the connection and the process, whatever state they are in. */
  dispose(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private record(message: ServerMessage): void {
    this.messages.push(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(message)) {
        this.waiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  }

  private answer(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration': {
        const configurationParams = params as ConfigurationParams;
        return this.options.configuration ? this.options.configuration(configurationParams) : configurationParams.items.map(() => ({}));
      }
      case 'workspace/applyEdit':
        return { applied: this.options.applied ?? true };
      case 'window/showDocument':
        return { success: true };
      case 'window/showMessageRequest':
        return null;
      default:
        // client/registerCapability, workspace/diagnostic/refresh, window/workDoneProgress/create…
        return null;
    }
  }
}

/** A position-indexed view of a text, to build ranges and apply LSP edits in tests. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i]?.length ?? 0;
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyTextEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const resolved = edits
    .map((edit) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
