// The layers are enforced: `npm run lint` (ESLint with eslint-rules/layers.mjs, then the engine's
// own tsconfig without Node's types) fails on an import across a boundary. Each case lints real
// source text with one import added, at the file's real path, exactly as `eslint .` does.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { eslint, ruleCases, type FailingCase, type PassingCase } from '../support/eslint-cases';
import { REPO_ROOT } from '../support/paths';

describe('architecture: enforced layers', function () {
  this.timeout(60000);

  it('the source tree as it stands has no layer error', async () => {
    const results = await eslint.lintFiles(['server/src', 'client/src']);
    const errors = results.flatMap((result) => result.messages.filter((m) => m.ruleId === 'story-coach/layers').map((m) => `${path.relative(REPO_ROOT, result.filePath)}:${m.line} ${m.message}`));
    assert.deepEqual(errors, []);
  });

  const violations: FailingCase[] = [
    ['the engine imports node:fs', 'server/src/engine/lint.ts', "import * as fs from 'node:fs';", /no Node I\/O \("node:fs"\)/],
    ['the engine imports fs without the prefix', 'server/src/engine/rules/hedging.ts', "import { readFileSync } from 'fs';", /no Node I\/O/],
    ['the engine requires node:path', 'server/src/engine/text/grammar.ts', "const p = require('node:path');", /no Node I\/O/],
    ['the engine imports vscode-languageserver', 'server/src/engine/parse/parser.ts', "import { createConnection } from 'vscode-languageserver/node';", /no LSP or VS Code package/],
    ['the engine imports vscode', 'server/src/engine/lint.ts', "import * as vscode from 'vscode';", /no LSP or VS Code package/],
    ['the engine reaches the node-side settings loader', 'server/src/engine/rules/hedging.ts', "import { readProjectConfig } from '../../config';", /nothing outside server\/src\/engine/],
    ['a new engine folder imports node:fs too', 'server/src/engine/newfeature/reader.ts', "import * as fs from 'node:fs';", /no Node I\/O/],
    ['the language server reaches past the engine index', 'server/src/lsp/server.ts', "import { parseDuration } from '../engine/parse/duration';", /through server\/src\/engine\/index\.ts/],
    ['the CLI reaches past the engine index', 'server/src/cli/commands/check.ts', "import { lineEnding } from '../../engine/fix/edits';", /through server\/src\/engine\/index\.ts/],
    ['the client imports server source', 'client/src/extension.ts', "import { lint } from '../../server/src/engine';", /only server\/src\/protocol/],
    ['the client imports the language server', 'client/src/status-bar.ts', "import { startServer } from '../../server/src/lsp/server';", /only server\/src\/protocol/],
    ['the client imports vscode-languageserver', 'client/src/extension.ts', "import { createConnection } from 'vscode-languageserver/node';", /through vscode-languageclient/],
    ['the protocol imports engine values', 'server/src/protocol/index.ts', "import { lint } from '../engine';", /only types/],
    ['the protocol imports Node', 'server/src/protocol/index.ts', "import * as fs from 'node:fs';", /imports only vscode-languageserver-protocol/],
    ['a view imports Node', 'server/src/views/dashboard.ts', "import * as fs from 'node:fs';", /no Node I\/O/],
  ];
  const allowed: PassingCase[] = [
    ['the engine imports its own config folder', 'server/src/engine/rules/hedging.ts', "import { DEFAULT_OPTIONS } from '../config/options';"],
    ['the engine imports a pure library', 'server/src/engine/lint.ts', "import type Nlp from 'compromise/two';"],
    ['the language server imports the engine index', 'server/src/lsp/server.ts', "import { lint } from '../engine';"],
    ['the client imports the protocol module', 'client/src/extension.ts', "import { CLIENT_COMMANDS } from '../../server/src/protocol';"],
    ['the protocol imports engine types', 'server/src/protocol/index.ts', "import type { Finding } from '../engine';"],
  ];
  ruleCases('story-coach/layers', violations, allowed);

  it('the engine typechecks without Node: importing node:fs fails its tsconfig', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-layers-'));
    try {
      fs.writeFileSync(path.join(dir, 'probe.ts'), "import * as fs from 'node:fs';\nexport const exists = fs.existsSync;\n");
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(REPO_ROOT, 'server/src/engine/tsconfig.json'), compilerOptions: { rootDir: dir }, include: ['probe.ts'] }));
      const tsc = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      assert.equal(tsc.status, 2, tsc.stdout + tsc.stderr);
      assert.match(tsc.stdout, /probe\.ts.*Cannot find module 'node:fs'/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
