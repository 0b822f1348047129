// A whole HTML document around a rendered body: strict CSP, CSS and script by nonce, nothing loaded
// from anywhere (standalone files) or only from the webview's own resources (VS Code).
import { escapeHtml, toHtml, type VElement } from './node';

export interface PageOptions {
  readonly title: string;
  readonly body: VElement;
  readonly css: string;
  readonly csp: string;
  readonly nonce: string;
  /** Inline script text (standalone) or a script URL (webview). */
  readonly script?: { readonly inline: string } | { readonly src: string };
  readonly bodyAttributes?: Readonly<Record<string, string>>;
}

/** The CSP of a standalone file: nothing but its own nonce'd style and script, no network. */
export function standaloneCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** The CSP of a webview: scripts and styles by nonce, resources only from the extension. */
export function webviewCsp(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource}`;
}

export function renderPage(options: PageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const noClose = (text: string): string => text.replace(/<\/(script|style)/gi, '<\\/$1');
  const script =
    options.script === undefined
      ? ''
      : 'inline' in options.script
        ? `<script nonce="${nonce}">${noClose(options.script.inline)}</script>`
        : `<script nonce="${nonce}" src="${escapeHtml(options.script.src)}"></script>`;
  const bodyAttributes = Object.entries(options.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style nonce="${nonce}">${noClose(options.css)}</style>`,
    '</head>',
    `<body${bodyAttributes}>`,
    toHtml(options.body),
    script,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
