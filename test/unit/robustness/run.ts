// Running the built bundles as child processes, optionally with a `--require` preload that
// injects faults (preload-fs-faults) or records network use (preload-no-network).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PRELOAD_FS_FAULTS = path.join(__dirname, 'preload-fs-faults.js');
export const PRELOAD_NO_NETWORK = path.join(__dirname, 'preload-no-network.js');

export interface NodeRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `node [--require PRELOAD] SCRIPT ARGS…`; never rejects on a non-zero exit. */
export function runNode(script: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; preload?: string; timeoutMs?: number }): Promise<NodeRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const nodeArgs = [...(options.preload ? ['--require', options.preload] : []), script, ...args];
    const child = spawn(process.execPath, nodeArgs, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under a folder (relative path → sha256), to prove nothing changed. */
export function hashTree(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hashes[path.relative(root, full)] = sha256(full);
    }
  };
  walk(root);
  return hashes;
}

/** stderr as lines, without the trailing empty one. */
export const stderrLines = (run: NodeRun): string[] => run.stderr.split('\n').filter((line) => line !== '');
