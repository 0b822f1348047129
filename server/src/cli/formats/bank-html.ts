// The HTML pages of the command line: the dashboard (`bank --format html`) and the interview sheet
// (`sheet`), each one self-contained file with a fresh nonce. The dashboard inlines the small
// behaviours script built next to the CLI (dist/webview/page.js); without it the page still draws.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { competencyName, type BankReport } from '../../engine';
import { dashboardHtml, sheetHtml, sheetMarkdown } from '../../views/render/pages';

const VIEW = { competencyName };

function nonce(): string {
  return randomBytes(16).toString('base64');
}

function pageScript(): string | null {
  try {
    return fs.readFileSync(path.join(__dirname, 'webview', 'page.js'), 'utf8');
  } catch {
    return null;
  }
}

export function formatBankHtml(report: BankReport): string {
  return dashboardHtml(report, { nonce: nonce(), script: pageScript(), view: VIEW });
}

export function formatSheetHtml(report: BankReport): string {
  return sheetHtml(report, { nonce: nonce(), view: VIEW });
}

export function formatSheetMarkdown(report: BankReport): string {
  return sheetMarkdown(report, VIEW);
}
