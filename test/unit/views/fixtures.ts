// The hand-written BankReport fixtures (test/fixtures/reports/*.json) and variations of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BankReport, BankStory } from '../../../server/src/engine/bank/report';
import { FIXTURES } from '../support/paths';

export const REPORTS = path.join(FIXTURES, 'reports');
/** A bank of .story files with a role, a rehearsal log and an injection probe title. */
export const DASHBOARD_BANK = path.join(FIXTURES, 'dashboard-bank');

export function loadReport(name = 'vp-operations'): BankReport {
  return JSON.parse(fs.readFileSync(path.join(REPORTS, `${name}.json`), 'utf8')) as BankReport;
}

export function storyById(report: BankReport, fragment: string): BankStory {
  const story = report.stories.find((candidate) => candidate.id.includes(fragment));
  if (!story) throw new Error(`no story ${fragment}`);
  return story;
}

/** A report with no stories, questions or role: every view must still say something. */
export function emptyReport(): BankReport {
  return { version: 1, root: '/tmp/empty', stories: [], balance: {}, competencies: [], questions: [], role: null, findings: [], today: '2026-11-29' };
}

export const PROBE_TITLE = `<img src=x onerror=alert(1)> & "quotes" 'too'`;
