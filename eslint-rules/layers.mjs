// ESLint rule `story-coach/layers`: the architecture's import boundaries (GUIDE.md, issue 10).
//   engine   (server/src/engine)   pure: no Node built-in, no LSP/JSON-RPC/VS Code package, nothing outside the engine
//   views    (server/src/views)    pure view models and HTML/DOM renderers: as pure as the engine, which they use
//                                  only through its index (types) and engine/browser.ts (values small enough
//                                  for a webview bundle)
//   protocol (server/src/protocol) the client–server contract: vscode-languageserver-protocol, and types from the
//                                  engine's entries
//   node side (server/src/lsp, cli, config, docs, …): the engine only through server/src/engine/index.ts; never the client
//   client   (client/src)          from the server side, only the protocol module; its webview scripts
//                                  (client/src/webview) also draw with server/src/views
// Imports are resolved against the importing file, so `../config` in the engine (its own config
// folder) and `../../config` (the node-side loader) are told apart.
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { importVisitors } from './imports.mjs';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const SERVER = path.join(ROOT, 'server', 'src');
const ENGINE = path.join(SERVER, 'engine');
const PROTOCOL = path.join(SERVER, 'protocol');
const VIEWS = path.join(SERVER, 'views');
const BROWSER_ENTRY = path.join(ENGINE, 'browser');
const CLIENT = path.join(ROOT, 'client', 'src');
const WEBVIEW = path.join(CLIENT, 'webview');
const BUILTINS = new Set(builtinModules);
/** Packages that talk to an editor or a transport: never in the engine. */
const EDITOR_PACKAGES = /^(?:vscode|vscode-languageserver|vscode-languageserver-[a-z-]+|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/;

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);
const isIndex = (target, dir) => target === dir || target === path.join(dir, 'index') || target === path.join(dir, 'index.ts');
const isBuiltin = (specifier) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);

function layerOf(file) {
  if (inside(file, ENGINE)) return 'engine';
  if (inside(file, VIEWS)) return 'views';
  if (inside(file, PROTOCOL)) return 'protocol';
  if (inside(file, WEBVIEW)) return 'webview';
  if (inside(file, SERVER)) return 'node';
  if (inside(file, CLIENT)) return 'client';
  return null;
}

/** Why this import breaks the importing layer's boundary, or null. */
function violation(layer, file, specifier, typeOnly) {
  const relative = specifier.startsWith('.');
  const target = relative ? path.resolve(path.dirname(file), specifier).replace(/\.(?:ts|js)$/, '') : null;
  switch (layer) {
    case 'engine':
      if (relative) return inside(target, ENGINE) ? null : 'the engine imports nothing outside server/src/engine';
      if (isBuiltin(specifier)) return `the engine is pure: no Node I/O ("${specifier}"); do file work in the CLI or the language server`;
      if (EDITOR_PACKAGES.test(specifier)) return `the engine imports no LSP or VS Code package ("${specifier}")`;
      return null;
    case 'views':
      if (relative) {
        if (inside(target, VIEWS) || target === BROWSER_ENTRY || (isIndex(target, ENGINE) && typeOnly)) return null;
        if (isIndex(target, ENGINE)) return 'the views take only types from the engine\'s index (its values bundle the whole engine into the webview); values come from server/src/engine/browser.ts';
        return inside(target, ENGINE) ? 'use the engine through server/src/engine/index.ts (types) or engine/browser.ts (values)' : 'the views import only the engine\'s entries and each other';
      }
      if (isBuiltin(specifier)) return `the views are pure: no Node I/O ("${specifier}")`;
      if (EDITOR_PACKAGES.test(specifier)) return `the views import no LSP or VS Code package ("${specifier}")`;
      return null;
    case 'webview':
      if (!relative) return null;
      if (inside(target, CLIENT) || isIndex(target, PROTOCOL) || inside(target, VIEWS)) return null;
      return 'a webview script imports from the server side only server/src/protocol and server/src/views';
    case 'protocol':
      if (relative) {
        if (inside(target, PROTOCOL)) return null;
        if ((isIndex(target, ENGINE) || target === BROWSER_ENTRY) && typeOnly) return null;
        return 'the protocol module may import only types, and only from the engine\'s entries (index.ts, browser.ts): the client bundles it';
      }
      if (specifier === 'vscode-languageserver-protocol') return null;
      return `the protocol module imports only vscode-languageserver-protocol, not "${specifier}" (the client bundles it)`;
    case 'node':
      if (!relative) return null;
      if (inside(target, CLIENT)) return 'server code never imports the client';
      if (inside(target, ENGINE) && !isIndex(target, ENGINE)) return 'use the engine through server/src/engine/index.ts (widen the index rather than reach past it)';
      return null;
    case 'client':
      if (!relative) return isBuiltin(specifier) || !EDITOR_PACKAGES.test(specifier) || /^vscode(?:-languageclient(?:\/|$)|$)/.test(specifier) || specifier === 'vscode-languageserver-protocol'
        ? null
        : `the client talks to the server through vscode-languageclient, not "${specifier}"`;
      if (inside(target, CLIENT) || isIndex(target, PROTOCOL)) return null;
      return 'the client imports from the server side only server/src/protocol';
    default:
      return null;
  }
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the engine / node side / protocol / client import boundaries' },
    schema: [],
    messages: { layer: '{{reason}}' },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const layer = layerOf(path.resolve(file));
    if (!layer) return {};
    return importVisitors((node, source, typeOnly) => {
      const reason = violation(layer, path.resolve(file), source.value, typeOnly);
      if (reason) context.report({ node, messageId: 'layer', data: { reason } });
    });
  },
};

export default { rules: { layers: layersRule } };
