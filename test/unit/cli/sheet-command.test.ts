// `story-coach sheet` and `story-coach bank --format html`, run as a user would (dist/cli.js) on the
// dashboard fixture bank: what they print, where they write, and how they fail.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BankReport } from '../../../server/src/engine';
import { runCli } from '../support/cli';
import { DASHBOARD_BANK } from '../views/fixtures';

describe('CLI: sheet and bank --format html', function () {
  this.timeout(30_000);
  let scratch: string;

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-sheet-'));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('sheet --format markdown: the role, its requirements with the story to tell, at most eight stories', async () => {
    const run = await runCli(['sheet', '--format', 'markdown'], DASHBOARD_BANK);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Interview sheet: VP Operations, Northwind Logistics$/m);
    assert.match(run.stdout, /^\d\. Own an operating budget of \$60M and find savings without hurting service → \*\*Warehouse consolidation under budget\*\*$/m);
    const stories = run.stdout.match(/^## \d\. /gm) ?? [];
    assert.equal(stories.length, 8);
    assert.match(run.stdout, /^- \*\*Lesson:\*\* I now ask for the forecast error range/m);
    assert.ok(!run.stdout.includes('<img'), 'the probe title is escaped');
  });

  it('sheet --out writes the HTML page whole and prints nothing', async () => {
    const out = path.join(scratch, 'sheet.html');
    fs.writeFileSync(out, 'old');
    const run = await runCli(['sheet', '--out', out], DASHBOARD_BANK);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /content="default-src &#39;none&#39;;/);
    assert.deepEqual(fs.readdirSync(scratch), ['sheet.html'], 'no temporary file left');
  });

  it('sheet with --role picks that role; a role-less bank ranks by questions', async () => {
    const bank = path.join(scratch, 'bank');
    fs.cpSync(DASHBOARD_BANK, bank, { recursive: true });
    fs.renameSync(path.join(bank, 'vp-operations.role'), path.join(scratch, 'elsewhere.role'));
    const without = await runCli(['sheet', '--format', 'markdown'], bank);
    assert.equal(without.code, 0, without.stderr);
    assert.match(without.stdout, /^# Interview sheet$/m);
    assert.ok(!without.stdout.includes('What they want'));
    const withRole = await runCli(['sheet', '--format', 'markdown', '--role', path.join(scratch, 'elsewhere.role')], bank);
    assert.match(withRole.stdout, /^# Interview sheet: VP Operations, Northwind Logistics$/m);
  });

  it('bad usage exits 2 with one line', async () => {
    const format = await runCli(['sheet', '--format', 'pdf'], DASHBOARD_BANK);
    assert.equal(format.code, 2);
    assert.equal(format.stderr, 'story-coach: --format must be html or markdown, not "pdf"\n');
    const out = await runCli(['sheet', '--out', path.join(scratch, 'missing', 'sheet.html')], DASHBOARD_BANK);
    assert.equal(out.code, 2);
    assert.match(out.stderr, /^story-coach: cannot write .*missing.*sheet\.html/);
    assert.ok(!fs.existsSync(path.join(scratch, 'missing')));
  });

  it('bank --format html: the dashboard page with its inline script by nonce, every story title escaped', async () => {
    const [html, json] = await Promise.all([runCli(['bank', '--format', 'html'], DASHBOARD_BANK), runCli(['bank', '--format', 'json'], DASHBOARD_BANK)]);
    assert.equal(html.code, 0, html.stderr);
    const report = JSON.parse(json.stdout) as BankReport;
    assert.equal(report.stories.length, 9);
    const nonce = /<script nonce="([^"]+)">/.exec(html.stdout)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'an inline script with a nonce');
    assert.ok(html.stdout.includes(`script-src &#39;nonce-${nonce}&#39;`));
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const story of report.stories) assert.ok(html.stdout.includes(escape(story.title)), story.title);
    // Two runs, two nonces.
    const again = await runCli(['bank', '--format', 'html'], DASHBOARD_BANK);
    assert.notEqual(/<script nonce="([^"]+)">/.exec(again.stdout)?.[1], nonce);
  });
});
