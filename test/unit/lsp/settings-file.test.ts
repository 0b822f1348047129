// The language server reads the nearest .storycoach.json for each document (the file the command
// line reads), lays the editor's settings over it, and applies a change to the file without a restart.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, type LspClientOptions } from '../support/lsp-client';

const STORY = [
  '# Checkout launch',
  'Kind: achievement',
  '',
  '## Situation',
  'We kind of had a problem with the launch of the new checkout in March.',
  '',
  '## Action',
  'I rewrote the deploy pipeline with the platform team and ran daily reviews with support.',
  '',
  '## Result',
  'It significantly improved conversion.',
  '',
].join('\n');

const ERROR = 1;
const WARNING = 2;
const hedging = (diagnostics: readonly Diagnostic[]): Diagnostic | undefined => diagnostics.find((diagnostic) => diagnostic.code === 'hedging');
const has = (rule: string) => (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((diagnostic) => diagnostic.code === rule);

describe('language server: .storycoach.json', function () {
  this.timeout(20000);
  let root: string;
  let client: LspTestClient | undefined;
  let storyUri: string;
  const configFile = (): string => path.join(root, '.storycoach.json');
  const writeConfig = (settings: unknown): void => fs.writeFileSync(configFile(), JSON.stringify(settings));

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-settings-')));
    fs.mkdirSync(path.join(root, 'stories', 'drafts'), { recursive: true });
    const story = path.join(root, 'stories', 'drafts', 'launch.story');
    fs.writeFileSync(story, STORY);
    storyUri = pathToFileURL(story).href;
  });
  afterEach(() => {
    client?.dispose();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function start(options: LspClientOptions): Promise<LspTestClient> {
    client = await LspTestClient.initialized(options);
    return client;
  }

  /** The next published diagnostics for the story (after message index `after`) that satisfy `until`. */
  async function published(lsp: LspTestClient, after: number, until: (diagnostics: readonly Diagnostic[]) => boolean, what: string): Promise<readonly Diagnostic[]> {
    const message = await lsp.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === storyUri && until((m.params as PublishDiagnosticsParams).diagnostics),
      { after, what },
    );
    return (message.params as PublishDiagnosticsParams).diagnostics;
  }

  it('a client that answers no workspace/configuration gets the file\'s settings, and a change to the file through didChangeWatchedFiles', async () => {
    writeConfig({ rules: { hedging: 'off' } });
    const lsp = await start({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const registration = await lsp.waitFor((m) => m.method === 'client/registerCapability', { what: 'a file watcher registration' });
    assert.deepEqual(
      (registration.params as { registrations: { method: string; registerOptions: unknown }[] }).registrations.map((r) => [r.method, r.registerOptions]),
      [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.storycoach.json' }] }]],
    );
    await lsp.open(storyUri, STORY);
    // The positive signal first: this version's diagnostics have arrived, with other rules' findings.
    const first = (await lsp.diagnostics(storyUri, 1)).diagnostics;
    assert.ok(has('vague-claim')(first), 'other rules still run');
    assert.equal(hedging(first), undefined, 'hedging is off in .storycoach.json');

    const mark = lsp.messages.length;
    writeConfig({ rules: { hedging: 'error' } });
    await lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile()).href, type: 2 }] });
    const after = await published(lsp, mark, has('hedging'), 'hedging findings after the file changed');
    assert.equal(hedging(after)?.severity, ERROR);
  });

  it('without client file watching, the server watches the folders itself: edits, creation and deletion apply live', async () => {
    const lsp = await start({});
    await lsp.open(storyUri, STORY);
    assert.equal(hedging((await lsp.diagnostics(storyUri, 1)).diagnostics)?.severity, WARNING, 'no settings file: the default');

    let mark = lsp.messages.length;
    writeConfig({ rules: { hedging: 'off', 'vague-claim': 'error' } });
    let now = await published(lsp, mark, (d) => d.some((x) => x.code === 'vague-claim' && x.severity === ERROR), 'the new file to apply');
    assert.equal(hedging(now), undefined);

    mark = lsp.messages.length;
    writeConfig({ rules: { hedging: 'error' } });
    now = await published(lsp, mark, has('hedging'), 'the edited file to apply');
    assert.equal(hedging(now)?.severity, ERROR);

    mark = lsp.messages.length;
    fs.rmSync(configFile());
    now = await published(lsp, mark, (d) => hedging(d)?.severity === WARNING, 'the default once the file is gone');
    assert.ok(has('vague-claim')(now));
  });

  it('the nearest file wins, and editor settings lie over it key by key', async () => {
    writeConfig({ rules: { hedging: 'error', 'vague-claim': 'off' } });
    fs.writeFileSync(path.join(root, 'stories', '.storycoach.json'), JSON.stringify({ rules: { hedging: 'off', 'vague-claim': 'hint' } }));
    const lsp = await start({
      capabilities: { workspace: { configuration: true } },
      configuration: (params) => params.items.map(() => ({ rules: { 'vague-claim': 'error' } })),
    });
    await lsp.open(storyUri, STORY);
    const diagnostics = (await lsp.diagnostics(storyUri, 1)).diagnostics;
    assert.ok(has('unquantified-result')(diagnostics), 'the lint ran');
    assert.equal(hedging(diagnostics), undefined, 'stories/.storycoach.json is nearer than the root one');
    assert.equal(diagnostics.find((d) => d.code === 'vague-claim')?.severity, ERROR, 'the editor setting wins over the file');
  });

  it('a broken settings file is named in one warning; the document is still checked with the defaults', async () => {
    fs.writeFileSync(configFile(), '{ "rules": ');
    const lsp = await start({});
    await lsp.open(storyUri, STORY);
    assert.equal(hedging((await lsp.diagnostics(storyUri, 1)).diagnostics)?.severity, WARNING);
    const warning = await lsp.waitFor((m) => m.method === 'window/showMessage' || m.method === 'window/showMessageRequest', { what: 'a warning' });
    assert.match((warning.params as { message: string }).message, new RegExp(`invalid JSON in ${configFile().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
