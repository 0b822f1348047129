// Reusable pieces of the offline VS Code test host: start VS Code's server build
// (installed by scripts/install-vscode-test-host.sh), open its workbench in
// headless Debian Chromium, stop both. Used by launcher.mjs; also importable by
// scripts that want to look at the real workbench (screenshots, hovers, ...).
// Background: /work/shared/notes/vscode-tests-offline.md

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM_PATH = process.env.STORY_COACH_CHROMIUM || '/usr/bin/chromium';
export const HOST_DIR =
  process.env.STORY_COACH_VSCODE_HOST_DIR || path.join(os.homedir(), '.cache', 'story-coach-vscode-host');

// Flags from the note: the background-networking ones stop Chromium from hammering
// the closed network; no sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
];

const INSTALL_HINT = 'run: bash scripts/install-vscode-test-host.sh';

export class HostNotInstalledError extends Error {}

/** Paths inside the host install; throws a clear error if anything is missing. */
export function hostPaths(hostDir = HOST_DIR) {
  const serverMain = path.join(hostDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  const marker = path.join(hostDir, `.installed-code-server-${CODE_SERVER_VERSION}`);
  if (!fs.existsSync(marker) || !fs.existsSync(serverMain)) {
    throw new HostNotInstalledError(
      `VS Code test host (code-server ${CODE_SERVER_VERSION}) is not installed in ${hostDir}; ${INSTALL_HINT}`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new HostNotInstalledError(`Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT}`);
  }
  return { hostDir, serverMain };
}

/** playwright-core is a devDependency of the project; NODE_PATH works too (createRequire honours it). */
export function loadPlaywright() {
  const require = createRequire(import.meta.url);
  try {
    return require('playwright-core');
  } catch {
    throw new HostNotInstalledError("Cannot load 'playwright-core': run npm install (it is a devDependency).");
  }
}

/** A free loopback port (tiny race between close and reuse is acceptable for tests). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `vscode-remote://127.0.0.1:P/abs/path` for a local absolute path. */
export function remoteUri(port, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${port}${p.startsWith('/') ? p : '/' + p}`;
}

function httpOk(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/version', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

/**
 * Start server-main.js in its own process group (so stop() can end its whole
 * tree: extension host, watchers, pty host). Resolves once it answers HTTP.
 * Returns { port, origin, proc, stop }.
 */
export async function startServer({
  hostDir = HOST_DIR, userDataDir, extensionsDir, port, env = process.env,
  log = (line) => process.stdout.write(line), startTimeoutMs = 60_000,
} = {}) {
  const { serverMain } = hostPaths(hostDir);
  const ownUserDataDir = !userDataDir; // a temp one we create, and delete in stop()
  userDataDir = path.resolve(userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-vscode-')));
  extensionsDir = path.resolve(extensionsDir ?? path.join(userDataDir, 'extensions'));
  // Without an existing extensions folder the server loads no extension at all,
  // not even the one under development.
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'server'), { recursive: true });
  port ??= await freePort();

  const args = [
    serverMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', // lets the workbench run the test payload
    '--disable-telemetry', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--server-data-dir', path.join(userDataDir, 'server'),
    '--extensions-dir', extensionsDir,
  ];
  // The group leader is a tiny supervisor that runs the server and kills the
  // whole group if we vanish without cleaning up (e.g. SIGKILL, OOM killer).
  const proc = spawn(process.execPath, ['-e', SUPERVISOR, ...args],
    { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (buf) => buf.toString().split(/\r?\n/).filter(Boolean).map((l) => `[server] ${l}\n`).join('');
  proc.stdout.on('data', (d) => log(prefix(d)));
  proc.stderr.on('data', (d) => log(prefix(d)));
  let exited = null;
  proc.on('exit', (code, signal) => { exited = { code, signal }; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup(proc.pid, 'SIGTERM');
    // Give the group a moment to shut down cleanly, then make sure it is gone.
    const deadline = Date.now() + 3000;
    while (groupAlive(proc.pid) && Date.now() < deadline) await sleep(50);
    killGroup(proc.pid, 'SIGKILL');
    if (ownUserDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`VS Code server exited during start-up (code ${exited.code}, signal ${exited.signal})`);
    if (await httpOk(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`VS Code server did not listen on 127.0.0.1:${port} within ${startTimeoutMs} ms`);
    }
    await sleep(100);
  }
  return { port, origin: `http://127.0.0.1:${port}`, proc, userDataDir, extensionsDir, stop };
}

// Runs as `node -e SUPERVISOR server-main.js ...` (argv[1..] = server command line).
const SUPERVISOR = `
const { spawn } = require('node:child_process');
const ppid = process.ppid;
const child = spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
setInterval(() => {
  if (process.ppid !== ppid) { try { process.kill(-process.pid, 'SIGKILL'); } catch {} }
}, 500).unref();
`;

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/** Synchronous so it can also run from process.on('exit'). */
export function killGroup(pid, signal = 'SIGKILL') {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * Workbench URL. `target` is a folder, a .code-workspace file or a plain file
 * (opened in an empty window); `payload` is the list of [key, value] pairs the
 * web workbench reads (extensionDevelopmentPath, extensionTestsPath, ...).
 */
export function workbenchUrl(port, { target, payload = [] } = {}) {
  const url = new URL(`http://127.0.0.1:${port}/`);
  const pairs = [...payload];
  if (target) {
    const abs = path.resolve(target);
    const stat = fs.statSync(abs); // throws a clear ENOENT if the workspace is missing
    if (stat.isDirectory()) url.searchParams.set('folder', remoteUri(port, abs));
    else if (abs.endsWith('.code-workspace')) url.searchParams.set('workspace', remoteUri(port, abs));
    else { url.searchParams.set('ew', 'true'); pairs.push(['openFile', remoteUri(port, abs)]); }
  } else {
    url.searchParams.set('ew', 'true'); // empty window
  }
  if (pairs.length) url.searchParams.set('payload', JSON.stringify(pairs));
  return url.toString();
}

/**
 * Launch headless Chromium and open `url`. `onLog(type, text)` / `onExit(code)`
 * are exposed as the page functions the workbench's smoke-test driver calls
 * (codeAutomationLog / codeAutomationExit). Returns { browser, context, page, close }.
 */
export async function openWorkbench(url, { onLog, onExit, viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless,
    args: CHROMIUM_ARGS.filter((a) => headless || a !== '--headless'),
    // The caller owns signal handling (it must also stop the server); Playwright
    // still kills the browser on process exit by itself.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const context = await browser.newContext({ viewport });
  if (onLog) {
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      // args is console.log's argument list from the extension host (format string first).
      onLog(type, Array.isArray(args) ? format(...args) : String(args));
    });
  }
  if (onExit) await context.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
  };
  return { browser, context, page, close };
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
