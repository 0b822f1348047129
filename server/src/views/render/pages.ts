// The standalone pages: `story-coach bank --format html` and `story-coach sheet --format html`.
// One self-contained file each: inline CSS and script by nonce, default-src 'none', no network.
import type { BankReport } from '../../engine/browser';
import { dashboardModel } from '../dashboard';
import { viewOptions, type ViewOptions } from '../options';
import { sheetModel } from '../sheet';
import { renderDashboard } from './dashboard';
import { renderPage, standaloneCsp } from './page';
import { renderSheet, renderSheetMarkdown } from './sheet';
import { DASHBOARD_CSS, SHEET_CSS, STANDALONE_THEME } from './styles';

export interface StandaloneOptions {
  /** A fresh random nonce per file. */
  readonly nonce: string;
  /** The page behaviours script (dist/webview/page.js); the page works without it, less interactive. */
  readonly script?: string | null;
  readonly view?: Partial<ViewOptions>;
}

export function dashboardHtml(report: BankReport, options: StandaloneOptions): string {
  const model = dashboardModel(report, viewOptions(report, options.view));
  return renderPage({
    title: `${model.title}: ${model.subtitle}`,
    body: renderDashboard(model, 'page'),
    css: STANDALONE_THEME + DASHBOARD_CSS,
    csp: standaloneCsp(options.nonce),
    nonce: options.nonce,
    script: options.script ? { inline: options.script } : undefined,
  });
}

export function sheetHtml(report: BankReport, options: StandaloneOptions): string {
  const model = sheetModel(report, viewOptions(report, options.view));
  return renderPage({ title: model.title, body: renderSheet(model), css: STANDALONE_THEME + SHEET_CSS, csp: standaloneCsp(options.nonce), nonce: options.nonce });
}

export function sheetMarkdown(report: BankReport, view: Partial<ViewOptions> = {}): string {
  return renderSheetMarkdown(sheetModel(report, viewOptions(report, view)));
}
