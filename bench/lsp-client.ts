/**
 * A minimal LSP client over stdio for the benchmark: JSON-RPC with Content-Length framing, written
 * by hand so nothing between the pipe and the clock adds its own latency. It answers the server's
 * requests (workspace/configuration, client/registerCapability…) and timestamps every
 * publishDiagnostics the moment its frame is parsed.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Diagnostic {
  readonly range: { readonly start: Position; readonly end: Position };
  readonly code?: string | number;
  readonly message: string;
}

export interface PublishedDiagnostics {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly Diagnostic[];
  /** performance.now() when the chunk completing its frame arrived. */
  readonly receivedAt: number;
}

interface Waiter {
  readonly uri: string;
  readonly version: number | null;
  /** Only a publication that passes (the full set after grammar has loaded, say). */
  readonly accept?: (published: PublishedDiagnostics) => boolean;
  readonly resolve: (published: PublishedDiagnostics) => void;
}

interface JsonRpcMessage {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export type RequestHandler = (method: string, params: unknown) => unknown;

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** performance.now() just before the process was spawned. */
  readonly spawnedAt: number;
  readonly stderr: string[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  private waiters: Waiter[] = [];
  private exited = false;
  private exitError: Error | null = null;

  constructor(
    command: string,
    args: readonly string[],
    private readonly onRequest: RequestHandler = () => null,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.spawnedAt = performance.now();
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    this.process.on('exit', (code, signal) => {
      this.exited = true;
      this.exitError = new Error(`language server exited (code ${code}, signal ${signal}); stderr: ${this.stderr.join('').slice(-2000)}`);
      for (const { reject, method } of this.pending.values()) reject(new Error(`${method}: ${this.exitError.message}`));
      this.pending.clear();
    });
    this.process.stdin.on('error', () => undefined);
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  request<T>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    if (this.exited) return Promise.reject(this.exitError ?? new Error('language server has exited'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no response within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first publishDiagnostics for `uri` carrying `version` (any version when
   * null). Register it before sending the change, so a fast answer is not missed.
   */
  waitForDiagnostics(uri: string, version: number | null, timeoutMs = 60_000, accept?: (published: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        version,
        accept,
        resolve: (published) => {
          clearTimeout(timer);
          resolve(published);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; stderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** shutdown + exit, then wait for the process to end (killing it if it hangs). */
  async stop(): Promise<void> {
    if (this.exited) return;
    const ended = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, 10_000);
      this.notify('exit', null);
    } catch {
      // fall through to the kill below
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5_000);
    await ended;
    clearTimeout(timer);
  }

  private send(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private read(chunk: Buffer): void {
    // The arrival of the chunk that completes a frame is the moment the client could act on it.
    const arrivedAt = performance.now();
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length:\s*(\d+)/i.exec(header);
      if (!length) throw new Error(`bad LSP header: ${header}`);
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length[1]);
      if (this.buffer.length < bodyEnd) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString('utf8')) as JsonRpcMessage;
      this.buffer = this.buffer.subarray(bodyEnd);
      this.dispatch(message, arrivedAt);
    }
  }

  private dispatch(message: JsonRpcMessage, receivedAt: number): void {
    if (message.method === undefined) {
      const pending = this.pending.get(message.id as number);
      if (!pending) return;
      this.pending.delete(message.id as number);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.id !== null) {
      let result: unknown = null;
      try {
        result = this.onRequest(message.method, message.params);
      } catch {
        result = null;
      }
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as Omit<PublishedDiagnostics, 'receivedAt'>;
      const published: PublishedDiagnostics = { ...params, receivedAt };
      const ready = this.waiters.filter(
        (candidate) => candidate.uri === published.uri && (candidate.version === null || candidate.version === published.version) && (candidate.accept?.(published) ?? true),
      );
      this.waiters = this.waiters.filter((candidate) => !ready.includes(candidate));
      for (const waiter of ready) waiter.resolve(published);
    }
  }
}
