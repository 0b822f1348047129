#!/usr/bin/env node
// Screenshots of the dashboard in the real VS Code workbench and of the interview sheet, as
// `story-coach sheet` writes it, in the browser. Both on test/fixtures/dashboard-bank. Writes
// media/dashboard.png and media/sheet.png.
//
//   npm run build && node scripts/dashboard-screenshots.mjs
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, loadPlaywright } from '../test/vscode-host/host.mjs';
import { inWorkbench, REPO, runCommand, scriptLog, shoot, sleep, webviewFrame } from './screenshot-support.mjs';

const BANK = path.join(REPO, 'test', 'fixtures', 'dashboard-bank');
const { say, run } = scriptLog('dashboard-screenshots');

async function main() {
  if (!fs.existsSync(path.join(REPO, 'dist', 'webview', 'views.js'))) throw new Error('dist/ is missing: run npm run build first');
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
    await shoot(page, 'sheet.png', say);
  } finally {
    await browser.close();
    fs.rmSync(out, { force: true });
  }
}

async function dashboardInWorkbench() {
  const workbench = {
    name: 'story-coach-dashboard-shots',
    say,
    fill: (folder) => fs.cpSync(BANK, folder, { recursive: true }),
    openFile: 'operations.story',
    viewport: { width: 1440, height: 900 },
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'files.exclude': { '**/.vscode': true, '**/.storycoach': true } },
  };
  await inWorkbench(workbench, async (page) => {
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
    await sleep(3000);
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Story Coach: Open Dashboard');
    const frame = await webviewFrame(page, 'main.dashboard', 60_000);
    await frame.waitForSelector('.heat-map', { timeout: 30_000 });
    await runCommand(page, 'View: Maximize Editor Group');
    await sleep(1500);
    await shoot(page, 'dashboard.png', say);
  });
}

run(main);
