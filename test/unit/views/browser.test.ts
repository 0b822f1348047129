// The standalone dashboard and sheet in headless Chromium: they open with no console error and no
// request, draw their charts, show story text as text, react to the keyboard, and the sheet prints
// on at most two pages.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BankReport } from '../../../server/src/engine/bank/report';
import { h } from '../../../server/src/views/render/node';
import { renderPage, standaloneCsp } from '../../../server/src/views/render/page';
import { dashboardHtml, sheetHtml } from '../../../server/src/views/render/pages';
import { DASHBOARD_CSS, SHEET_CSS, WEBVIEW_THEME } from '../../../server/src/views/render/styles';
import { launchBrowser, openHtml, pdfPageCount } from '../support/browser';
import { runCli } from '../support/cli';
import { DIST } from '../support/paths';
import { DASHBOARD_BANK, loadReport, PROBE_TITLE } from './fixtures';

const PAGE_SCRIPT = path.join(DIST, 'webview', 'page.js');
const VIEWS_SCRIPT = path.join(DIST, 'webview', 'views.js');

/** A webview page as VS Code would show it, with a stand-in for its API inlined before dist/webview/views.js. */
function webviewPage(kind: 'dashboard' | 'sheet'): string {
  const stub = `window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => window.savedState, setState: (s) => { window.savedState = s; } });`;
  return renderPage({
    title: 'webview',
    body: h('main', { id: 'app' }),
    css: WEBVIEW_THEME + (kind === 'sheet' ? SHEET_CSS : DASHBOARD_CSS),
    csp: standaloneCsp('dGVzdA'),
    nonce: 'dGVzdA',
    script: { inline: `${stub}\n${fs.readFileSync(VIEWS_SCRIPT, 'utf8')}` },
    bodyAttributes: { 'data-view': kind },
  });
}

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

  it('the webview script draws a report it is sent with DOM calls, and turns clicks into messages', async () => {
    const html = webviewPage('dashboard');
    const { page, requests, errors } = await openHtml(browser, html);
    await page.waitForFunction("window.posted.some((m) => m.type === 'ready')");
    await page.evaluate(`window.postMessage({ type: 'report', report: ${JSON.stringify(report)}, competencyNames: { execution: 'Delivering results' } }, '*')`);
    await page.waitForFunction("window.posted.some((m) => m.type === 'rendered')");
    const rendered = await page.evaluate<{ titles: string[]; charts: number; gaps: string[] }>("window.posted.find((m) => m.type === 'rendered')");
    assert.deepEqual(rendered.titles, report.stories.map((story) => story.title));
    assert.ok(rendered.charts >= 4);
    assert.deepEqual(rendered.gaps, ['Describe how you turned an unhappy customer around.', 'What long-term bet have you made, and how did it play out?', 'Tell me about a time you had to let someone go.', 'Tell me about a time you disagreed with your manager.']);
    assert.equal(await page.locator('img').count(), 0);
    assert.ok((await page.locator('body').innerText()).includes('★ Delivering results'));
    await page.locator('button[data-write="customer-complaint"]').click();
    await page.locator('.heat-map rect[tabindex="0"]').first().click();
    const clicks = await page.evaluate<{ type: string; question?: string; fileName?: string; skeleton?: string; story?: string }[]>(
      "window.posted.filter((m) => m.type === 'writeStory' || m.type === 'openStory')",
    );
    assert.deepEqual(
      clicks.map((click) => [click.type, click.question ?? click.story, click.fileName]),
      [
        ['writeStory', 'customer-complaint', 'customer-complaint.story'],
        ['openStory', report.stories[0].id, undefined],
      ],
    );
    assert.match(clicks[0].skeleton ?? '', /^Question: Describe how you turned an unhappy customer around\.$/m);
    // The report is kept in the webview state, so a hidden view comes back as it was.
    assert.equal(await page.evaluate<number>('window.savedState.report.stories.length'), report.stories.length);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });

  it('the sheet webview draws the sheet and saves it as a standalone page', async () => {
    const { page, requests, errors } = await openHtml(browser, webviewPage('sheet'));
    await page.waitForFunction("window.posted.some((m) => m.type === 'ready')");
    await page.evaluate(`window.postMessage({ type: 'report', report: ${JSON.stringify(report)}, competencyNames: {} }, '*')`);
    await page.waitForFunction("window.posted.some((m) => m.type === 'rendered')");
    assert.equal(await page.locator('.card').count(), 8);
    await page.locator('button[data-save]').click();
    const saved = await page.evaluate<string>("window.posted.find((m) => m.type === 'saveSheet').html");
    assert.match(saved, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.equal((saved.match(/<article class="card"/g) ?? []).length, 8);
    assert.ok(!saved.includes('data-save'));
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
  });

  describe('the CLI pages of a bank of .story files', () => {
    it('bank --format html opens with no error or request, draws charts, shows every title as text', async () => {
      const [html, json] = await Promise.all([runCli(['bank', '--format', 'html'], DASHBOARD_BANK), runCli(['bank', '--format', 'json'], DASHBOARD_BANK)]);
      assert.equal(html.code, 0, html.stderr);
      const stories = (JSON.parse(json.stdout) as BankReport).stories;
      const { page, requests, errors } = await openHtml(browser, html.stdout);
      const drawn = await page.$$eval('svg', (svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0 && svg.querySelector('rect, circle, polyline')).length);
      assert.ok(drawn >= 1, `${drawn} charts drawn`);
      const text = await page.locator('body').innerText();
      for (const story of stories) assert.ok(text.includes(story.title), `title shown: ${story.title}`);
      assert.ok(stories.some((story) => story.title === PROBE_TITLE), 'the bank has the injection probe');
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.locator('script').count(), 1);
      assert.deepEqual(requests, []);
      assert.deepEqual(errors, []);
    });

    it('sheet --format html opens with no error or request and prints on at most two A4 pages', async () => {
      const sheet = await runCli(['sheet', '--format', 'html'], DASHBOARD_BANK);
      assert.equal(sheet.code, 0, sheet.stderr);
      const { page, requests, errors } = await openHtml(browser, sheet.stdout);
      assert.equal(await page.locator('.card').count(), 8);
      const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
      assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages`);
      assert.deepEqual(requests, []);
      assert.deepEqual(errors, []);
    });
  });

  it('the test harness sees requests and errors (a page that loads an image and throws)', async () => {
    const { requests, errors } = await openHtml(browser, '<img src="/x.png"><script>throw new Error("boom")</script>');
    assert.equal(requests.length, 1);
    assert.match(errors.join('\n'), /boom/);
  });
});
