#!/usr/bin/env node
// Screenshots of the dashboard in the real VS Code workbench (VS Code's server build + headless
// Chromium, as the integration tests use) and of the interview sheet, as `story-coach sheet` writes
// it, in the browser. Both on test/fixtures/dashboard-bank. Writes media/dashboard.png and
// media/sheet.png.
//
//   npm run build && node scripts/dashboard-screenshots.mjs
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, loadPlaywright, openWorkbench, remoteUri, sleep, startServer, workbenchUrl } from '../test/vscode-host/host.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEDIA = path.join(REPO, 'media');
const BANK = path.join(REPO, 'test', 'fixtures', 'dashboard-bank');
const VIEWPORT = { width: 1440, height: 900 };

const WORKSPACE_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'files.exclude': { '**/.vscode': true, '**/.storycoach': true },
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

const say = (message) => process.stdout.write(`[dashboard-screenshots] ${message}\n`);

async function main() {
  if (!fs.existsSync(path.join(REPO, 'dist', 'webview', 'views.js'))) throw new Error('dist/ is missing: run npm run build first');
  fs.mkdirSync(MEDIA, { recursive: true });
  await sheetInBrowser();
  await dashboardInWorkbench();
}

/** `story-coach sheet` on the fixture bank, opened and shot in headless Chromium. */
async function sheetInBrowser() {
  const out = path.join(os.tmpdir(), `story-coach-sheet-${process.pid}.html`);
  execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'sheet', BANK, '--out', out], { stdio: 'inherit' });
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1250 } });
    await page.goto(`file://${out}`);
    await shoot(page, 'sheet.png');
  } finally {
    await browser.close();
    fs.rmSync(out, { force: true });
  }
}

async function dashboardInWorkbench() {
  // A throw-away workspace holding a copy of the bank, so nothing in the repository is touched.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-dashboard-shots-'));
  const folder = path.join(workspace, 'stories');
  fs.cpSync(BANK, folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(WORKSPACE_SETTINGS, null, 2));
  const server = await startServer({ log: () => {} });
  let workbench;
  try {
    const url = workbenchUrl(server.port, {
      target: folder,
      payload: [
        ['extensionDevelopmentPath', remoteUri(server.port, REPO)],
        ['openFile', remoteUri(server.port, path.join(folder, 'operations.story'))],
        ['skipWelcome', 'true'],
      ],
    });
    workbench = await openWorkbench(url, { viewport: VIEWPORT });
    const { page } = workbench;
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
    await sleep(3000);
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Story Coach: Open Dashboard');
    const frame = await dashboardFrame(page);
    await frame.waitForSelector('.heat-map', { timeout: 30_000 });
    await runCommand(page, 'View: Maximize Editor Group');
    await sleep(1500);
    await shoot(page, 'dashboard.png');
  } catch (error) {
    const shot = path.join(os.tmpdir(), 'story-coach-dashboard-screenshots-failure.png');
    await workbench?.page.screenshot({ path: shot }).then(() => say(`failure screenshot: ${shot}`), () => {});
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** The webview's inner frame (VS Code nests the page in an iframe inside an iframe). */
async function dashboardFrame(page) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$('main.dashboard').catch(() => null)) return frame;
    }
    await sleep(250);
  }
  throw new Error('the dashboard webview did not draw');
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(title);
  await sleep(400);
  await page.keyboard.press('Enter');
  await sleep(600);
}

async function shoot(page, name) {
  const file = path.join(MEDIA, name);
  await page.screenshot({ path: file });
  say(`${path.relative(REPO, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}

main().catch((error) => {
  process.stderr.write(`[dashboard-screenshots] ERROR: ${error.stack ?? error}\n`);
  process.exit(1);
});
