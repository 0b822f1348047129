// The built language server (dist/server.js over stdio) against hostile documents, bad requests,
// cancellation, invalid settings and a rule that throws: it answers every time, stays up, and says
// clearly what it could not do.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, DocumentSymbol, LogMessageParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { lint } from '../../../server/src/engine';
import { HEDGY_STORY } from '../support/cli';
import { applyTextEdits, LspTestClient, type LspClientOptions } from '../support/lsp-client';
import { manyStories, oneStoryOfSize, pathologicalTexts, proseOfSize, singleLine } from './hostile';

const FAULTY_SERVER_JS = path.join(__dirname, 'faulty-server.js');
const uriOf = (name: string): string => pathToFileURL(path.join('/tmp', 'story-coach-hostile', name)).href;
const INFORMATION = 3;

/** A request that must fail with a JSON-RPC error (not end the server). */
async function rejects(promise: Promise<unknown>, code?: number): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `a JSON-RPC error response, got ${String(error)}`);
    if (code !== undefined) assert.equal(error.code, code, error.message);
    return error;
  }
  throw new Error('expected an error response');
}

describe('robustness: the language server under hostile input', function () {
  this.timeout(300_000);
  const servers: LspTestClient[] = [];
  /** A cold server (no warm-up story): these tests see everything it sends from the start. */
  const start = async (options: LspClientOptions = {}): Promise<LspTestClient> => {
    const server = await LspTestClient.initialized({ warm: false, ...options });
    servers.push(server);
    return server;
  };
  afterEach(() => {
    for (const server of servers.splice(0)) server.dispose();
  });

  /** After anything at all, the server must still answer a request promptly. */
  async function assertResponsive(server: LspTestClient, what: string): Promise<void> {
    const uri = uriOf('probe.story');
    await server.open(uri, HEDGY_STORY, 1);
    const { result, ms } = await server.timed<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(result.length, 1, `outline of the probe after ${what}`);
    assert.ok(ms < 15_000, `answered ${ms} ms after ${what}`);
    await server.notify('textDocument/didClose', { textDocument: { uri } });
    assert.ok(server.alive, `alive after ${what}`);
  }

  it('publishes a bounded answer for every hostile document and answers the next request quickly', async () => {
    const server = await start();
    const binary = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join('');
    const documents: Array<[string, string]> = [
      ['empty', ''],
      ['whitespace only', ' \t\r\n\n\u00a0\r'],
      ['a single 200,000-character line', singleLine(200_000, 5)],
      ['10,000 periods', '.'.repeat(10_000)],
      ['10,000 dashes', '-'.repeat(10_000)],
      ['NUL, binary and lone surrogates', `# Bin\u0000\n## Result\n${binary}\ud800 kind of \udc00${binary}`],
      ['50 stories', manyStories(50)],
      ...pathologicalTexts(100_000).map(([name, text]): [string, string] => [name, text]),
    ];
    for (const [name, text] of documents) {
      const uri = uriOf(`${name.replace(/\W+/g, '-')}.story`);
      const after = server.messages.length;
      const started = Date.now();
      await server.open(uri, text);
      const published = await server.diagnostics(uri, undefined, after, 30_000);
      assert.ok(Date.now() - started < 20_000, `${name}: diagnostics took ${Date.now() - started} ms`);
      for (const diagnostic of published.diagnostics) assert.ok(diagnostic.range.start.line >= 0 && diagnostic.range.end.line >= diagnostic.range.start.line, `${name}: ${JSON.stringify(diagnostic.range)}`);
      await assertResponsive(server, name);
      await server.notify('textDocument/didClose', { textDocument: { uri } });
    }
    assert.equal(await server.shutdown(), 0);
  });

  it('a story whose grammar outlasts the time budget: the notice first, then the full set, as the engine finds it', async () => {
    const server = await start();
    const uri = uriOf('long-grammar.story');
    // One story (no slices between stories) whose grammar takes several seconds: more than the
    // server's budget for one lint (SERVER_NLP_BUDGET_MS).
    const text = oneStoryOfSize(300 * 1024, 21);
    await server.open(uri, text);
    const PUSH = 'textDocument/publishDiagnostics';
    const ours = (message: { method: string; params: unknown }) => message.method === PUSH && (message.params as { uri: string }).uri === uri;
    const hasNotice = (message: { params: unknown }) => (message.params as { diagnostics: Diagnostic[] }).diagnostics.some((diagnostic) => diagnostic.code === 'analysis-limit');
    const partial = await server.waitFor((message) => ours(message) && hasNotice(message), { timeoutMs: 120_000, what: 'a publish with deferred grammar' });
    const after = server.messages.indexOf(partial as (typeof server.messages)[number]);
    const full = await server.waitFor((message) => ours(message) && !hasNotice(message), { after, timeoutMs: 240_000, what: 'the full set once every sentence is analysed' });
    const expected = lint(text, { fileName: 'long-grammar.story' }).findings;
    assert.equal(expected.filter((finding) => finding.rule === 'analysis-limit').length, 0);
    const published = (full.params as { diagnostics: Diagnostic[] }).diagnostics;
    assert.deepEqual(published.map((diagnostic) => String(diagnostic.code)).sort(), expected.map((finding) => finding.rule).sort());
    await assertResponsive(server, 'the continued lints');
    assert.equal(await server.shutdown(), 0);
  });

  it('5 MB of prose: one information diagnostic says which checks were skipped; requests keep being answered meanwhile', async () => {
    const server = await start();
    const uri = uriOf('big.story');
    const started = Date.now();
    await server.open(uri, proseOfSize(5 * 1024 * 1024, 11));
    // While the big file is being checked, a small one is still served.
    const small = uriOf('small.story');
    await server.open(small, HEDGY_STORY);
    const during = await server.timed<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
    const published = await server.diagnostics(uri, undefined, 0, 120_000);
    const total = Date.now() - started;
    const notices = published.diagnostics.filter((diagnostic) => diagnostic.code === 'analysis-limit');
    assert.equal(notices.length, 1, 'exactly one analysis-limit diagnostic');
    assert.equal(notices[0].severity, INFORMATION);
    assert.match(String(notices[0].message), /skipped grammar checks \([^)]*\) on \d+ sentence\(s\) to stay responsive; word-list and structure checks ran in full/);
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === 'hedging'));
    assert.ok(total < 120_000, `5 MB took ${total} ms`);
    assert.equal(during.result.length, 1);
    assert.ok(during.ms < total, `the small file was answered (${during.ms} ms) before the big one finished (${total} ms)`);
    await assertResponsive(server, '5 MB');
    assert.equal(await server.shutdown(), 0);
  });

  it('pull diagnostics for 5 MB in one story include the notice; a cancelled request is honoured and the server carries on', async () => {
    const server = await start({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    const uri = uriOf('big-pull.story');
    // One story cannot be checked in slices between stories: the server's grammar budget
    // (SERVER_NLP_BUDGET_MS) bounds how long it holds the server.
    await server.open(uri, oneStoryOfSize(5 * 1024 * 1024, 12));

    // Cancelled at once: answered RequestCancelled (-32800) without waiting for the lint, and never
    // with an empty report that would wipe the client's diagnostics.
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
    const source = new CancellationTokenSource();
    const started = Date.now();
    const cancelled = server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await rejects(cancelled, -32800);
    assert.ok(Date.now() - started < 2000, `cancelled in ${Date.now() - started} ms`);
    // A cancellation for a request that does not exist is ignored.
    await server.notify('$/cancelRequest', { id: 987654 });

    // Cancelled while a long lint of many stories runs (it yields between stories): still never an empty report.
    const bank = uriOf('bank-pull.story');
    await server.open(bank, proseOfSize(5 * 1024 * 1024, 13));
    const late = new CancellationTokenSource();
    const lateRequest = server.connection.sendRequest<DocumentDiagnosticReport & { items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: bank } }, late.token);
    setTimeout(() => late.cancel(), 300);
    const outcome = await lateRequest.then(
      (value) => value,
      (error: unknown) => error,
    );
    if (outcome instanceof ResponseError) assert.equal(outcome.code, -32800);
    else assert.ok((outcome as { items: Diagnostic[] }).items.length > 0, 'a late cancellation may lose the race, but never yields an empty report');

    let { result: report, ms } = await server.timed<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(ms < 60_000, `diagnostics for the 5 MB story took ${ms} ms`);
    // The first answer may come before compromise has loaded (no grammar checks yet, so no notice);
    // the server then asks the client to pull again.
    for (let attempt = 0; attempt < 60 && !report.items.some((diagnostic) => diagnostic.code === 'analysis-limit'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ({ result: report, ms } = await server.timed<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }));
      assert.ok(ms < 60_000, `diagnostics for the 5 MB story took ${ms} ms`);
    }
    assert.equal(report.kind, 'full');
    const notices = report.items.filter((diagnostic) => diagnostic.code === 'analysis-limit');
    assert.equal(notices.length, 1);
    assert.equal(notices[0].severity, INFORMATION);
    await assertResponsive(server, 'a cancelled request');
    assert.equal(await server.shutdown(), 0);
  });

  it('bad requests get error answers, never end the server', async () => {
    const server = await start();
    const uri = uriOf('target.story');
    await server.open(uri, HEDGY_STORY);
    await server.diagnostics(uri, undefined, 0, 10_000);

    await rejects(server.request('storyCoach/noSuchMethod', { anything: true }), ErrorCodes.MethodNotFound);
    await server.notify('storyCoach/noSuchNotification', { anything: true });
    await server.notify('$/noSuchProtocolNotification', null);
    const attempts: Array<[string, unknown]> = [
      ['textDocument/documentSymbol', {}],
      ['textDocument/documentSymbol', null],
      ['textDocument/documentSymbol', { textDocument: { uri: 'untitled:%E0%A4%A' } }],
      ['textDocument/foldingRange', { textDocument: 42 }],
      ['textDocument/codeAction', null],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -1, character: -1 }, end: { line: 1e9, character: 1e9 } }, context: { diagnostics: 'none' } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'forged', code: 'hedging', data: { rule: 'hedging', start: -5, end: 1e9, version: 1 } }] } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 1e6, character: 1e6 } }],
      ['textDocument/hover', { textDocument: { uri }, position: null }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: -3, character: 2 } }],
      ['textDocument/codeLens', { textDocument: { uri: 'file:///never/opened.story' } }],
      ['textDocument/diagnostic', { textDocument: { uri } }],
      ['workspace/executeCommand', { command: 'storyCoach.server.fixAll', arguments: [{ not: 'a uri' }] }],
      ['workspace/executeCommand', { command: 'storyCoach.server.showRuleDocumentation', arguments: ['x'.repeat(100_000)] }],
      ['workspace/executeCommand', { command: 'no.such.command', arguments: [] }],
      ['workspace/executeCommand', null],
      ['storyCoach/storyStats', { uri: 42, position: 'top' }],
      ['initialize', { processId: null, capabilities: {} }],
    ];
    for (const [method, params] of attempts) {
      await server.request(method, params).catch(() => undefined);
      assert.ok(server.alive, `alive after ${method} ${JSON.stringify(params)?.slice(0, 80)}`);
    }
    // Notifications about documents that do not exist, or edits that do not fit.
    await server.notify('textDocument/didChange', { textDocument: { uri: uriOf('never-opened.story'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 500, character: 9 }, end: { line: 1, character: 0 } }, text: 'kind of' }] });
    await server.notify('textDocument/didClose', { textDocument: { uri: uriOf('never-opened.story') } });
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'story', version: 3, text: 'again' } });
    await server.notify('workspace/didChangeConfiguration', { settings: 'not an object' });
    // A document whose URI has a malformed %-escape still gets its diagnostics.
    const oddUri = 'untitled:Bad%E0%A4%A';
    const before = server.messages.length;
    await server.open(oddUri, HEDGY_STORY);
    assert.ok((await server.diagnostics(oddUri, undefined, before, 10_000)).diagnostics.some((diagnostic) => diagnostic.code === 'hedging'));
    // Frames no client should send: invalid JSON, a JSON array, a notification without params.
    const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    server.child.stdin?.write(frame('{"jsonrpc": "2.0", "id": 77, "method": '));
    server.child.stdin?.write(frame('[1, 2, 3]'));
    server.child.stdin?.write(frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen"}'));
    await assertResponsive(server, 'bad requests');
    assert.doesNotMatch(server.stderr, /Uncaught|unhandled/i);
    assert.equal(await server.shutdown(), 0);
  });

  it('"Disable for this line" on a line that begins inside a multi-line comment keeps the comment whole', async () => {
    const server = await start();
    const cases: Array<[string, string, boolean]> = [
      ['comment on lines of its own', '# T\n## Situation\n<!-- a note\nthat ends here --> It was kind of slow.\n', true],
      ['two comments in a row', '# T\n## Situation\n  <!-- one --> <!-- two\nlines --> It was kind of slow.\n', true],
      ['text before the comment', '# T\n## Situation\nWe shipped. <!-- a note\nthat ends here --> It was kind of slow.\n', false],
    ];
    for (const [name, text, offered] of cases) {
      const uri = uriOf(`comment-${name.replace(/\W+/g, '-')}.story`);
      const after = server.messages.length;
      await server.open(uri, text);
      const hedge = (await server.diagnostics(uri, undefined, after, 10_000)).diagnostics.find((diagnostic) => diagnostic.code === 'hedging');
      assert.ok(hedge, name);
      const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: hedge.range, context: { diagnostics: [hedge] } });
      const line = actions.find((action) => action.title === 'Disable hedging for this line');
      assert.ok(actions.some((action) => action.title === 'Disable hedging for this file'), name);
      if (!offered) {
        assert.equal(line, undefined, `${name}: no line directive can be placed safely, so none is offered`);
        continue;
      }
      assert.ok(line?.edit?.changes, name);
      const fixed = applyTextEdits(text, line.edit.changes[uri]);
      const reopened = uriOf(`comment-${name.replace(/\W+/g, '-')}-fixed.story`);
      const before = server.messages.length;
      await server.open(reopened, fixed);
      const codes = (await server.diagnostics(reopened, undefined, before, 10_000)).diagnostics.map((diagnostic) => String(diagnostic.code));
      assert.ok(!codes.includes('hedging'), `${name}: silenced in ${JSON.stringify(fixed)}`);
      assert.ok(fixed.includes('that ends here -->') || fixed.includes('lines -->'), `${name}: the comment is intact`);
    }
    assert.equal(await server.shutdown(), 0);
  });

  it('invalid settings: one warning per bad key naming it and what it accepts, defaults used, shown once', async () => {
    const bad = { rules: { hedging: 'loud', 'no-such-rule': 'off' }, wordsPerMinute: 'fast', speakingTime: { maxSeconds: -1 }, words: { vague: 'synergy' }, debounceMs: 99_999 };
    const server = await start({ capabilities: { workspace: { configuration: true } }, configuration: (params) => params.items.map(() => bad) });
    const uri = uriOf('settings.story');
    await server.open(uri, HEDGY_STORY);
    const published = await server.diagnostics(uri, undefined, 0, 10_000);
    // Defaults apply: hedging stays a warning.
    assert.equal(published.diagnostics.find((diagnostic) => diagnostic.code === 'hedging')?.severity, 2);
    // Edit a few times and open a second document: no message is repeated.
    for (let version = 2; version <= 4; version++) await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${HEDGY_STORY}\n` }] });
    await server.open(uriOf('second.story'), HEDGY_STORY);
    await server.diagnostics(uriOf('second.story'), undefined, 0, 10_000);
    await assertResponsive(server, 'invalid settings');

    // vscode-languageserver sends showWarningMessage as window/showMessageRequest (it can carry actions).
    const shown = [...server.messagesOf('window/showMessage'), ...server.messagesOf('window/showMessageRequest')].map((message) => message.params as ShowMessageParams);
    const messages = shown.map((params) => params.message);
    const expected: Array<[string, RegExp]> = [
      ['storyCoach.rules.hedging', /"loud" is not a severity; use off \| hint \| information \| warning \| error/],
      ['storyCoach.rules.no-such-rule', /unknown rule id; known rules: /],
      ['storyCoach.wordsPerMinute', /use a number from 60 to 300/],
      ['storyCoach.speakingTime.maxSeconds', /use whole seconds from 1 to 3600/],
      ['storyCoach.words.vague', /expected a list of phrases/],
      ['storyCoach.debounceMs', /use whole milliseconds from 0 to 5000/],
    ];
    for (const [key, accepts] of expected) {
      const about = messages.filter((message) => message.includes(`${key}:`));
      assert.equal(about.length, 1, `one message about ${key}: ${JSON.stringify(messages)}`);
      assert.match(about[0], accepts);
      assert.match(about[0], /Using the default\.$/);
    }
    assert.equal(messages.length, expected.length, JSON.stringify(messages, null, 1));
    assert.ok(shown.every((params) => params.type === 2), 'shown as warnings');
    assert.equal(await server.shutdown(), 0);
  });

  it('a rule that throws is logged once with its id; every other rule still reports', async () => {
    const server = await start({ script: FAULTY_SERVER_JS, env: { STORY_COACH_FAULTY_RULE: 'hedging' } });
    const uri = uriOf('faulty.story');
    const weak = 'Kind: failure\nS: It was kind of slow and my manager failed to plan.\nA: Mistakes were made.\nR: Much better now.\n';
    await server.open(uri, weak);
    let first = await server.diagnostics(uri, undefined, 0, 10_000);
    if (!first.diagnostics.some((diagnostic) => diagnostic.code === 'passive-ownership')) {
      // A cold server publishes without grammar checks first, then again once compromise has loaded.
      first = await server.diagnostics(uri, undefined, server.messages.findIndex((message) => message.params === first) + 1, 10_000);
    }
    const codes = first.diagnostics.map((diagnostic) => String(diagnostic.code));
    assert.ok(!codes.includes('hedging'), 'the failing rule reports nothing');
    // Rules that need no grammar analysis (the server may publish before compromise has loaded).
    for (const rule of ['blame-phrasing', 'unquantified-result', 'vague-claim', 'missing-section']) assert.ok(codes.includes(rule), `${rule} still reports: ${codes.join(', ')}`);
    // More versions and documents: still one log line.
    for (let version = 2; version <= 4; version++) {
      const after = server.messages.length;
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${weak}I think so.\n`.repeat(version) }] });
      await server.diagnostics(uri, undefined, after, 10_000);
    }
    await server.open(uriOf('faulty-2.story'), weak);
    await server.diagnostics(uriOf('faulty-2.story'), undefined, 0, 10_000);
    const logged = server.messagesOf('window/logMessage').map((message) => message.params as LogMessageParams).filter((params) => params.message.includes('failed and was skipped'));
    assert.equal(logged.length, 1, JSON.stringify(logged));
    assert.equal(logged[0].type, 1, 'logged as an error');
    assert.match(logged[0].message, /^Story Coach: rule "hedging" failed and was skipped: Error: injected failure in hedging/);
    await assertResponsive(server, 'a throwing rule');
    assert.equal(await server.shutdown(), 0);
  });
});
