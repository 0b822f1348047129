// Protocol tests: the built server (dist/server.js) driven by a generic LSP client over stdio and
// Node IPC — what Neovim, Helix or any other editor sees, with no VS Code in the loop.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowDocumentParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyTextEdits, LspTestClient, SERVER_JS, type ServerMessage } from '../support/lsp-client';
import { REPO_ROOT } from '../support/paths';

const URI = pathToFileURL(path.join(REPO_ROOT, 'launch.story')).href;

// Line 4 starts with two emoji (two UTF-16 code units each) before the hedge: "kind of" sits at
// UTF-16 columns 8–15, but at code-point columns 6–13.
const STORY = [
  '# Launch 🚀 story', // 0
  'Kind: achievement', // 1
  '', // 2
  '## Situation', // 3
  '🚀🚀 We kind of had a problem with the launch of the new checkout in March.', // 4
  '', // 5
  '## Task', // 6
  'I owned getting checkout live for 3 regions before the freeze.', // 7
  '', // 8
  '## Action', // 9
  'I rewrote the deploy pipeline with the platform team and ran daily reviews with support.', // 10
  '', // 11
  '## Result', // 12
  'Checkout went live 2 weeks early and conversion rose 4%.', // 13
  '',
].join('\n');

const HEDGE_RANGE = { start: { line: 4, character: 8 }, end: { line: 4, character: 15 } };
const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

const rules = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code));
const byRule = (diagnostics: readonly Diagnostic[], rule: string): Diagnostic | undefined => diagnostics.find((diagnostic) => diagnostic.code === rule);
/** Methods the server registered for dynamically (only with the client's consent). */
const registeredMethods = (client: LspTestClient): string[] =>
  client
    .messagesOf('client/registerCapability')
    .flatMap((message) => (message.params as { registrations: { method: string }[] }).registrations.map((registration) => registration.method))
    .filter((method) => method === 'workspace/didChangeConfiguration');

describe('language server protocol (dist/server.js)', function () {
  this.timeout(20000);
  const clients: LspTestClient[] = [];
  const track = (client: LspTestClient): LspTestClient => (clients.push(client), client);
  const startClient = async (...args: Parameters<typeof LspTestClient.initialized>): Promise<LspTestClient> => track(await LspTestClient.initialized(...args));

  before(() => {
    assert.ok(fs.existsSync(SERVER_JS), `${SERVER_JS} is missing: run npm run build first`);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.dispose();
  });

  describe('lifecycle', () => {
    it('answers initialize with incremental sync, code action kinds, outline, folding and serverInfo', async () => {
      const client = track(LspTestClient.start());
      const result: InitializeResult = await client.initialize();
      const capabilities = result.capabilities;
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
      const codeActions = capabilities.codeActionProvider;
      assert.ok(codeActions && typeof codeActions === 'object', 'codeActionProvider is an options object');
      assert.ok(codeActions.codeActionKinds?.includes('quickfix'));
      assert.ok(codeActions.codeActionKinds?.includes('source.fixAll.storyCoach'));
      assert.ok(capabilities.documentSymbolProvider);
      assert.ok(capabilities.foldingRangeProvider);
      const commands = capabilities.executeCommandProvider?.commands ?? [];
      assert.ok(commands.includes('storyCoach.server.fixAll') && commands.includes('storyCoach.server.showRuleDocumentation'), commands.join());
      assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client that cannot pull');
      assert.equal(result.serverInfo?.name, 'story-coach-language-server');
      assert.equal(typeof result.serverInfo?.version, 'string');
    });

    it('exits with code 0 after shutdown and exit', async () => {
      const client = await startClient();
      assert.equal(await client.shutdown(), 0);
    });

    it('exits with code 1 on exit without shutdown (LSP 3.17)', async () => {
      const client = await startClient();
      await client.notify('exit', null);
      assert.equal(await client.waitForExit(), 1);
    });

    it('prints usage and exits 2 when started without a transport', () => {
      const run = spawnSync(process.execPath, [SERVER_JS], { encoding: 'utf8', timeout: 10000 });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^Usage: story-coach-language-server --stdio/);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
      assert.equal(run.stdout, '');
    });

    it('speaks LSP over Node IPC (--node-ipc)', async () => {
      const client = await startClient({ transport: 'ipc' });
      assert.equal(client.initializeResult?.serverInfo?.name, 'story-coach-language-server');
      await client.open(URI, STORY);
      const published = await client.diagnostics(URI, 1);
      assert.ok(rules(published.diagnostics).includes('hedging'));
      assert.equal(await client.shutdown(), 0);
    });
  });

  describe('published diagnostics', () => {
    it('publishes on open with rule ids, source, rule-page links and UTF-16 ranges', async () => {
      const client = await startClient();
      await client.open(URI, STORY, 7);
      const published = await client.diagnostics(URI);
      assert.equal(published.version, 7);
      const hedge = byRule(published.diagnostics, 'hedging');
      assert.ok(hedge, `hedging expected, got ${rules(published.diagnostics).join(', ')}`);
      assert.deepEqual(hedge.range, HEDGE_RANGE);
      assert.equal(STORY.split('\n')[4].slice(hedge.range.start.character, hedge.range.end.character), 'kind of');
      assert.equal(hedge.severity, SEVERITY.warning);
      assert.match(String(hedge.message), /"kind of" hedges/);
      for (const diagnostic of published.diagnostics) {
        assert.equal(diagnostic.source, 'story-coach');
        assert.equal(typeof diagnostic.code, 'string');
        const href = diagnostic.codeDescription?.href;
        assert.ok(href, `${String(diagnostic.code)} has a codeDescription`);
        assert.ok(href.startsWith('file://'), href);
        assert.ok(href.endsWith(`docs/rules/${String(diagnostic.code)}.md`), href);
        assert.ok(fs.existsSync(fileURLToPath(href)), `${href} exists`);
      }
    });

    it('follows incremental edits, several range changes in one notification', async () => {
      const client = await startClient();
      await client.open(URI, STORY, 1);
      const first = await client.diagnostics(URI, 1);
      assert.ok(rules(first.diagnostics).includes('hedging'));
      assert.ok(!rules(first.diagnostics).includes('unquantified-result'));

      // Applied in order: each range refers to the text left by the change before it.
      await client.change(URI, 2, [
        { range: HEDGE_RANGE, text: 'basically' }, // swap one hedge for another
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Role: Engineering lead\n' }, // lines below shift by one
        { range: { start: { line: 14, character: 19 }, end: { line: 14, character: 55 } }, text: 'early' }, // the Result loses its figures
      ]);
      const second = await client.diagnostics(URI, 2);
      const hedge = byRule(second.diagnostics, 'hedging');
      assert.ok(hedge);
      assert.match(String(hedge.message), /"basically"/);
      assert.deepEqual(hedge.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 17 } });
      const unquantified = byRule(second.diagnostics, 'unquantified-result');
      assert.ok(unquantified, `unquantified-result expected, got ${rules(second.diagnostics).join(', ')}`);
      assert.equal(unquantified.range.start.line, 13);

      await client.change(URI, 3, [
        { range: { start: { line: 5, character: 8 }, end: { line: 5, character: 18 } }, text: '' },
        { range: { start: { line: 14, character: 19 }, end: { line: 14, character: 24 } }, text: '2 weeks early' },
      ]);
      const third = await client.diagnostics(URI, 3);
      assert.ok(!rules(third.diagnostics).includes('hedging'), rules(third.diagnostics).join(', '));
      assert.ok(!rules(third.diagnostics).includes('unquantified-result'), rules(third.diagnostics).join(', '));
    });

    it('debounces edits by storyCoach.debounceMs, but publishes an open at once', async () => {
      const client = await startClient({ initializationOptions: { settings: { debounceMs: 2000 } } });
      const opened = Date.now();
      await client.open(URI, STORY, 1);
      await client.diagnostics(URI, 1);
      assert.ok(Date.now() - opened < 1500, 'open is not debounced');
      const changed = Date.now();
      await client.change(URI, 2, [{ range: HEDGE_RANGE, text: '' }]);
      // The positive signal: version 2's diagnostics. Only then check what came before them.
      const later = await client.diagnostics(URI, 2);
      const waited = Date.now() - changed;
      assert.ok(!rules(later.diagnostics).includes('hedging'));
      assert.ok(waited >= 1950, `published ${waited} ms after the edit, inside the 2000 ms debounce window`);
      const publishedForUri = client.messagesOf('textDocument/publishDiagnostics').filter((message) => (message.params as PublishDiagnosticsParams).uri === URI);
      assert.deepEqual(publishedForUri.map((message) => (message.params as PublishDiagnosticsParams).version), [1, 2], 'one publish per version, nothing in between');
    });

    it('on a cold server, publishes structure and word-list findings at once, then grammar findings once compromise has loaded', async () => {
      const client = await startClient({ warm: false });
      await client.open(URI, 'Kind: failure\nS: Mistakes were made, and it was kind of slow.\n', 1);
      const first = await client.diagnostics(URI, 1);
      assert.ok(rules(first.diagnostics).includes('hedging'));
      assert.ok(!rules(first.diagnostics).includes('passive-ownership'), 'grammar findings wait for compromise');
      const after = client.messages.findIndex((message) => message.params === first) + 1;
      const second = await client.diagnostics(URI, 1, after);
      assert.ok(rules(second.diagnostics).includes('passive-ownership'));
      assert.ok(rules(second.diagnostics).includes('hedging'));
    });

    it('clears diagnostics when the document closes', async () => {
      const client = await startClient();
      await client.open(URI, STORY, 1);
      await client.diagnostics(URI, 1);
      const after = client.messages.length;
      await client.notify('textDocument/didClose', { textDocument: { uri: URI } });
      const cleared = await client.diagnostics(URI, undefined, after);
      assert.deepEqual(cleared.diagnostics, []);
    });
  });

  describe('pull diagnostics', () => {
    it('does not push to a client that declares textDocument.diagnostic, and answers textDocument/diagnostic', async () => {
      // debounceMs 0: a publish, if the server made one, would start at once on each open and edit.
      const client = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } }, initializationOptions: { settings: { debounceMs: 0 } } });
      const provider = client.initializeResult?.capabilities.diagnosticProvider;
      assert.ok(provider && 'interFileDependencies' in provider);
      // Bank findings on one file depend on the others (story-bank spec §5).
      assert.equal(provider.interFileDependencies, true);
      await client.open(URI, STORY, 1);
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.equal(report.kind, 'full');
      assert.ok(report.kind === 'full');
      const hedge = byRule(report.items, 'hedging');
      assert.ok(hedge);
      assert.deepEqual(hedge.range, HEDGE_RANGE);
      assert.equal(hedge.source, 'story-coach');

      await client.change(URI, 2, [{ range: HEDGE_RANGE, text: '' }]);
      const updated = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.ok(updated.kind === 'full' && !rules(updated.items).includes('hedging'));

      // The pull answer for version 2 is written after the lint it would share with a publish of
      // version 2 (the server yields a turn before answering), so any publish would have come first.
      assert.deepEqual(client.messagesOf('textDocument/publishDiagnostics'), []);
    });

    it('asks a pulling client to refresh after a configuration change', async () => {
      const client = await startClient({ capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } } });
      await client.open(URI, STORY, 1);
      await client.notify('workspace/didChangeConfiguration', { settings: { storyCoach: { rules: { hedging: 'off' } } } });
      await client.waitFor((message) => message.method === 'workspace/diagnostic/refresh', { what: 'workspace/diagnostic/refresh' });
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.ok(report.kind === 'full' && !rules(report.items).includes('hedging'));
    });
  });

  describe('settings', () => {
    it('reads storyCoach through workspace/configuration and re-reads it after didChangeConfiguration', async () => {
      let hedging = 'off';
      const client = await startClient({
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
        configuration: (params) => params.items.map((item) => (item.section === 'storyCoach' ? { rules: { hedging } } : null)),
      });
      await client.open(URI, STORY, 1);
      const first = await client.diagnostics(URI, 1);
      assert.ok(!rules(first.diagnostics).includes('hedging'), 'hedging is off');
      const asked = client
        .messagesOf('workspace/configuration')
        .map((message) => message.params as { items: { scopeUri?: string; section?: string }[] })
        .find((params) => params.items[0]?.scopeUri === URI);
      assert.deepEqual(asked?.items, [{ scopeUri: URI, section: 'storyCoach' }]);
      assert.deepEqual(registeredMethods(client), ['workspace/didChangeConfiguration']);

      hedging = 'error';
      const after = client.messages.length;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const second = await client.diagnostics(URI, 1, after);
      assert.equal(byRule(second.diagnostics, 'hedging')?.severity, SEVERITY.error);
      assert.ok(client.messagesOf('workspace/configuration').length >= 2, 'settings read again');
    });

    it('does not register dynamically with a client that does not allow it', async () => {
      const client = await startClient({ capabilities: { workspace: { configuration: true } } });
      await client.open(URI, STORY, 1);
      await client.diagnostics(URI, 1);
      assert.deepEqual(registeredMethods(client), []);
    });

    it('takes initializationOptions.settings and pushed settings from a client without workspace/configuration', async () => {
      const client = await startClient({ initializationOptions: { settings: { rules: { hedging: 'off', 'speaking-time': 'off' } } } });
      await client.open(URI, STORY, 1);
      const first = await client.diagnostics(URI, 1);
      assert.ok(!rules(first.diagnostics).includes('hedging'));
      assert.ok(!rules(first.diagnostics).includes('speaking-time'));
      assert.deepEqual(client.messagesOf('workspace/configuration'), [], 'never asks a client that cannot answer');

      const after = client.messages.length;
      await client.notify('workspace/didChangeConfiguration', { settings: { storyCoach: { rules: { hedging: 'error' } } } });
      const second = await client.diagnostics(URI, 1, after);
      assert.equal(byRule(second.diagnostics, 'hedging')?.severity, SEVERITY.error);
      assert.equal(byRule(second.diagnostics, 'speaking-time')?.severity, SEVERITY.hint, 'pushed settings replace the initial ones');
    });

    it('warns once about an invalid setting and uses the default', async () => {
      const client = await startClient({ initializationOptions: { settings: { rules: { hedging: 'loud' } } } });
      await client.open(URI, STORY, 1);
      const published = await client.diagnostics(URI, 1);
      assert.equal(byRule(published.diagnostics, 'hedging')?.severity, SEVERITY.warning);
      const shown = await client.waitFor((message) => message.method.startsWith('window/showMessage'), { what: 'window/showMessage' });
      assert.match((shown.params as { message: string }).message, /storyCoach\.rules\.hedging/);
      await client.change(URI, 2, [{ range: HEDGE_RANGE, text: 'sort of' }]);
      await client.diagnostics(URI, 2);
      assert.equal(client.messages.filter((message) => message.method.startsWith('window/showMessage')).length, 1, 'not repeated on every edit');
    });
  });

  describe('code actions and commands', () => {
    async function openWithDiagnostics(text = STORY): Promise<{ client: LspTestClient; diagnostics: Diagnostic[] }> {
      const client = await startClient();
      await client.open(URI, text, 1);
      const published = await client.diagnostics(URI, 1);
      return { client, diagnostics: published.diagnostics };
    }
    const onlyEdits = (action: CodeAction | undefined): TextEdit[] => (action?.edit?.changes?.[URI] ?? []) as TextEdit[];

    it('offers the delete fix (preferred), disable for line and file, and the rule page for a hedge', async () => {
      const { client, diagnostics } = await openWithDiagnostics();
      const hedge = byRule(diagnostics, 'hedging');
      assert.ok(hedge);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: hedge.range,
        context: { diagnostics: [hedge] },
      });
      const titles = actions.map((action) => action.title);
      const fix = actions.find((action) => action.title === 'Delete "kind of"');
      assert.ok(fix, titles.join(' | '));
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [hedge]);
      assert.equal(applyTextEdits(STORY, onlyEdits(fix)).split('\n')[4], '🚀🚀 We had a problem with the launch of the new checkout in March.');

      const line = actions.find((action) => action.title === 'Disable hedging for this line');
      assert.ok(line);
      assert.notEqual(line.isPreferred, true);
      assert.deepEqual(onlyEdits(line), [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '<!-- story-coach-disable-next-line hedging -->\n' }]);
      const file = actions.find((action) => action.title === 'Disable hedging for this file');
      assert.deepEqual(onlyEdits(file), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- story-coach-disable-file hedging -->\n' }]);
      const docs = actions.find((action) => action.title === 'Show documentation for hedging');
      assert.deepEqual(docs?.command, { title: 'Show documentation for hedging', command: 'storyCoach.server.showRuleDocumentation', arguments: ['hedging'] });
      assert.ok(actions.some((action) => action.kind === 'source.fixAll.storyCoach'), 'fix-all offered alongside when there are safe fixes');

      // The disable-line edit, sent back as an incremental change, silences exactly that finding.
      await client.change(URI, 2, [{ range: onlyEdits(line)[0].range, text: onlyEdits(line)[0].newText }]);
      const silenced = await client.diagnostics(URI, 2);
      assert.ok(!rules(silenced.diagnostics).includes('hedging'));
      assert.ok(!rules(silenced.diagnostics).includes('unknown-directive'));
    });

    it('returns source.fixAll.storyCoach only when asked for with `only`', async () => {
      const text = STORY.replace('Kind: achievement', 'Knd: achievement').replace('## Result', '## Reslt');
      const { client, diagnostics } = await openWithDiagnostics(text);
      const ask = (only: string[]): Promise<CodeAction[]> =>
        client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: URI },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only },
        });
      for (const only of [['source.fixAll.storyCoach'], ['source.fixAll'], ['source']]) {
        const actions = await ask(only);
        assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.storyCoach'], `only ${only.join()}`);
        const fixed = applyTextEdits(text, onlyEdits(actions[0]));
        assert.match(fixed, /^Kind: achievement$/m);
        assert.match(fixed, /^## Result$/m);
        assert.ok(!fixed.includes('kind of'));
        assert.match(fixed, /^Checkout went live 2 weeks early/m, 'untouched text stays');
      }
      assert.deepEqual(await ask(['quickfix']), []);
      assert.deepEqual(await ask(['refactor']), []);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-section'));
    });

    it('storyCoach.server.fixAll sends workspace/applyEdit with every safe fix', async () => {
      const text = STORY.replace('Kind: achievement', 'Knd: achievement').replace('## Result', '## Reslt');
      const { client } = await openWithDiagnostics(text);
      const done = await client.request<boolean>('workspace/executeCommand', { command: 'storyCoach.server.fixAll', arguments: [URI] });
      assert.equal(done, true);
      const [message] = client.messagesOf('workspace/applyEdit') as ServerMessage[];
      assert.ok(message, 'workspace/applyEdit sent');
      const { edit } = message.params as { edit: WorkspaceEdit; label?: string };
      const [change] = edit.documentChanges ?? [];
      assert.ok(change && 'textDocument' in change);
      assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
      const edits = change.edits as TextEdit[];
      assert.equal(edits.length, 3);
      assert.deepEqual(edits.find((e) => e.range.start.line === 4), { range: { start: { line: 4, character: 8 }, end: { line: 4, character: 16 } }, newText: '' });
      assert.deepEqual(edits.find((e) => e.range.start.line === 1), { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'Kind' });
      const fixed = applyTextEdits(text, edits);
      assert.equal(fixed, STORY.replace('kind of ', ''));
    });

    it('storyCoach.server.fixAll reports failure for an unknown document', async () => {
      const client = await startClient();
      const done = await client.request<boolean>('workspace/executeCommand', { command: 'storyCoach.server.fixAll', arguments: ['file:///nowhere.story'] });
      assert.equal(done, false);
      assert.deepEqual(client.messagesOf('workspace/applyEdit'), []);
    });

    it('storyCoach.server.showRuleDocumentation opens the rule page with window/showDocument', async () => {
      const client = await startClient();
      const shown = await client.request<boolean>('workspace/executeCommand', { command: 'storyCoach.server.showRuleDocumentation', arguments: ['hedging'] });
      assert.equal(shown, true);
      const [message] = client.messagesOf('window/showDocument');
      const params = message?.params as ShowDocumentParams;
      assert.ok(params.uri.endsWith('docs/rules/hedging.md'));
      assert.ok(fs.existsSync(fileURLToPath(params.uri)));
    });
  });

  describe('structure', () => {
    const TWO_STORIES = [
      STORY.trimEnd(),
      '',
      '<!-- a comment',
      'over two lines -->',
      '',
      '# Second story',
      'S: Context in one line.',
      'A: I did the thing with my team.',
      'R: Cut churn by 18%.',
      '',
    ].join('\n');

    it('documentSymbol returns stories with their sections as children', async () => {
      const client = await startClient();
      await client.open(URI, TWO_STORIES, 1);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
      assert.deepEqual(symbols.map((symbol) => symbol.name), ['Launch 🚀 story', 'Second story']);
      assert.deepEqual(symbols[0].children?.map((child) => child.name), ['Situation', 'Task', 'Action', 'Result']);
      assert.equal(symbols[1].children?.length, 3);
      assert.equal(symbols[0].range.start.line, 0);
      assert.deepEqual(symbols[0].selectionRange.start, { line: 0, character: 0 });
      assert.equal(symbols[1].range.start.line, 18);
      const result = symbols[0].children?.[3];
      assert.ok(result);
      assert.equal(result.range.start.line, 12);
      assert.equal(result.range.end.line, 16, "a section runs to the next story, trailing comment included");
      assert.ok(result.selectionRange.start.line === 12);
      assert.match(symbols[0].detail ?? '', /achievement/);
    });

    it('foldingRange folds stories, sections and multi-line comments', async () => {
      const client = await startClient();
      await client.open(URI, TWO_STORIES, 1);
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
      const has = (startLine: number, endLine: number, kind?: string): boolean =>
        ranges.some((range) => range.startLine === startLine && range.endLine === endLine && range.kind === kind);
      assert.ok(has(3, 4), 'Situation section');
      assert.ok(has(12, 16), "Result section, up to the next story");
      assert.ok(has(15, 16, 'comment'), `comment, got ${JSON.stringify(ranges)}`);
      assert.ok(ranges.some((range) => range.startLine === 0 && range.endLine >= 13 && range.kind === undefined), 'first story');
      for (const range of ranges) assert.ok(range.endLine > range.startLine);
    });
  });
});
