#!/usr/bin/env node
// Stand-in for the VS Code executable, for @vscode/test-electron's
// runTests({ vscodeExecutablePath }). Translates the desktop command line into:
// VS Code server (code-server's build) + headless Chromium running the test
// payload, prints the workbench log, exits with the test run's exit code.
//
// Env: STORY_COACH_VSCODE_HOST_DIR   host install (default ~/.cache/story-coach-vscode-host)
//      STORY_COACH_VSCODE_TIMEOUT_MS overall limit, default 600000 (10 min)
//      STORY_COACH_VSCODE_VERBOSE=1  also print server output and browser console

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  HostNotInstalledError, hostPaths, killGroup, openWorkbench, remoteUri, startServer, workbenchUrl,
} from './host.mjs';

const TIMEOUT_MS = Number(process.env.STORY_COACH_VSCODE_TIMEOUT_MS || 600_000);
const VERBOSE = process.env.STORY_COACH_VSCODE_VERBOSE === '1';
const out = (line) => process.stdout.write(line.endsWith('\n') ? line : line + '\n');
const say = (msg) => out(`[vscode-host] ${msg}`);

// Desktop flags that take their value as the next argument (runTests uses the
// `--flag=value` form, but launchArgs written by hand may not).
const VALUE_FLAGS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir',
  'locale', 'log', 'profile', 'folder-uri', 'file-uri',
]);

/** Parse the desktop VS Code command line; unknown flags are ignored. */
export function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], positional: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) { opts.positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    if (value === undefined && VALUE_FLAGS.has(name) && i + 1 < argv.length) value = argv[++i];
    switch (name) {
      case 'extensionDevelopmentPath': opts.extensionDevelopmentPath.push(value); break;
      case 'extensionTestsPath': opts.extensionTestsPath = value; break;
      case 'user-data-dir': opts.userDataDir = value; break;
      case 'extensions-dir': opts.extensionsDir = value; break;
      default: opts.ignored.push(arg); // --no-sandbox, --disable-extensions, --disable-gpu-sandbox, ...
    }
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.extensionDevelopmentPath.length !== 1) {
    // The web workbench reads the payload into a Map: only one dev path survives.
    throw new Error(`exactly one --extensionDevelopmentPath is supported (got ${opts.extensionDevelopmentPath.length})`);
  }
  if (!opts.extensionTestsPath) throw new Error('--extensionTestsPath is required');
  if (opts.positional.length > 1) throw new Error(`at most one workspace folder/file (got ${opts.positional.join(', ')})`);
  hostPaths(); // fail fast with the install hint

  let tempUserData;
  if (!opts.userDataDir) opts.userDataDir = tempUserData = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-vscode-'));

  let server;
  let workbench;
  let finishing = false;
  const finish = async (code, why) => {
    if (finishing) return;
    finishing = true;
    if (why) say(why);
    clearTimeout(timer);
    await workbench?.close();
    await server?.stop();
    if (tempUserData) fs.rmSync(tempUserData, { recursive: true, force: true });
    process.exit(code);
  };
  const timer = setTimeout(
    () => finish(1, `TIMEOUT: tests did not finish within ${TIMEOUT_MS} ms (STORY_COACH_VSCODE_TIMEOUT_MS); stopping VS Code`),
    TIMEOUT_MS);
  // Last-resort cleanup if something exits the process without finish().
  process.on('exit', () => killGroup(server?.proc.pid));
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => finish(code, `received ${sig}, shutting down`));
  }

  const started = Date.now();
  const serverLog = [];
  try {
    server = await startServer({
      userDataDir: opts.userDataDir,
      extensionsDir: opts.extensionsDir,
      // Keep server output for the failure report; print it live only when verbose.
      log: (text) => { serverLog.push(text); if (VERBOSE) process.stdout.write(text); },
    });
  } catch (err) {
    if (!VERBOSE) process.stdout.write(serverLog.join(''));
    throw err;
  }
  say(`VS Code server ${server.origin} up in ${Date.now() - started} ms`);
  server.proc.on('exit', (code, signal) => {
    if (!finishing) {
      if (!VERBOSE) process.stdout.write(serverLog.join(''));
      finish(1, `VS Code server died unexpectedly (code ${code}, signal ${signal})`);
    }
  });

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, opts.extensionDevelopmentPath[0])],
    ['extensionTestsPath', remoteUri(server.port, opts.extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = workbenchUrl(server.port, { target: opts.positional[0], payload });
  workbench = await openWorkbench(url, {
    onLog: (type, text) => out(type === 'info' ? text : `[${type}] ${text}`),
    onExit: (code) => finish(code, `tests finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`),
  });
  workbench.page.on('crash', () => finish(1, 'the workbench page crashed'));
  workbench.page.on('pageerror', (err) => VERBOSE && out(`[page error] ${err.message}`));
  if (VERBOSE) workbench.page.on('console', (msg) => out(`[browser ${msg.type()}] ${msg.text()}`));
}

main().catch(async (err) => {
  const msg = err instanceof HostNotInstalledError ? err.message : err.stack || String(err);
  process.stderr.write(`[vscode-host] ERROR: ${msg}\n`);
  process.exit(2);
});
