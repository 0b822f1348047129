#!/usr/bin/env node
// Screenshots of Story Coach at work in the real VS Code workbench: squiggles, a hover, the quick-fix
// menu, the outline and the code lens on examples/weak-draft-migration.story, the rehearsal panel
// and the walkthrough. Writes PNGs to media/.
//
//   npm run build && node scripts/screenshots.mjs
//
// Needs the offline test host: bash scripts/install-vscode-test-host.sh

/* global document, NodeFilter -- used only in functions that run in the page (page.evaluate and friends) */

import fs from 'node:fs';
import path from 'node:path';
import { inWorkbench, REPO, runCommand, scriptLog, shoot, sleep, webviewFrame, waitForEditorText } from './screenshot-support.mjs';

const STORY = 'weak-draft-migration.story';
const VIEWPORT = { width: 1280, height: 720 };
const { say, run } = scriptLog('screenshots');

async function main() {
  const workbench = {
    name: 'story-coach-shots',
    say,
    fill: (folder) => fs.copyFileSync(path.join(REPO, 'examples', STORY), path.join(folder, STORY)),
    openFile: STORY,
    viewport: VIEWPORT,
    settings: { 'editor.fontSize': 14, 'editor.hover.delay': 100, 'editor.lightbulb.enabled': 'off' },
  };
  await inWorkbench(workbench, async (page) => {
    await prepare(page);

    await shoot(page, 'outline-codelens.png', say);

    // The README's picture: squiggles, the coaching hover on a hedge, the code lens, the outline and
    // the speaking time in the status bar, all at once.
    await hoverText(page, 'kind of');
    await page.waitForSelector('.monaco-hover:not(.hidden) .rendered-markdown', { timeout: 15_000 });
    await sleep(500);
    await shoot(page, 'screenshot.png', say);
    await page.keyboard.press('Escape');
    await parkMouse(page);

    await placeCursor(page, 'kind of');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 15_000 });
    await sleep(500);
    await shoot(page, 'quick-fix.png', say);
    await page.keyboard.press('Escape');
    await parkMouse(page);

    await hoverText(page, 'Situation');
    await page.waitForSelector('.monaco-hover:not(.hidden) .rendered-markdown', { timeout: 15_000 });
    await sleep(500);
    await shoot(page, 'hover-section.png', say);
    await page.keyboard.press('Escape');
    await parkMouse(page);

    // "Show documentation for hedging" from the quick-fix menu: the rule page, rendered beside the story.
    await placeCursor(page, 'kind of');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 15_000 });
    await chooseAction(page, 'Show documentation for hedging');
    await page.waitForSelector('.tab[aria-label*="Preview hedging.md"], .tab[title*="hedging.md"]', { timeout: 15_000 }).catch(() => say('no preview tab found'));
    await sleep(2000);
    await shoot(page, 'rule-docs.png', say);

    // Rehearsal: the panel beside the story, two parts in, the timer running against the Target.
    await placeCursor(page, 'We basically');
    await runCommand(page, 'Story Coach: Rehearse Story');
    const rehearsal = await webviewFrame(page, '.parts .part');
    await rehearsal.click('button.action');
    await sleep(3200);
    await rehearsal.click('button.action');
    await sleep(2300);
    await rehearsal.click('button.action');
    await sleep(1800);
    await shoot(page, 'rehearsal.png', say);

    // The Get Started walkthrough, on its own.
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.keyboard.type('Story Coach');
    await sleep(600);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.textContent.includes('Create a story from a snippet'), null, { timeout: 15_000 });
    // code-server adds its own telemetry notice under the walkthrough; desktop VS Code has none.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('.gettingStartedContainer p, .gettingStartedContainer .footer')) {
        if (element.textContent.includes('collects usage data')) element.style.display = 'none';
      }
    });
    await sleep(1500);
    await shoot(page, 'walkthrough.png', say);
  });
}

/** Waits for the story, its squiggles and code lens; opens the outline; closes whatever pops up. */
async function prepare(page) {
  await waitForEditorText(page, 'Data platform migration');
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
  await page.waitForSelector('.monaco-editor .codelens-decoration', { timeout: 30_000 });
  await runCommand(page, 'Explorer: Focus on Outline View');
  await page.waitForFunction(() => document.querySelector('.outline-pane, [id="outline"]')?.textContent?.includes('Situation'), null, { timeout: 30_000 }).catch(() => say('outline did not show its sections'));
  await runCommand(page, 'Notifications: Clear All Notifications');
  // Back to the editor, cursor in the Action so the status bar shows this story's speaking time.
  await placeCursor(page, 'We basically');
  await parkMouse(page);
  await sleep(1500);
}

/** Somewhere with nothing to hover: the empty editor area below the story. */
async function parkMouse(page) {
  await page.mouse.move(VIEWPORT.width * 0.7, VIEWPORT.height * 0.85, { steps: 3 });
  await sleep(300);
}

/** Screen box of the first occurrence of `text` in the editor (on the line containing `line`, if given). */
async function textBox(page, text, line = text) {
  const box = await page.evaluate(
    ([needle, lineText]) => {
      for (const view of document.querySelectorAll('.monaco-editor .view-line')) {
        const content = view.textContent.replace(/\u00a0/g, ' ');
        const at = content.indexOf(needle);
        if (at < 0 || !content.includes(lineText)) continue;
        // Walk the text nodes to the character offset, then measure the substring.
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        let offset = 0;
        const range = document.createRange();
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent.length;
          if (!started && at < offset + length) {
            range.setStart(node, at - offset);
            started = true;
          }
          if (started && at + needle.length <= offset + length) {
            range.setEnd(node, at + needle.length - offset);
            const rect = range.getBoundingClientRect();
            return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
          }
          offset += length;
        }
      }
      return null;
    },
    [text, line],
  );
  if (!box) throw new Error(`"${text}" is not on screen`);
  return box;
}

async function hoverText(page, text, { line } = {}) {
  const box = await textBox(page, text, line ?? text);
  // Mouse moves, not locator.hover: the editor's overlays intercept element hovers.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2, { steps: 2 });
}

/** Picks an entry of the open action list with the keyboard (the list blocks pointer events around it). */
async function chooseAction(page, title) {
  const titles = await page.$$eval('.action-widget .action-item, .action-widget [role="option"]', (items) => items.map((item) => item.textContent.trim()));
  const index = titles.findIndex((candidate) => candidate.includes(title));
  if (index < 0) throw new Error(`"${title}" is not in the action list: ${JSON.stringify(titles)}`);
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

async function placeCursor(page, text) {
  const box = await textBox(page, text);
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
}

run(main);
