// The story bank through the language server, driven by the generic test client the way Neovim or
// Helix would: bank findings as diagnostics on the files the spec names (published, document pull,
// workspace pull), the bank requests, the role-file features, and an index that follows the disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  ApplyWorkspaceEditParams,
  CodeAction,
  CodeLens,
  CreateFile,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  Location,
  PublishDiagnosticsParams,
  TextDocumentEdit,
  WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { buildBank } from '../../../server/src/engine';
import type { BankResult, FindStoriesResult } from '../../../server/src/protocol/bank';
import { LspTestClient, type LspClientOptions } from '../support/lsp-client';
import { FIXTURES } from '../support/paths';

const FIXTURE = path.join(FIXTURES, 'bank');
const ROLE = 'vp-operations.role';
/** 0-based lines of the role fixture. */
const AUTOMATION_LINE = 20; // "- Set the five-year automation strategy for our warehouses": no story covers it
const TEAM_LINE = 14; // "- Lead a team of 400 people across three fulfilment centres…": covered
const PUSH = 'textDocument/publishDiagnostics';

const uriOf = (root: string, relative: string): string => pathToFileURL(path.join(root, relative)).href;
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code));

/** A private copy of the bank fixture: tests add, change and delete files in it. */
function copyBank(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-bank-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  return root;
}

describe('the story bank in the language server', function () {
  this.timeout(30000);
  const clients: LspTestClient[] = [];
  const roots: string[] = [];

  async function start(options: LspClientOptions = {}): Promise<{ client: LspTestClient; root: string }> {
    const root = copyBank();
    roots.push(root);
    const client = await LspTestClient.initialized({ warm: false, ...options, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bank' }] });
    clients.push(client);
    return { client, root };
  }

  /** The latest publish for a URI that satisfies `accept`. */
  async function published(client: LspTestClient, uri: string, accept: (diagnostics: Diagnostic[]) => boolean, what: string, after = 0): Promise<Diagnostic[]> {
    const message = await client.waitFor((m) => m.method === PUSH && (m.params as PublishDiagnosticsParams).uri === uri && accept((m.params as PublishDiagnosticsParams).diagnostics), { after, what, timeoutMs: 15000 });
    return (message.params as PublishDiagnosticsParams).diagnostics;
  }

  afterEach(() => {
    for (const client of clients.splice(0)) client.dispose();
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });

  describe('a client that takes published diagnostics (Neovim, Helix…)', () => {
    it('gets role-uncovered on each uncovered requirement line and bank-wide findings on the role title, without opening a file', async () => {
      const { client, root } = await start();
      const role = await published(client, uriOf(root, ROLE), (diagnostics) => codes(diagnostics).includes('role-uncovered'), 'role-uncovered on the role file');
      const uncovered = role.filter((diagnostic) => diagnostic.code === 'role-uncovered');
      assert.ok(uncovered.some((diagnostic) => diagnostic.range.start.line === AUTOMATION_LINE), `the automation requirement; got lines ${uncovered.map((d) => d.range.start.line)}`);
      assert.ok(!uncovered.some((diagnostic) => diagnostic.range.start.line === TEAM_LINE), 'the covered team requirement is not reported');
      for (const diagnostic of uncovered) assert.equal(diagnostic.source, 'story-coach');
      const bankWide = role.filter((diagnostic) => diagnostic.code === 'bank-balance' || diagnostic.code === 'bank-coverage');
      assert.ok(bankWide.length > 0, `bank-wide findings on the role; got ${codes(role)}`);
      for (const diagnostic of bankWide) assert.equal(diagnostic.range.start.line, 0);
      // A finding about one story sits on its title line, in a file nobody opened.
      const customers = await published(client, uriOf(root, 'customers.story'), (diagnostics) => codes(diagnostics).includes('bank-overloaded'), 'bank-overloaded on customers.story');
      assert.equal(customers.find((diagnostic) => diagnostic.code === 'bank-overloaded')?.range.start.line, 0);
    });

    it('merges bank findings with the story\'s own when the story is open, and keeps them after it closes', async () => {
      const { client, root } = await start();
      const uri = uriOf(root, 'customers.story');
      await published(client, uri, (diagnostics) => codes(diagnostics).includes('bank-overloaded'), 'bank-overloaded before opening');
      const after = client.messages.length;
      const text = fs.readFileSync(path.join(root, 'customers.story'), 'utf8').replace('Returns were our most common complaint', 'Returns were kind of our most common complaint');
      await client.open(uri, text, 1);
      const merged = await published(client, uri, (diagnostics) => codes(diagnostics).includes('hedging'), 'the story\'s own findings', after);
      assert.ok(codes(merged).includes('bank-overloaded'), `bank finding kept beside the story's: ${codes(merged)}`);
      const closedAt = client.messages.length;
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      const closed = await published(client, uri, (diagnostics) => !codes(diagnostics).includes('hedging'), 'the publish at close', closedAt);
      // Only bank findings remain (rehearsal-due hints at the stories never rehearsed, too).
      assert.deepEqual(codes(closed).filter((code) => code !== 'rehearsal-due'), ['bank-overloaded']);
      assert.ok(codes(closed).every((code) => code.startsWith('bank-') || code === 'rehearsal-due'), codes(closed).join(', '));
    });

    it('follows an open document over the disk: an edit re-derives the bank and republishes', async () => {
      const { client, root } = await start();
      const uri = uriOf(root, 'customers.story');
      await published(client, uri, (diagnostics) => codes(diagnostics).includes('bank-overloaded'), 'bank-overloaded at first');
      const text = fs.readFileSync(path.join(root, 'customers.story'), 'utf8');
      await client.open(uri, text, 1);
      const after = client.messages.length;
      const trimmed = text.replace('Competencies: customer, innovation, execution, collaboration, quality, business', 'Competencies: customer, innovation');
      await client.change(uri, 2, [{ text: trimmed }]);
      const fixed = await published(client, uri, (diagnostics) => !codes(diagnostics).includes('bank-overloaded'), 'bank-overloaded gone after the edit', after);
      assert.ok(fixed.every((diagnostic) => diagnostic.code !== 'bank-overloaded'));
      // The views' report (the question map) follows the diagnostics once typing pauses; changes
      // that come while it is being made are coalesced into one notification.
      const report = await client.request<{ version: number; report: { stories: { id: string; competencies: { id: string }[] }[] } }>('storyCoach/bank', { uri });
      await client.waitFor((message) => message.method === 'storyCoach/bankChanged' && (message.params as { version: number }).version === report.version, { after, what: `a bankChanged notification for version ${report.version}` });
      const customers = report.report.stories.find((story) => story.id === 'customers.story#fixing-the-returns-experience');
      assert.deepEqual(customers?.competencies.map((competency) => competency.id), ['customer', 'innovation'], 'the report has the edit');
    });
  });

  describe('a client that pulls', () => {
    it('pulls workspace diagnostics (VS Code): every bank file, unchanged ones marked so, and a held request answered when the bank changes', async () => {
      const { client, root } = await start({
        capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } },
        initializationOptions: { workspaceDiagnostics: true },
      });
      const provider = client.initializeResult?.capabilities.diagnosticProvider;
      assert.ok(provider && 'workspaceDiagnostics' in provider && provider.workspaceDiagnostics === true);
      const first = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const roleUri = uriOf(root, ROLE);
      const role = first.items.find((item) => item.uri === roleUri);
      assert.ok(role && role.kind === 'full' && codes(role.items).includes('role-uncovered'), 'role-uncovered in the workspace report');
      assert.ok(first.items.some((item) => item.uri === uriOf(root, 'volunteering.story')), 'files without findings are listed too (to clear them later)');
      assert.deepEqual(client.messagesOf(PUSH), [], 'nothing published to a pulling client');

      // Asked again with what it has, the server holds the request until the bank changes.
      const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId as string }));
      let answered = false;
      const held = client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds }).then((report) => ((answered = true), report));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(answered, false, 'held while nothing changes');
      const customers = path.join(root, 'customers.story');
      fs.writeFileSync(customers, fs.readFileSync(customers, 'utf8').replace('customer, innovation, execution, collaboration, quality, business', 'customer, innovation'));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'customers.story'), type: 2 }] });
      const second = await held;
      const changed = second.items.find((item) => item.uri === uriOf(root, 'customers.story'));
      assert.ok(changed && changed.kind === 'full' && !codes(changed.items).includes('bank-overloaded'), 'the story\'s finding cleared');
      const unchanged = second.items.find((item) => item.uri === uriOf(root, 'volunteering.story'));
      assert.equal(unchanged?.kind, 'unchanged');
    });

    it('puts bank findings in the document pull of an open role file, and publishes those of closed files to a client without workspace pull', async () => {
      const { client, root } = await start({ capabilities: { textDocument: { diagnostic: {} } } });
      await published(client, uriOf(root, 'customers.story'), (diagnostics) => codes(diagnostics).includes('bank-overloaded'), 'closed file published');
      const roleUri = uriOf(root, ROLE);
      await client.notify('textDocument/didOpen', { textDocument: { uri: roleUri, languageId: 'role', version: 1, text: fs.readFileSync(path.join(root, ROLE), 'utf8') } });
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: roleUri } });
      assert.ok(report.kind === 'full');
      assert.ok(codes(report.items).includes('role-uncovered'));
      // A role file is no story: none of the story rules fire on it.
      assert.ok(!codes(report.items).some((code) => code === 'missing-section' || code === 'unquantified-result'), `only bank findings: ${codes(report.items)}`);
    });
  });

  describe('requests', () => {
    it('storyCoach/bank returns the report with its root; storyCoach/findStories ranks stories for free text', async () => {
      const { client, root } = await start();
      const bank = await client.request<BankResult>('storyCoach/bank', {});
      assert.equal(bank.rootUri, pathToFileURL(root).href);
      assert.equal(bank.report.stories.length, 14);
      assert.ok(bank.report.stories.some((story) => story.id === 'drafts/christmas-backlog.story#clearing-the-christmas-backlog-at-northampton'));
      assert.equal(bank.report.role?.title, 'VP Operations');
      assert.ok(bank.competencyNames.leadership);
      const found = await client.request<FindStoriesResult>('storyCoach/findStories', { text: 'When did you have to let someone go from your team?' });
      assert.equal(found.matches[0]?.story, 'people.story#letting-a-long-serving-supervisor-go');
      assert.equal(found.gap, false);
    });
  });

  describe('in the role file', () => {
    async function openRole(options: LspClientOptions = {}): Promise<{ client: LspTestClient; root: string; roleUri: string }> {
      const started = await start(options);
      const roleUri = uriOf(started.root, ROLE);
      await started.client.notify('textDocument/didOpen', { textDocument: { uri: roleUri, languageId: 'role', version: 1, text: fs.readFileSync(path.join(started.root, ROLE), 'utf8') } });
      return { ...started, roleUri };
    }

    /** The best story for the requirement on a 0-based line of the role, as the bank ranks it. */
    async function bestFor(client: LspTestClient, line: number): Promise<{ path: string; line: number; title: string }> {
      const { report } = await client.request<BankResult>('storyCoach/bank', {});
      const best = report.role?.requirements.find((requirement) => requirement.line === line + 1)?.matches[0];
      const story = report.stories.find((candidate) => candidate.id === best?.story);
      assert.ok(story, `a best story for line ${line}`);
      return story;
    }

    it('hovers a requirement with the stories that cover it, as links, and goes to the best one', async () => {
      const { client, root, roleUri } = await openRole();
      const best = await bestFor(client, TEAM_LINE);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: roleUri }, position: { line: TEAM_LINE, character: 5 } });
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /\*\*Covered\*\*/);
      assert.ok(value.includes(`](${uriOf(root, best.path)}#L${best.line})`), value);
      const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri: roleUri }, position: { line: TEAM_LINE, character: 5 } });
      assert.equal(definition.uri, uriOf(root, best.path));
      assert.equal(definition.range.start.line, best.line - 1);
      const gap = await client.request<Hover>('textDocument/hover', { textDocument: { uri: roleUri }, position: { line: AUTOMATION_LINE, character: 5 } });
      assert.match((gap.contents as { value: string }).value, /Not covered yet/);
      assert.equal(await client.request('textDocument/definition', { textDocument: { uri: roleUri }, position: { line: AUTOMATION_LINE, character: 5 } }), null);
      // Boilerplate is no requirement: nothing to say about the benefits.
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: roleUri }, position: { line: 32, character: 5 } }), null);
    });

    it('puts a lens on each requirement, and one on each story saying how many requirements it fits', async () => {
      const { client, root, roleUri } = await openRole();
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: roleUri } });
      const automation = lenses.find((lens) => lens.range.start.line === AUTOMATION_LINE);
      assert.equal(automation?.command?.title, 'No story covers this yet — write one');
      const best = await bestFor(client, TEAM_LINE);
      assert.ok(lenses.find((lens) => lens.range.start.line === TEAM_LINE)?.command?.title?.startsWith(`Covered by ${best.title}`));
      const storyUri = uriOf(root, 'people.story');
      await client.open(storyUri, fs.readFileSync(path.join(root, 'people.story'), 'utf8'));
      const storyLenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: storyUri } });
      const fits = storyLenses.filter((lens) => /^fits \d+ of \d+ requirements of VP Operations$/.test(lens.command?.title ?? ''));
      assert.deepEqual(fits.map((lens) => lens.range.start.line), [0, 23, 45]);
    });

    it('offers "New story for this requirement": a new story file with Competencies filled, never an existing file', async () => {
      const { client, root, roleUri } = await openRole({ capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } } });
      const role = await published(client, roleUri, (diagnostics) => codes(diagnostics).includes('role-uncovered'), 'role-uncovered');
      const diagnostic = role.find((candidate) => candidate.code === 'role-uncovered' && candidate.range.start.line === AUTOMATION_LINE) as Diagnostic;
      // A file with the name the fix would take already exists: the fix must pick another.
      fs.writeFileSync(path.join(root, 'set-the-five-year-automation-strategy.story'), '# Mine\n');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: roleUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const fix = actions.find((action) => action.title === 'New story for this requirement');
      assert.ok(fix?.edit?.documentChanges, `the fix; got ${actions.map((action) => action.title)}`);
      const [create, insert] = fix.edit.documentChanges as [CreateFile, TextDocumentEdit];
      assert.equal(create.kind, 'create');
      assert.equal(create.options?.overwrite, false);
      assert.equal(create.uri, uriOf(root, 'set-the-five-year-automation-strategy-2.story'));
      assert.equal(insert.textDocument.uri, create.uri);
      const text = (insert.edits[0] as { newText: string }).newText;
      assert.match(text, /^# Set the five-year automation strategy for our warehouses\n/);
      assert.match(text, /^Competencies: \S.*$/m);
      assert.match(text, /^## Action$/m);

      // The lens runs the same as a command, through workspace/applyEdit.
      await client.request('workspace/executeCommand', { command: 'storyCoach.server.newStoryForRequirement', arguments: [roleUri, AUTOMATION_LINE + 1] });
      const applied = client.messagesOf('workspace/applyEdit').map((message) => message.params as ApplyWorkspaceEditParams);
      assert.equal(applied.length, 1);
      assert.equal((applied[0].edit.documentChanges?.[0] as CreateFile).uri, create.uri);
    });

    it('offers no file-creating fix to a client that cannot create files', async () => {
      const { client, roleUri } = await openRole();
      const role = await published(client, roleUri, (diagnostics) => codes(diagnostics).includes('role-uncovered'), 'role-uncovered');
      const diagnostic = role.find((candidate) => candidate.code === 'role-uncovered') as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: roleUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      assert.deepEqual(actions, []);
    });
  });

  describe('an index that follows the disk', () => {
    async function stories(client: LspTestClient): Promise<string[]> {
      const bank = await client.request<BankResult>('storyCoach/bank', {});
      return bank.report.stories.map((story) => story.id);
    }
    const event = (root: string, relative: string, type: 1 | 2 | 3) => ({ uri: uriOf(root, relative), type });
    async function waitForStories(client: LspTestClient, accept: (ids: string[]) => boolean, what: string): Promise<void> {
      for (let tries = 0; tries < 100; tries++) {
        if (accept(await stories(client))) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.fail(`timed out waiting for ${what}: ${(await stories(client)).join(' ')}`);
    }

    it('adds, changes and removes stories as files appear, change, are renamed and vanish, folders included', async () => {
      const { client, root } = await start();
      assert.equal((await stories(client)).length, 14);
      fs.writeFileSync(path.join(root, 'new.story'), '# A new story\nKind: failure\n\n## Situation\nIt went wrong.\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [event(root, 'new.story', 1)] });
      assert.ok((await stories(client)).includes('new.story#a-new-story'));
      fs.renameSync(path.join(root, 'new.story'), path.join(root, 'renamed.story'));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [event(root, 'new.story', 3), event(root, 'renamed.story', 1)] });
      const renamed = await stories(client);
      assert.ok(renamed.includes('renamed.story#a-new-story') && !renamed.includes('new.story#a-new-story'));
      // A folder deleted is one event, for the folder.
      fs.rmSync(path.join(root, 'drafts'), { recursive: true });
      await client.notify('workspace/didChangeWatchedFiles', { changes: [event(root, 'drafts', 3)] });
      const after = await stories(client);
      assert.ok(!after.some((id) => id.startsWith('drafts/')), 'the drafts folder\'s story is gone');
      assert.equal(after.length, 14);
    });

    it('watches the folder itself for a client that cannot watch files: new and deleted stories follow', async () => {
      const { client, root } = await start();
      assert.equal((await stories(client)).length, 14);
      fs.writeFileSync(path.join(root, 'drafts', 'written-elsewhere.story'), '# Written in another editor\nKind: achievement\n');
      await waitForStories(client, (ids) => ids.includes('drafts/written-elsewhere.story#written-in-another-editor'), 'the new story');
      fs.rmSync(path.join(root, 'drafts'), { recursive: true });
      await waitForStories(client, (ids) => !ids.some((id) => id.startsWith('drafts/')), 'the deleted folder\'s stories gone');
    });

    it('skips binary, mis-encoded and vanished files with a message, never a crash', async () => {
      const root = copyBank();
      roots.push(root);
      fs.writeFileSync(path.join(root, 'binary.story'), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]));
      fs.writeFileSync(path.join(root, 'latin1.story'), Buffer.from('# Caf\xe9 story\n', 'latin1'));
      fs.mkdirSync(path.join(root, 'folder.story'));
      const client = await LspTestClient.initialized({ warm: false, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bank' }] });
      clients.push(client);
      assert.equal((await stories(client)).length, 14);
      // An event for a file that is gone by the time it is read.
      await client.notify('workspace/didChangeWatchedFiles', { changes: [event(root, 'ghost.story', 1)] });
      assert.equal((await stories(client)).length, 14);
      const logged = client.messagesOf('window/logMessage').map((message) => (message.params as { message: string }).message).join('\n');
      assert.match(logged, /binary\.story is left out of the story bank: binary/);
      assert.match(logged, /latin1\.story is left out of the story bank: not valid UTF-8/);
      assert.equal(client.child.exitCode, null, 'the server is still running');
    });

    it('a large folder is read on worker threads: the same records as the engine derives, unreadable files skipped', async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-bank-many-'));
      roots.push(root);
      const files: { path: string; text: string }[] = [];
      const verbs = ['rebuilt', 'negotiated', 'hired', 'cut', 'migrated', 'coached'];
      const things = ['the billing platform', 'a supplier contract', 'a team of 12 engineers', 'our cloud costs', 'the warehouse rota', 'a new manager'];
      for (let index = 0; index < 70; index++) {
        const folder = `group-${index % 4}`;
        const text = [
          `# Story ${index}: ${verbs[index % 6]} ${things[(index * 5) % 6]}`,
          `Kind: ${index % 3 === 0 ? 'failure' : 'achievement'}`,
          ...(index % 2 === 0 ? ['Competencies: leadership, execution'] : []),
          '',
          '## Situation',
          `We were kind of behind on ${things[index % 6]} and the vendor kept missing dates.`,
          '## Action',
          `I ${verbs[index % 6]} ${things[(index + 1) % 6]} and met the team every week for ${index + 2} weeks.`,
          '## Result',
          index % 2 === 0 ? `Costs fell by ${index + 3}% in a quarter.` : 'It went really well.',
          ...(index % 3 === 0 ? ['## Lessons', 'I learned to agree the plan in writing first.'] : []),
          '',
        ].join('\n');
        fs.mkdirSync(path.join(root, folder), { recursive: true });
        fs.writeFileSync(path.join(root, folder, `story-${index}.story`), text);
        files.push({ path: `${folder}/story-${index}.story`, text });
      }
      fs.writeFileSync(path.join(root, 'group-0', 'binary.story'), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]));
      const client = await LspTestClient.initialized({ warm: false, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'many' }] });
      clients.push(client);
      const served = (await client.request<BankResult>('storyCoach/bank', {})).report.stories;
      // Stories not open are linted without grammar (their findings are only counted).
      const expected = buildBank({ root, today: '2026-11-29', files, options: { engine: { grammar: false } } }).stories;
      const essentials = (stories: typeof served) =>
        stories.map((story) => ({ id: story.id, kind: story.kind, competencies: story.competencies, words: story.words, findings: story.findings, figures: story.figures, byGuideline: story.findingsByGuideline }));
      assert.equal(served.length, 70);
      assert.deepEqual(essentials(served), essentials(expected));
      const logged = client.messagesOf('window/logMessage').map((message) => (message.params as { message: string }).message).join('\n');
      assert.match(logged, /binary\.story is left out of the story bank: binary/);
      assert.match(logged, /read 71 stories of .* \(\d worker threads?\)/);
    });

    it('takes Markdown stories through storyFiles globs, and no other Markdown', async () => {
      const root = copyBank();
      roots.push(root);
      fs.mkdirSync(path.join(root, 'notes'));
      fs.writeFileSync(path.join(root, 'notes', 'warehouse.md'), '# Moving the warehouse overnight\nKind: achievement\n\n## Result\nWe moved 40,000 parcels in one night.\n');
      fs.writeFileSync(path.join(root, 'README.md'), '# Not a story\n');
      const config = JSON.parse(fs.readFileSync(path.join(root, '.storycoach.json'), 'utf8'));
      fs.writeFileSync(path.join(root, '.storycoach.json'), JSON.stringify({ ...config, storyFiles: ['notes/**/*.md'] }));
      const client = await LspTestClient.initialized({ warm: false, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bank' }] });
      clients.push(client);
      const ids = await stories(client);
      assert.ok(ids.includes('notes/warehouse.md#moving-the-warehouse-overnight'), ids.join(' '));
      assert.ok(!ids.some((id) => id.startsWith('README.md')));
    });
  });
});
