// Start-up of the language server: dist/server.js loads the bundle with the code cache the build
// wrote (accepted by this Node), and compromise stays out of what is loaded at start.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from '../support/lsp-client';
import { DIST } from '../support/paths';

describe('language server start-up', function () {
  this.timeout(20000);

  it('loads its bundle with the code cache the build wrote, and answers initialize', async () => {
    const client = LspTestClient.start({ env: { STORY_COACH_CODE_CACHE_DEBUG: '1' } });
    try {
      const result = await client.initialize();
      assert.equal(result.serverInfo?.name, 'story-coach-language-server');
      assert.match(client.stderr, /story-coach: code cache accepted/);
    } finally {
      client.dispose();
    }
  });

  it('keeps compromise out of the start-up bundle; it loads from its own chunk for the grammar checks', async () => {
    const bundle = fs.readFileSync(path.join(DIST, 'server-main.js'), 'utf8');
    assert.ok(fs.statSync(path.join(DIST, 'compromise.js')).size > 100_000);
    // compromise's own tagset (names its tagger declares and our code never writes) is not in the start-up bundle:
    // a size bound broke as the rules and the lexicon grew.
    const chunk = fs.readFileSync(path.join(DIST, 'compromise.js'), 'utf8');
    for (const marker of ['MaleName', 'Honorific', 'Uncountable']) {
      assert.ok(chunk.includes(marker), `${marker} marks compromise's chunk`);
      assert.ok(!bundle.includes(marker), `compromise (${marker}) is bundled into server-main.js`);
    }
    assert.match(bundle, /require\("\.\/compromise\.js"\)/);
    // The grammar checks (passive voice) run, so the chunk loaded.
    const client = await LspTestClient.initialized();
    try {
      await client.open('file:///tmp/startup-grammar.story', 'Kind: failure\nS: Mistakes were made.\n');
      const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && JSON.stringify(m.params).includes('passive-ownership'), { what: 'a grammar finding' });
      assert.ok(published);
    } finally {
      client.dispose();
    }
  });
});
