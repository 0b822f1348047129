#!/usr/bin/env node
// Runs the integration suite (mocha inside a real VS Code extension host) with
// @vscode/test-electron's runTests.
//   default: offline host = launcher.mjs (VS Code server + headless Chromium;
//            install once with scripts/install-vscode-test-host.sh)
//   STORY_COACH_USE_DOWNLOADED_VSCODE=1: runTests downloads a real VS Code
//            (normal desktop with internet; STORY_COACH_VSCODE_VERSION picks it)
//
// Usage: node test/vscode-host/run-tests.mjs [--tests <suite index.js>] [--workspace <folder|file>]
//                                            [--extension <extension folder>]
// Defaults: repo root, out/test/integration/index.js, test/integration/workspace.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const launcher = path.join(here, 'launcher.mjs');
const useDownloaded = process.env.STORY_COACH_USE_DOWNLOADED_VSCODE === '1';

const { values } = parseArgs({
  options: {
    tests: { type: 'string', default: path.join(repoRoot, 'out', 'test', 'integration', 'index.js') },
    workspace: { type: 'string', default: path.join(repoRoot, 'test', 'integration', 'workspace') },
    extension: { type: 'string', default: repoRoot },
  },
});
// Absolute paths: the launcher turns them into vscode-remote:// URIs.
const extensionDevelopmentPath = path.resolve(values.extension);
const extensionTestsPath = path.resolve(values.tests);
const workspace = path.resolve(values.workspace);

function fail(msg, code = 1) {
  console.error(`[run-tests] ${msg}`);
  process.exit(code);
}

// Fail loudly on missing inputs rather than letting VS Code open and hang.
if (!fs.existsSync(extensionTestsPath)) fail(`test suite not found: ${extensionTestsPath} (compile the tests first)`);
if (!fs.existsSync(workspace)) fail(`workspace not found: ${workspace}`);
if (!fs.existsSync(path.join(extensionDevelopmentPath, 'package.json'))) {
  fail(`no extension package.json in ${extensionDevelopmentPath}`);
}

// @vscode/test-electron is a devDependency (createRequire also honours NODE_PATH).
let runTests;
try {
  ({ runTests } = createRequire(import.meta.url)('@vscode/test-electron'));
} catch {
  fail("cannot load '@vscode/test-electron': run npm install (it is a devDependency)");
}

const options = {
  extensionDevelopmentPath,
  extensionTestsPath,
  // --disable-extensions: only matters for a downloaded VS Code (other installed
  // extensions off); the offline host starts with an empty extensions folder.
  launchArgs: [workspace, '--disable-extensions'],
};
if (useDownloaded) {
  if (process.env.STORY_COACH_VSCODE_VERSION) options.version = process.env.STORY_COACH_VSCODE_VERSION;
  console.log(`[run-tests] using a downloaded VS Code (${options.version ?? 'stable'})`);
} else {
  options.vscodeExecutablePath = launcher;
  console.log('[run-tests] using the offline VS Code host (code-server build + headless Chromium)');
}

try {
  await runTests(options);
  console.log('[run-tests] integration tests passed');
} catch (err) {
  // TestRunFailedError carries VS Code's exit code; anything else is a setup error.
  const code = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
  fail(`integration tests failed: ${err?.message ?? err}`, code);
}
