// ESLint rule `story-coach/declared-dependencies`: every package a file imports is declared in
// package.json. Shipped code (server/src, client/src: the CLI, the server and the extension, bundled
// or installed with `npm i story-coach`) needs it in `dependencies`; tests, scripts and the benchmark
// may use `devDependencies` too. Node built-ins and `vscode` (the editor provides it) need nothing.
// A package found only because another one brought it into node_modules breaks on the next upgrade.
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importVisitors } from './imports.mjs';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const SHIPPED = [path.join(ROOT, 'server', 'src'), path.join(ROOT, 'client', 'src')];
const PROVIDED = new Set(['vscode']);
const BUILTINS = new Set(builtinModules);

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const DEPENDENCIES = new Set(Object.keys(manifest.dependencies ?? {}));
const DEV_DEPENDENCIES = new Set(Object.keys(manifest.devDependencies ?? {}));

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`, `name/sub` → `name`); null for a relative or absolute path. */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why importing `specifier` from `file` is not covered by package.json, or null. */
function undeclared(file, specifier) {
  const name = packageOf(specifier);
  if (name === null || specifier.startsWith('node:') || BUILTINS.has(name) || PROVIDED.has(name) || DEPENDENCIES.has(name)) return null;
  const shipped = SHIPPED.some((dir) => file.startsWith(dir + path.sep));
  if (DEV_DEPENDENCIES.has(name)) return shipped ? `"${name}" is only in devDependencies, but ${path.relative(ROOT, file)} ships: move it to dependencies` : null;
  return `"${name}" is not declared in package.json: npm install --save-exact ${shipped ? '' : '--save-dev '}${name}@<the version in package-lock.json>`;
}

export const declaredDependenciesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Every imported package is declared in package.json (dependencies for shipped code)' },
    schema: [],
    messages: { undeclared: '{{reason}}' },
  },
  create(context) {
    const file = path.resolve(context.filename ?? context.getFilename());
    return importVisitors((node, source) => {
      const reason = undeclared(file, source.value);
      if (reason) context.report({ node, messageId: 'undeclared', data: { reason } });
    });
  },
};

export default { rules: { 'declared-dependencies': declaredDependenciesRule } };
