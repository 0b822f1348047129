#!/usr/bin/env node
// A screenshot of the Story Bank view in the real VS Code workbench, on a copy of the bank fixture
// with its target role open: requirements with their gaps, and the stories that cover one. Writes
// media/story-bank.png.
//
//   npm run build && node scripts/screenshot-bank.mjs
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

/* global document -- used only in functions that run in the page */

import fs from 'node:fs';
import path from 'node:path';
import { inWorkbench, REPO, runCommand, scriptLog, shoot, sleep, waitForEditorText } from './screenshot-support.mjs';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'bank');
const ROLE = 'vp-operations.role';
const VIEWPORT = { width: 1400, height: 820 };
const { say, run } = scriptLog('screenshot-bank');

async function main() {
  const workbench = {
    name: 'story-coach-bank-shot',
    say,
    folderName: 'interview-prep',
    fill: (folder) => fs.cpSync(FIXTURE, folder, { recursive: true }),
    openFile: ROLE,
    viewport: VIEWPORT,
    settings: { 'editor.fontSize': 13, 'editor.wordWrap': 'on' },
  };
  await inWorkbench(workbench, async (page) => {
    await waitForEditorText(page, 'VP Operations');
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
    await shoot(page, 'story-bank.png', say);
  });
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

run(main);
