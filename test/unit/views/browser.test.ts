// The standalone dashboard and sheet in headless Chromium: they open with no console error and no
// request, draw their charts, show story text as text, react to the keyboard, and the sheet prints
// on at most two pages.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BankReport } from '../../../server/src/engine/bank/report';
import { dashboardHtml, sheetHtml } from '../../../server/src/views/render/pages';
import { launchBrowser, openHtml, pdfPageCount } from '../support/browser';
import { DIST } from '../support/paths';
import { loadReport, PROBE_TITLE } from './fixtures';

const PAGE_SCRIPT = path.join(DIST, 'webview', 'page.js');

describe('views in a browser (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  const report = loadReport();
  const script = fs.readFileSync(PAGE_SCRIPT, 'utf8');

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('the dashboard opens with no console error and no request, draws charts, shows every title as text', async () => {
    const { page, requests, errors } = await openHtml(browser, dashboardHtml(report, { nonce: 'dGVzdA', script }));
    const drawn = await page.$$eval('svg', (svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector('rect, circle, polyline')).length);
    assert.ok(drawn >= 4, `${drawn} charts drawn`);
    const text = await page.locator('body').innerText();
    for (const story of report.stories) assert.ok(text.includes(story.title), `title shown: ${story.title}`);
    assert.ok(text.includes(PROBE_TITLE));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('script').count(), 1);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });

  it('the dashboard’s script runs under its CSP: a focused heat-map cell writes its detail line', async () => {
    const { page, errors } = await openHtml(browser, dashboardHtml(report, { nonce: 'dGVzdA', script }));
    const cell = page.locator('.heat-map rect[tabindex="0"]').first();
    const label = await cell.getAttribute('aria-label');
    await cell.focus();
    await page.waitForFunction("document.querySelector('#coverage .detail')?.textContent !== ''");
    assert.equal(await page.locator('#coverage .detail').textContent(), label);
    // Enter on a focused cell takes the reader to the story's row.
    await page.keyboard.press('Enter');
    await page.waitForFunction("location.hash.startsWith('#story-')");
    const row = await page.evaluate<string | null>("document.querySelector(location.hash)?.getAttribute('data-story-row') ?? null");
    assert.equal(row, await cell.getAttribute('data-story'));
    assert.deepEqual(errors, []);
  });

  it('follows the colour scheme: the dark page has a dark background', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await openHtml(browser, dashboardHtml(report, { nonce: 'dGVzdA', script }), { colorScheme });
      return page.locator('body').evaluate((body) => (body.ownerDocument.defaultView as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(body).backgroundColor);
    };
    assert.equal(await background('light'), 'rgb(255, 255, 255)');
    assert.equal(await background('dark'), 'rgb(13, 17, 23)');
  });

  it('the sheet opens cleanly and prints on at most two A4 (and Letter) pages with eight stories', async () => {
    const { page, requests, errors } = await openHtml(browser, sheetHtml(report, { nonce: 'dGVzdA' }));
    assert.equal(await page.locator('.card').count(), 8);
    const text = await page.locator('body').innerText();
    assert.match(text, /What they want → the story to tell/);
    const a4 = pdfPageCount(await page.pdf({ format: 'A4' }));
    const letter = pdfPageCount(await page.pdf({ format: 'Letter' }));
    assert.ok(a4 >= 1 && a4 <= 2, `${a4} A4 pages`);
    assert.ok(letter >= 1 && letter <= 2, `${letter} Letter pages`);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });

  it('an injection probe in every text field stays text', async () => {
    const probe = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostile: BankReport = {
      ...report,
      stories: report.stories.map((story) => ({ ...story, title: `${probe} ${story.title}`, hook: probe, lesson: probe, figures: [probe] })),
      questions: report.questions.map((question) => ({ ...question, text: probe })),
      role: report.role && { ...report.role, title: probe, company: probe, requirements: report.role.requirements.map((requirement) => ({ ...requirement, text: probe })) },
      findings: report.findings.map((finding) => ({ ...finding, message: probe, rule: probe })),
    };
    for (const html of [dashboardHtml(hostile, { nonce: 'dGVzdA', script }), sheetHtml(hostile, { nonce: 'dGVzdA' })]) {
      const { page, requests, errors } = await openHtml(browser, html);
      assert.equal(await page.locator('img').count(), 0);
      assert.ok((await page.locator('script').count()) <= 1);
      assert.ok((await page.locator('body').innerText()).includes(probe));
      assert.deepEqual(requests, []);
      assert.deepEqual(errors, []);
    }
  });

  it('the test harness sees requests and errors (a page that loads an image and throws)', async () => {
    const { requests, errors } = await openHtml(browser, '<img src="/x.png"><script>throw new Error("boom")</script>');
    assert.equal(requests.length, 1);
    assert.match(errors.join('\n'), /boom/);
  });
});
