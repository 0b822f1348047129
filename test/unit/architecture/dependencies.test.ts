// Every imported package is declared: `npm run lint` (eslint-rules/dependencies.mjs, over the whole
// tree) fails on an import of a package package.json does not list, and on a devDependency in
// shipped code. Each case lints real source text with one import added, at the file's real path,
// with the project's ESLint configuration, as `eslint .` does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../support/paths';

const RULE = 'story-coach/declared-dependencies';
const eslint = new ESLint({ cwd: REPO_ROOT });

async function dependencyErrors(file: string, line: string): Promise<string[]> {
  const filePath = path.join(REPO_ROOT, file);
  const source = fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : 'export {};\n';
  const [result] = await eslint.lintText(`${line}\n${source}`, { filePath });
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('architecture: declared dependencies', function () {
  this.timeout(60000);

  const failing: Array<[string, string, string, RegExp]> = [
    ['the server imports a package that is not declared', 'server/src/lsp/server.ts', "import leftPad from 'left-pad';", /"left-pad" is not declared in package\.json/],
    ['a protocol module imports vscode-jsonrpc (only brought in by vscode-languageclient)', 'server/src/protocol/index.ts', "import type { Disposable } from 'vscode-jsonrpc';", /"vscode-jsonrpc" is only in devDependencies/],
    ['the client requires a devDependency', 'client/src/extension.ts', "const fc = require('fast-check');", /"fast-check" is only in devDependencies, but client\/src\/extension\.ts ships/],
    ['the CLI imports a subpath of an undeclared scoped package', 'server/src/cli/main.ts', "import { x } from '@acme/toolkit/sub';", /"@acme\/toolkit" is not declared/],
    ['a test imports an undeclared package dynamically', 'test/unit/lsp/bank.test.ts', "const chalk = await import('chalk');", /"chalk" is not declared .*--save-dev/],
    ['a script re-exports from an undeclared package', 'scripts/generate.ts', "export * from 'lodash';", /"lodash" is not declared/],
  ];
  for (const [what, file, line, reason] of failing) {
    it(`fails when ${what}`, async () => {
      const errors = await dependencyErrors(file, line);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], reason);
    });
  }

  const passing: Array<[string, string, string]> = [
    ['a test imports a devDependency', 'test/unit/lsp/bank.test.ts', "import * as fc from 'fast-check';"],
    ['the server imports a subpath of a dependency', 'server/src/lsp/server.ts', "import { TextDocuments } from 'vscode-languageserver/node';"],
    ['the server imports Node built-ins, with and without the prefix', 'server/src/lsp/server.ts', "import * as fs from 'node:fs';\nimport * as os from 'os';"],
    ['the client imports vscode, which the editor provides', 'client/src/extension.ts', "import * as vscode from 'vscode';"],
  ];
  for (const [what, file, line] of passing) {
    it(`accepts ${what}`, async () => assert.deepEqual(await dependencyErrors(file, line), []));
  }
});
