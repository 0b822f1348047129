// The script of the dashboard and sheet webviews: draws the BankReport the extension sends with the
// same renderer as the standalone pages (mounted with DOM calls, never innerHTML), keeps it in the
// webview state so a hidden view comes back as it was, and turns clicks into messages.
import type { BankReport } from '../../../server/src/protocol';
import { dashboardModel, sheetModel, viewOptions, type DashboardModel, type ViewOptions } from '../../../server/src/views';
import { renderDashboard } from '../../../server/src/views/render/dashboard';
import { h, toDom, type DomDocument } from '../../../server/src/views/render/node';
import { sheetHtml } from '../../../server/src/views/render/pages';
import { renderSheet } from '../../../server/src/views/render/sheet';
import { attachBehaviors } from './behaviors';
import type { FromWebview, ToWebview, ViewKind } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
interface SavedState {
  readonly report: BankReport;
  readonly competencyNames: Readonly<Record<string, string>>;
  readonly scrollY: number;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const view: ViewKind = document.body.getAttribute('data-view') === 'sheet' ? 'sheet' : 'dashboard';
const app = document.getElementById('app') as HTMLElement;
let generation = 0;
let current: SavedState | undefined;
let dashboard: DashboardModel | undefined;

function optionsOf(state: SavedState): Partial<ViewOptions> {
  const names = state.competencyNames;
  return { competencyName: (id) => names[id] ?? id };
}

function render(state: SavedState): void {
  const options = viewOptions(state.report, optionsOf(state));
  dashboard = view === 'dashboard' ? dashboardModel(state.report, options) : undefined;
  const tree = dashboard
    ? renderDashboard(dashboard, 'editor')
    : h('div', null, h('div', { class: 'toolbar' }, h('button', { type: 'button', 'data-save': '' }, 'Save as HTML…')), renderSheet(sheetModel(state.report, options)));
  app.replaceChildren(toDom(tree, document as unknown as DomDocument) as Node);
  current = state;
  vscode.setState(state);
  vscode.postMessage({
    type: 'rendered',
    view,
    titles: [...app.querySelectorAll('.story-title')].map((element) => element.textContent ?? ''),
    charts: app.querySelectorAll('svg').length,
    gaps: [...app.querySelectorAll('[data-gap] .question')].map((element) => element.textContent ?? ''),
    generation: ++generation,
  });
}

attachBehaviors(document, {
  openStory(story) {
    vscode.postMessage({ type: 'openStory', story });
    return true;
  },
  writeStory(question) {
    const gap = dashboard?.gaps.find((candidate) => candidate.question === question);
    if (gap) vscode.postMessage({ type: 'writeStory', question, fileName: gap.fileName, skeleton: gap.skeleton });
  },
});
document.addEventListener('click', (event) => {
  if (!current || !(event.target instanceof Element) || !event.target.closest('[data-save]')) return;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  vscode.postMessage({ type: 'saveSheet', html: sheetHtml(current.report, { nonce, view: optionsOf(current) }) });
});
window.addEventListener('scroll', () => {
  if (current) vscode.setState({ ...current, scrollY: window.scrollY });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'report') {
    const scrollY = window.scrollY;
    render({ report: message.report, competencyNames: message.competencyNames, scrollY });
    window.scrollTo(0, scrollY);
  } else if (message.type === 'testClick') {
    const target = document.querySelector(message.selector);
    if (target) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    vscode.postMessage({ type: 'testClicked', selector: message.selector, found: target !== null });
  }
});

const saved = vscode.getState();
if (saved) {
  render(saved);
  window.scrollTo(0, saved.scrollY);
}
vscode.postMessage({ type: 'ready' });
