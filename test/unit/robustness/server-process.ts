// A minimal LSP client over stdio for the robustness tests: spawns a server script (the built
// bundle, or the fault-injecting faulty-server.js), records everything it sends, and measures how
// quickly it answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ConfigurationParams, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface Received {
  readonly method: string;
  readonly params: unknown;
}

export interface ServerOptions {
  readonly args?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Client capabilities for initialize. */
  readonly capabilities?: object;
  /** The answer to workspace/configuration (one per item); default: empty settings. */
  readonly configuration?: (params: ConfigurationParams) => unknown[];
}

export class ServerProcess {
  readonly received: Received[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly waiters = new Set<{ match: (message: Received) => boolean; resolve: (message: Received) => void }>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    private readonly options: ServerOptions,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    connection.onRequest((method, params) => {
      this.record({ method, params });
      if (method === 'workspace/configuration') {
        const items = (params as ConfigurationParams).items;
        return this.options.configuration ? this.options.configuration(params as ConfigurationParams) : items.map(() => ({}));
      }
      if (method === 'workspace/applyEdit') return { applied: true };
      if (method === 'window/showDocument') return { success: true };
      return null;
    });
    connection.onNotification((method, params) => this.record({ method, params }));
    connection.onError(() => undefined);
    connection.onClose(() => undefined);
    connection.listen();
  }

  /** Spawns `node SCRIPT --stdio` and initializes it. */
  static async start(script: string, options: ServerOptions = {}): Promise<ServerProcess> {
    const child = spawn(process.execPath, [script, '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new ServerProcess(child, connection, options);
    await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: options.capabilities ?? {} });
    await connection.sendNotification('initialized', {});
    return server;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** A request and how long the answer took, in milliseconds. */
  async timed<R>(method: string, params: unknown): Promise<{ result: R; ms: number }> {
    const started = Date.now();
    const result = await this.request<R>(method, params);
    return { result, ms: Date.now() - started };
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'story', version, text } });
  }

  of(method: string): Received[] {
    return this.received.filter((message) => message.method === method);
  }

  waitFor(match: (message: Received) => boolean, timeoutMs: number, what: string, after = 0): Promise<Received> {
    const seen = this.received.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (message: Received) => {
          clearTimeout(timer);
          resolve(message);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The next publishDiagnostics for a document, received after message index `after`. */
  async diagnostics(uri: string, timeoutMs: number, after = 0): Promise<PublishDiagnosticsParams> {
    const message = await this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri, timeoutMs, `diagnostics for ${uri}`, after);
    return message.params as PublishDiagnosticsParams;
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    return Promise.race([this.exited, new Promise<number | null>((_, reject) => setTimeout(() => reject(new Error('server did not exit')), 5000).unref())]);
  }

  dispose(): void {
    this.connection.dispose();
    if (this.alive) this.child.kill();
  }

  private record(message: Received): void {
    this.received.push(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(message)) {
        this.waiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  }
}
