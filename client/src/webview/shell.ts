// The HTML a dashboard or sheet webview starts from: CSP with a fresh nonce, the theme-mapped CSS,
// the views script from the extension's dist/webview, and an empty page the script fills.
import { h } from '../../../server/src/views/render/node';
import { renderPage, webviewCsp } from '../../../server/src/views/render/page';
import { DASHBOARD_CSS, SHEET_CSS, WEBVIEW_THEME } from '../../../server/src/views/render/styles';
import type { ViewKind } from './messages';

export function webviewShellHtml(options: { kind: ViewKind; title: string; nonce: string; cspSource: string; scriptUri: string }): string {
  return renderPage({
    title: options.title,
    body: h('main', { id: 'app' }, h('p', { class: 'empty' }, 'Loading the story bank…')),
    css: WEBVIEW_THEME + (options.kind === 'sheet' ? SHEET_CSS : DASHBOARD_CSS),
    csp: webviewCsp(options.nonce, options.cspSource),
    nonce: options.nonce,
    script: { src: options.scriptUri },
    bodyAttributes: { 'data-view': options.kind },
  });
}
