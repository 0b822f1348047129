// What the screenshot scripts share: a throw-away workspace opened in the real VS Code workbench
// (VS Code's server build + headless Chromium, as the integration tests use), a clean look, the
// command palette, webview frames and writing PNGs to media/.
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

/* global document -- used only in functions that run in the page */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench, remoteUri, sleep, startServer, workbenchUrl } from '../test/vscode-host/host.mjs';

export { sleep };

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MEDIA = path.join(REPO, 'media');

// A clean, readable workbench: no minimap, welcome page, chat or notifications competing for space.
const CLEAN_WORKBENCH = {
  'workbench.colorTheme': 'Default Light Modern',
  'files.exclude': { '**/.vscode': true },
  'editor.minimap.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'breadcrumbs.enabled': false,
};

/** `[name] message` on stdout, and a `main` that reports a failure on stderr with exit status 1. */
export function scriptLog(name) {
  const say = (message) => process.stdout.write(`[${name}] ${message}\n`);
  const run = (main) =>
    main().catch((error) => {
      process.stderr.write(`[${name}] ERROR: ${error.stack ?? error}\n`);
      process.exit(1);
    });
  return { say, run };
}

/**
 * Fills a temporary folder (`fill(folder)`; `folderName` is the name the workbench shows), opens it in the workbench with the extension under
 * development and `openFile` (relative to the folder) in an editor, and runs `body(page)`. On a
 * failure it keeps a screenshot of what the workbench showed (the quickest clue) in the temp folder.
 * The workspace, the server and the browser are gone afterwards: nothing in the repository is touched.
 */
export async function inWorkbench({ name, say, fill, openFile, viewport, settings = {}, folderName = 'stories' }, body) {
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run npm run build first');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const folder = path.join(workspace, folderName);
  fs.mkdirSync(folder, { recursive: true });
  fill(folder);
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ ...CLEAN_WORKBENCH, ...settings }, null, 2));
  fs.mkdirSync(MEDIA, { recursive: true });

  const server = await startServer({ log: () => {} });
  let workbench;
  try {
    const url = workbenchUrl(server.port, {
      target: folder,
      payload: [
        ['extensionDevelopmentPath', remoteUri(server.port, REPO)],
        ['openFile', remoteUri(server.port, path.join(folder, openFile))],
        ['skipWelcome', 'true'],
      ],
    });
    workbench = await openWorkbench(url, { viewport });
    await workbench.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await body(workbench.page);
  } catch (error) {
    const shot = path.join(os.tmpdir(), `${name}-failure.png`);
    await workbench?.page.screenshot({ path: shot }).then(() => say(`failure screenshot: ${shot}`), () => {});
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** Waits until the editor shows `text` (it renders spaces as non-breaking spaces). */
export async function waitForEditorText(page, text) {
  await page.waitForFunction((needle) => document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes(needle), text, { timeout: 60_000 });
}

/** Runs a command by its title from the command palette. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(title);
  await sleep(500);
  await page.keyboard.press('Enter');
  await sleep(700);
}

/** The frame of the webview showing `selector` (webviews nest their page in an inner iframe). */
export async function webviewFrame(page, selector, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await sleep(250);
  }
  throw new Error(`no webview shows ${selector}`);
}

/** Writes media/<name> and says so, with its size. */
export async function shoot(page, name, say) {
  const file = path.join(MEDIA, name);
  await page.screenshot({ path: file });
  say(`${path.relative(REPO, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}
