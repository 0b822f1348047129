// Privacy and trust: the language server and the CLI, run over the example stories with every
// network and process API stubbed out (preload-no-network), make no attempt to use any of them;
// the bundles hold no dynamic code; the package declares its workspace-trust stance.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLI_JS, makeTree, removeTree } from '../support/cli';
import { LspTestClient } from '../support/lsp-client';
import { DIST, EXAMPLES, REPO_ROOT } from '../support/paths';
import { PRELOAD_NO_NETWORK, runNode } from './run';

/** Starts the built server with the no-network preload (through NODE_OPTIONS, read by the child at spawn). */
function startGuardedServer(log: string): LspTestClient {
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, STORY_COACH_NETWORK_LOG: process.env.STORY_COACH_NETWORK_LOG };
  process.env.NODE_OPTIONS = `--require ${JSON.stringify(PRELOAD_NO_NETWORK)}`;
  process.env.STORY_COACH_NETWORK_LOG = log;
  try {
    return LspTestClient.start({ capabilities: { workspace: { configuration: true, applyEdit: true }, window: { showDocument: { support: true } } } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const readLog = (log: string): string => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
/** Which threads loaded the guard ("main", "worker"), so an empty log is not an unguarded run. */
const guardedThreads = (log: string): string[] => readLog(`${log}.loaded`).split('\n').filter(Boolean).map((line) => line.split(' ')[0]);

describe('robustness: privacy and trust', function () {
  this.timeout(90_000);
  let scratch = '';
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-privacy-'));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('the guard itself works: it records and blocks sockets, HTTPS, fetch, DNS and child processes', () => {
    const log = path.join(scratch, 'self-check.log');
    const script = [
      "for (const attempt of [() => require('net').connect(9, '127.0.0.1'), () => new (require('net').Socket)().connect(9, '127.0.0.1'),",
      "  () => require('https').get('https://example.invalid/'), () => fetch('https://example.invalid/'),",
      "  () => require('dns').lookup('example.invalid', () => {}), () => require('child_process').spawnSync('true')])",
      '  try { attempt(); } catch {}',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--require', PRELOAD_NO_NETWORK, '-e', script], { env: { ...process.env, STORY_COACH_NETWORK_LOG: log }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const recorded = readLog(log);
    for (const what of ['net.connect', 'net.Socket#connect', 'https.get', 'fetch', 'dns.lookup', 'child_process.spawnSync']) assert.ok(recorded.includes(what), `${what} recorded: ${recorded}`);
  });

  it('the language server opens no connection while checking, fixing and describing every example', async () => {
    const log = path.join(scratch, 'server.log');
    const client = startGuardedServer(log);
    try {
      await client.initialize();
      for (const name of fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.story'))) {
        const uri = pathToFileURL(path.join(EXAMPLES, name)).href;
        const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
        const after = client.messages.length;
        await client.open(uri, text);
        const { diagnostics } = (await client.diagnostics(uri, 1, after)) as PublishDiagnosticsParams;
        const end = { line: text.split('\n').length, character: 0 };
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end },
          context: { diagnostics: diagnostics as Diagnostic[] },
        });
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await client.request('textDocument/foldingRange', { textDocument: { uri } });
        await client.request('textDocument/codeLens', { textDocument: { uri } });
        for (const diagnostic of diagnostics) await client.request('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
        await client.request('storyCoach/storyStats', { uri, position: { line: 1, character: 0 } });
        await client.request('workspace/executeCommand', { command: 'storyCoach.server.fixAll', arguments: [uri] });
        const docs = actions.find((action) => action.command?.command === 'storyCoach.server.showRuleDocumentation');
        if (docs?.command) await client.request('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
      }
      assert.ok(client.messagesOf('textDocument/publishDiagnostics').length >= 5);
      assert.deepEqual(client.messagesOf('telemetry/event'), [], 'no telemetry events');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
    assert.deepEqual(guardedThreads(log), ['main'], 'the server ran with the guard');
    assert.equal(readLog(log), '', 'no network or process API was called');
  });

  it('the CLI opens no connection checking the examples, on worker threads, and with --fix', async () => {
    const log = path.join(scratch, 'cli.log');
    const env = { STORY_COACH_NETWORK_LOG: log };
    const examples = await runNode(CLI_JS, ['check', EXAMPLES, '--format', 'sarif'], { cwd: REPO_ROOT, env, preload: PRELOAD_NO_NETWORK });
    assert.ok(examples.code === 0 || examples.code === 1, examples.stderr);

    const files: Record<string, string> = {};
    const names = fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.story'));
    for (let copy = 0; copy < 8; copy++) for (const name of names) files[`copy${copy}/${name}`] = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
    const root = makeTree(files);
    try {
      const many = await runNode(CLI_JS, ['check', '.', '--fix', '--format', 'json'], { cwd: root, env, preload: PRELOAD_NO_NETWORK });
      assert.ok(many.code === 0 || many.code === 1, many.stderr);
      assert.equal((JSON.parse(many.stdout) as { files: unknown[] }).files.length, names.length * 8);
    } finally {
      removeTree(root);
    }
    const threads = guardedThreads(log);
    assert.ok(threads.filter((thread) => thread === 'main').length === 2 && threads.includes('worker'), `the CLI and its workers ran with the guard: ${threads.join(', ')}`);
    assert.equal(readLog(log), '', 'no network or process API was called');
  });

  it('no bundle evaluates dynamic code (smoke check on dist/)', () => {
    // What this proves: no `eval(` and no `new Function(` appear anywhere in the shipped bundles, so
    // nothing — in particular no workspace setting — can be turned into code that runs. Settings
    // reach regular expressions only through the escaping in engine/text/phrases.ts (tested in
    // word-lists.test.ts), and the list below is every place the sources build one at run time.
    // (dist/server.js compiles one file with node:vm: dist/server-main.js, ours, with its code cache.)
    for (const bundle of ['server.js', 'server-main.js', 'compromise.js', 'cli.js', 'cli-worker.js', 'client.js']) {
      const source = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.ok(!/(?<![\w$.])eval\s*\(/.test(source), `${bundle} calls eval`);
      assert.ok(!/\bnew\s+Function\s*\(/.test(source), `${bundle} uses new Function`);
      assert.ok(!/(?<![\w$.])Function\s*\(\s*["'`]/.test(source), `${bundle} builds a Function from a string`);
    }
    const dynamicPatterns: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && /new RegExp\(/.test(fs.readFileSync(full, 'utf8'))) dynamicPatterns.push(path.relative(path.join(REPO_ROOT, 'server', 'src'), full).split(path.sep).join('/'));
      }
    };
    walk(path.join(REPO_ROOT, 'server', 'src'));
    // A new entry here must build its pattern from constants, or escape what it is given.
    const reviewed = ['engine/rules/blame-phrasing.ts', 'engine/rules/boastful.ts', 'engine/text/phrases.ts'];
    assert.deepEqual(dynamicPatterns.filter((file) => !reviewed.includes(file)), [], 'new RegExp(...) outside the reviewed files');
  });

  it('declares its workspace-trust and virtual-workspace support, and the README states the guarantee', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: string }; virtualWorkspaces?: { supported?: unknown; description?: string } };
    };
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.ok(trust && (trust.supported === true || trust.supported === 'limited'), 'untrustedWorkspaces declared');
    assert.match(String(trust.description), /runs no code from the workspace/);
    assert.ok(manifest.capabilities?.virtualWorkspaces && typeof manifest.capabilities.virtualWorkspaces.supported !== 'undefined', 'virtualWorkspaces declared');
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const privacy = /## Privacy\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    assert.match(privacy, /no network connection/);
    assert.match(privacy, /no telemetry/);
    assert.match(privacy, /runs no code from your\s+workspace/);
  });
});
