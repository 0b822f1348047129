import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BankNode } from '../../client/src/bank/bank-tree-model';
import type { StoryCoachApi } from '../../client/src/extension';
import { hoverText } from './support/providers';
import { waitFor } from './support/wait';
import { activateExtension, closeAllEditors, FIXTURES, REPO_ROOT } from './support/workspace';

// What the rehearsal page reports after each change (client/src/webview/rehearsal-messages.ts).
interface PageState {
  readonly storyId: string;
  readonly phase: string;
  readonly current: number;
  readonly title: string;
  readonly opening: string;
  readonly parts: readonly string[];
  readonly timer: string;
  readonly summary: readonly string[];
  readonly status: string;
  /** Counts the page's reports since it loaded: a page rebuilt after being hidden starts again. */
  readonly generation: number;
}

// Our own story, shared with the terminal rehearsal tests.
const STORY = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'practice', 'depot.story'), 'utf8');

const BANK = path.join(FIXTURES, 'rehearsal-bank');
const STORY_FILE = path.join(BANK, 'depot.story');
const LOG_FILE = path.join(BANK, '.storycoach', 'rehearsals.jsonl');

const pageState = async () => vscode.commands.executeCommand<PageState | undefined>('storyCoach.rehearsal.testState');
const press = async (key: string) => assert.equal(await vscode.commands.executeCommand('storyCoach.rehearsal.testKey', key), true, 'a panel is open');
const waitForPage = (what: string, accept: (state: PageState) => boolean) =>
  waitFor(what, pageState, (state) => state !== undefined && accept(state)) as Promise<PageState>;
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Opens the story, puts the cursor in its Action and runs Story Coach: Rehearse Story. */
async function rehearseFromPalette(): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(STORY_FILE));
  const line = editor.document.getText().split('\n').indexOf('## Action') + 1;
  editor.selection = new vscode.Selection(line, 3, line, 3);
  const storyId = await vscode.commands.executeCommand('storyCoach.rehearseStory');
  assert.equal(storyId, 'depot.story#depot-pick-rate-rescue');
  return editor;
}

/** Starts the timer, advances through every part and rates the rehearsal. */
async function tellAndRate(rating: string): Promise<PageState> {
  await waitForPage('the cue card', (state) => state.phase === 'ready' && state.title === 'Depot pick rate rescue');
  await press(' ');
  await waitForPage('the timer to start on the opening', (state) => state.phase === 'running' && state.current === 0);
  await waitForPage('the timer to run', (state) => /^0:0[1-9] \/ 1:30$/.test(state.timer) && /\|0:0[1-9]\|current$/.test(state.parts[0]));
  for (let part = 1; part < 5; part++) {
    await press(part % 2 === 0 ? 'ArrowRight' : 'Enter');
    await waitForPage(`part ${part} to be current`, (state) => state.current === part && state.parts[part].endsWith('|current'));
  }
  await press(' ');
  await waitForPage('the summary and the rating', (state) => state.phase === 'rating' && state.summary.length === 6);
  await press(rating);
  return waitForPage('the rehearsal to be logged', (state) => state.phase === 'done' && state.status.startsWith('Logged'));
}

describe('Rehearsal panel', () => {
  // The web workbench saves after a delay by default (desktop VS Code does not): edits must stay unsaved here.
  const files = () => vscode.workspace.getConfiguration('files');
  before(async () => {
    await activateExtension();
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  after(() => files().update('autoSave', undefined, vscode.ConfigurationTarget.Global));
  beforeEach(() => {
    fs.rmSync(BANK, { recursive: true, force: true });
    fs.mkdirSync(BANK, { recursive: true });
    fs.writeFileSync(path.join(BANK, '.storycoach.json'), '{}\n');
    fs.writeFileSync(STORY_FILE, STORY);
  });
  afterEach(closeAllEditors);
  after(() => fs.rmSync(BANK, { recursive: true, force: true }));

  it('declares Rehearse Story in the command palette', async () => {
    const commands = (vscode.extensions.all.find((extension) => extension.packageJSON?.name === 'story-coach')?.packageJSON.contributes.commands ?? []) as { command: string; title: string }[];
    assert.ok(commands.some((command) => command.command === 'storyCoach.rehearseStory' && command.title === 'Rehearse Story'));
    assert.ok((await vscode.commands.getCommands(true)).includes('storyCoach.rehearseStory'));
  });

  it("offers Rehearse Story in the context menu of the Story Bank view's stories, and rehearses the story of the item", async () => {
    const extension = await activateExtension();
    const entries = ((extension.packageJSON.contributes.menus['view/item/context'] ?? []) as { command: string; when: string; group?: string }[]).filter(
      (entry) => entry.command === 'storyCoach.rehearseStory',
    );
    assert.ok(entries.some((entry) => entry.group !== 'inline'), 'in the context menu, not only as an inline button');
    const tree = (extension.exports as StoryCoachApi).bankTree;
    const node = await waitFor(
      'the story in the Story Bank view',
      () => tree.getChildren(tree.getChildren().find((group) => group.id === 'kinds')).flatMap((kind) => tree.getChildren(kind)),
      (stories) => stories.some((story) => story.story?.uri.endsWith('/rehearsal-bank/depot.story')),
    ).then((stories) => stories.find((story) => story.story?.uri.endsWith('/rehearsal-bank/depot.story')) as BankNode);
    // The menu's when clause names this view and the context value VS Code gives the story's item.
    const contextValue = tree.getTreeItem(node).contextValue;
    for (const entry of entries) assert.equal(entry.when, `view == storyCoach.bank && viewItem == ${contextValue}`);

    // VS Code runs a view item's menu command with the item's node (and the selection): no editor involved.
    await closeAllEditors();
    assert.equal(vscode.window.activeTextEditor, undefined);
    assert.equal(await vscode.commands.executeCommand('storyCoach.rehearseStory', node, [node]), 'depot.story#depot-pick-rate-rescue');
    const state = await waitForPage('the cue card', (page) => page.title === 'Depot pick rate rescue');
    assert.equal(state.storyId, 'depot.story#depot-pick-rate-rescue');
    assert.equal(state.phase, 'ready');
  });

  it('opens on a story and shows its cue card; the code lens offers it with the record', async () => {
    const editor = await rehearseFromPalette();
    const state = await waitForPage('the cue card', (page) => page.title === 'Depot pick rate rescue');
    assert.equal(state.phase, 'ready');
    assert.equal(state.opening, 'Our busiest depot kept shipping late on Fridays.');
    assert.deepEqual(
      state.parts.map((part) => part.split('|').slice(0, 3)),
      [
        ['Opening', 'Our busiest depot kept shipping late on…', ''],
        ['Situation', 'In spring 2022 the north depot missed…', '31%'],
        ['Task', 'I had to fix the pick rate…', ''],
        ['Action', 'I moved the 200 fastest-selling items next…', '200 · six'],
        ['Result', 'Missed cut-offs fell to 4% within eight…', '4% · eight weeks'],
      ],
    );
    const lenses = await waitFor(
      'the Rehearse code lens',
      async () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10),
      (found) => (found ?? []).some((lens) => lens.command?.command === 'storyCoach.rehearseStory'),
    );
    const titles = lenses.filter((lens) => lens.command?.command === 'storyCoach.rehearseStory').map((lens) => lens.command?.title);
    assert.deepEqual(titles, ['▶ Rehearse', 'never rehearsed · due today']);
  });

  it('advances through the sections, logs the rehearsal and adds today to Rehearsed: as an undoable edit', async () => {
    const editor = await rehearseFromPalette();
    const done = await tellAndRate('3');
    assert.match(done.summary[0], /of a 1m30s target/);
    assert.match(done.status, /^Logged\. Now rehearsed 1× · last today · due \w+\.$/);

    const lines = fs.readFileSync(LOG_FILE, 'utf8').split('\n').filter((line) => line !== '');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]);
    assert.equal(entry.story, 'depot.story#depot-pick-rate-rescue');
    assert.equal(entry.rating, 'good');
    assert.deepEqual(Object.keys(entry.sections), ['intro', 'situation', 'task', 'action', 'result']);
    assert.equal(entry.at.slice(0, 10), today());

    const document = editor.document;
    await waitFor('the date in Rehearsed:', () => document.getText(), (text) => text.includes(`Target: 1m30s\nRehearsed: ${today()}\n`));
    assert.equal(document.isDirty, true, 'an edit to the open document, not a write to the file');
    assert.equal(fs.readFileSync(STORY_FILE, 'utf8'), STORY);
    // The hover on Rehearsed: summarises the history from the log.
    const hover = await waitFor('the rehearsal history in the hover', () => hoverText(document.uri, new vscode.Position(3, 3)), (text) => text.includes('Rehearsed 1×'));
    assert.match(hover, /- \d{4}-\d\d-\d\d: \d+s \(good\)/);
    assert.match(hover, /1 of 1 within the 1m30s target\./);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), STORY, 'undo takes the date out again');
  });

  it('keeps the rehearsal going when the panel is hidden and shown again', async () => {
    const editor = await rehearseFromPalette();
    await waitForPage('the cue card', (state) => state.phase === 'ready');
    await press(' ');
    await press('Enter');
    const before = await waitForPage('the Situation to be current', (state) => state.phase === 'running' && state.current === 1);
    // The story in the panel's column hides the panel: VS Code drops a hidden webview's page.
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.Two);
    await vscode.commands.executeCommand('storyCoach.rehearseStory', editor.document.uri, 0);
    const after = await waitForPage('the page rebuilt, mid-rehearsal', (state) => state.generation < before.generation && state.phase === 'running');
    assert.equal(after.current, 1);
    assert.match(after.parts[0], /\|0:0\d\|done$/);
    assert.ok(after.timer >= before.timer, `${after.timer} after ${before.timer}`);
  });

  it('with unsaved edits in the story, logging keeps them', async () => {
    const editor = await rehearseFromPalette();
    await waitForPage('the cue card', (state) => state.title === 'Depot pick rate rescue');
    const resultLine = editor.document.getText().split('\n').indexOf('Missed cut-offs fell to 4% within eight weeks.');
    await editor.edit((builder) => builder.insert(new vscode.Position(resultLine, editor.document.lineAt(resultLine).text.length), ' Both clients renewed.'));
    assert.equal(editor.document.isDirty, true);
    await tellAndRate('e');
    assert.equal(editor.document.isDirty, true);

    const document = editor.document;
    const text = await waitFor('the date in Rehearsed:', () => document.getText(), (current) => current.includes(`Rehearsed: ${today()}`));
    assert.ok(text.includes('Missed cut-offs fell to 4% within eight weeks. Both clients renewed.'), 'the unsaved edit is still there');
    assert.equal(fs.readFileSync(STORY_FILE, 'utf8'), STORY, 'nothing was written under the unsaved edit');
    assert.equal(JSON.parse(fs.readFileSync(LOG_FILE, 'utf8')).rating, 'easy');
  });
});
