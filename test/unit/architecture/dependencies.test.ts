// Every imported package is declared: `npm run lint` (eslint-rules/dependencies.mjs, over the whole
// tree) fails on an import of a package package.json does not list, and on a devDependency in
// shipped code. Each case lints real source text with one import added, at the file's real path,
// with the project's ESLint configuration, as `eslint .` does.
import { ruleCases, type FailingCase, type PassingCase } from '../support/eslint-cases';

describe('architecture: declared dependencies', function () {
  this.timeout(60000);

  const failing: FailingCase[] = [
    ['the server imports a package that is not declared', 'server/src/lsp/server.ts', "import leftPad from 'left-pad';", /"left-pad" is not declared in package\.json/],
    ['a protocol module imports vscode-jsonrpc (only brought in by vscode-languageclient)', 'server/src/protocol/index.ts', "import type { Disposable } from 'vscode-jsonrpc';", /"vscode-jsonrpc" is only in devDependencies/],
    ['the client requires a devDependency', 'client/src/extension.ts', "const fc = require('fast-check');", /"fast-check" is only in devDependencies, but client\/src\/extension\.ts ships/],
    ['the CLI imports a subpath of an undeclared scoped package', 'server/src/cli/main.ts', "import { x } from '@acme/toolkit/sub';", /"@acme\/toolkit" is not declared/],
    ['a test imports an undeclared package dynamically', 'test/unit/lsp/bank.test.ts', "const chalk = await import('chalk');", /"chalk" is not declared .*--save-dev/],
    ['a script re-exports from an undeclared package', 'scripts/generate.ts', "export * from 'lodash';", /"lodash" is not declared/],
  ];
  const passing: PassingCase[] = [
    ['a test imports a devDependency', 'test/unit/lsp/bank.test.ts', "import * as fc from 'fast-check';"],
    ['the server imports a subpath of a dependency', 'server/src/lsp/server.ts', "import { TextDocuments } from 'vscode-languageserver/node';"],
    ['the server imports Node built-ins, with and without the prefix', 'server/src/lsp/server.ts', "import * as fs from 'node:fs';\nimport * as os from 'os';"],
    ['the client imports vscode, which the editor provides', 'client/src/extension.ts', "import * as vscode from 'vscode';"],
  ];
  ruleCases('story-coach/declared-dependencies', failing, passing);
});
