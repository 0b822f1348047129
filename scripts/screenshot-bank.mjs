#!/usr/bin/env node
// A screenshot of the Story Bank view in the real VS Code workbench (VS Code's server build +
// headless Chromium, as the integration tests use), on a copy of the bank fixture with its target
// role open: requirements with their gaps, and the stories that cover one. Writes media/story-bank.png.
//
//   npm run build && node scripts/screenshot-bank.mjs
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

/* global document -- used only in functions that run in the page */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench, remoteUri, sleep, startServer, workbenchUrl } from '../test/vscode-host/host.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'bank');
const ROLE = 'vp-operations.role';
const SHOT = path.join(REPO, 'media', 'story-bank.png');
const VIEWPORT = { width: 1400, height: 820 };

const WORKSPACE_SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'files.exclude': { '**/.vscode': true },
  'editor.minimap.enabled': false,
  'editor.fontSize': 13,
  'editor.wordWrap': 'on',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'breadcrumbs.enabled': false,
};

const say = (message) => process.stdout.write(`[screenshot-bank] ${message}\n`);

async function main() {
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run npm run build first');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-bank-shot-'));
  const folder = path.join(workspace, 'interview-prep');
  fs.cpSync(FIXTURE, folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2));

  const server = await startServer({ log: () => {} });
  let workbench;
  try {
    const url = workbenchUrl(server.port, {
      target: folder,
      payload: [
        ['extensionDevelopmentPath', remoteUri(server.port, REPO)],
        ['openFile', remoteUri(server.port, path.join(folder, ROLE))],
        ['skipWelcome', 'true'],
      ],
    });
    workbench = await openWorkbench(url, { viewport: VIEWPORT });
    const { page } = workbench;
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes('VP Operations'), null, { timeout: 60_000 });
    // The role file's squiggles (uncovered requirements) and lenses.
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
    await page.waitForSelector('.monaco-editor .codelens-decoration', { timeout: 30_000 });
    await runCommand(page, 'Story Coach: Focus on Story Bank View');
    await page.waitForFunction(() => document.querySelector('[id="workbench.parts.sidebar"]')?.textContent?.includes('requirements covered'), null, { timeout: 60_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
    await widenSideBar(page, 560);
    await expand(page, 'VP Operations');
    await expand(page, 'Lead a team of 400 people');
    await sleep(800);
    await page.mouse.move(VIEWPORT.width * 0.75, VIEWPORT.height * 0.9);
    await page.screenshot({ path: SHOT });
    say(`${path.relative(REPO, SHOT)} (${Math.round(fs.statSync(SHOT).size / 1024)} KB)`);
  } catch (error) {
    const shot = path.join(os.tmpdir(), 'story-coach-bank-shot-failure.png');
    await workbench?.page.screenshot({ path: shot }).then(() => say(`failure screenshot: ${shot}`), () => {});
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(title);
  await sleep(500);
  await page.keyboard.press('Enter');
  await sleep(800);
}

/** Drags the sash between the side bar and the editor so that the tree's labels fit. */
async function widenSideBar(page, right) {
  const box = await page.locator('[id="workbench.parts.sidebar"]').boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(right, y, { steps: 8 });
  await page.mouse.up();
  await sleep(500);
}

/** Clicks the twistie of the Story Bank row whose label starts with `label`. */
async function expand(page, label) {
  const row = page.locator('[id="workbench.parts.sidebar"] .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15_000 });
  if ((await row.getAttribute('aria-expanded')) === 'true') return;
  await row.locator('.monaco-tl-twistie').click();
  await sleep(500);
}

main().catch((error) => {
  process.stderr.write(`[screenshot-bank] ERROR: ${error.stack ?? error}\n`);
  process.exit(1);
});
