// The dashboard and interview-sheet webviews in a real VS Code: they open and draw the bank the
// language server sends (storyCoach/bank), follow an edit (storyCoach/bankChanged), and clicks lead to
// the right place. The webview reports what it drew through a test-hook command (positive signals).
// The dashboard fixture bank is copied into the workspace for this suite and removed after it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './support/wait';
import { activateExtension, closeAllEditors, FIXTURES, REPO_ROOT } from './support/workspace';

const SOURCE = path.join(REPO_ROOT, 'test', 'fixtures', 'dashboard-bank');
const FOLDER = 'dashboard-under-test';
const BANK = path.join(FIXTURES, FOLDER);
const PROBE = `<img src=x onerror=alert(1)> & "quotes" 'too'`;

interface Rendered {
  readonly view: 'dashboard' | 'sheet';
  readonly titles: readonly string[];
  readonly charts: number;
  readonly gaps: readonly string[];
  readonly generation: number;
}

/** The next render of a view after `after` (the webview posts one after each draw). */
function nextRender(kind: 'dashboard' | 'sheet', after = 0): Promise<Rendered> {
  return vscode.commands.executeCommand<Rendered>('storyCoach.test.viewState', kind, after) as Promise<Rendered>;
}

/** Renders until one passes `accept` (each refresh from the server is a new render). */
async function renderWhere(kind: 'dashboard' | 'sheet', accept: (state: Rendered) => boolean, what: string): Promise<Rendered> {
  const deadline = Date.now() + 30_000;
  let state = await nextRender(kind);
  while (!accept(state)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the ${kind} to show ${what}; last: ${JSON.stringify(state).slice(0, 400)}`);
    state = await nextRender(kind, state.generation);
  }
  return state;
}

function copyFixture(): void {
  fs.mkdirSync(path.join(BANK, '.storycoach'), { recursive: true });
  for (const name of fs.readdirSync(SOURCE, { recursive: true }) as string[]) {
    const from = path.join(SOURCE, name);
    if (!fs.statSync(from).isDirectory()) fs.copyFileSync(from, path.join(BANK, name));
  }
}

describe('Dashboard and interview sheet', function () {
  this.timeout(90_000);

  before(async () => {
    await activateExtension();
    copyFixture();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(BANK, { recursive: true, force: true });
  });

  it('opens and draws the bank the language server sends', async () => {
    // A story in the first column: the dashboard opens beside it and stays in sight while stories open.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(path.join(BANK, 'operations.story')), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('storyCoach.openDashboard');
    const state = await renderWhere('dashboard', (rendered) => rendered.titles.includes('Warehouse consolidation under budget') && rendered.titles.includes(PROBE), 'the fixture bank');
    assert.ok(state.charts >= 4, `${state.charts} charts`);
    for (const title of ['The forecast I trusted too much', 'Running the food bank sorting day', 'Two shift leads who would not talk']) assert.ok(state.titles.includes(title), title);
    assert.ok(state.gaps.length > 0, 'the question map has gaps');
  });

  it('updates after a story edit, before it is saved', async () => {
    const document = await vscode.workspace.openTextDocument(path.join(BANK, 'personal.story'));
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(0).range, '# Running the food bank sorting day, rewritten');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const state = await renderWhere('dashboard', (rendered) => rendered.titles.includes('Running the food bank sorting day, rewritten'), 'the edited title');
    assert.ok(!state.titles.includes('Running the food bank sorting day'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await renderWhere('dashboard', (rendered) => rendered.titles.includes('Running the food bank sorting day'), 'the reverted title');
  });

  it('clicking a story opens it at its title line', async () => {
    const id = `${FOLDER}/people.story#safety-incidents-down-by-half`;
    const found = await vscode.commands.executeCommand<boolean>('storyCoach.test.clickInView', 'dashboard', `.stories a.story-title[data-story="${id}"]`);
    assert.equal(found, true, 'the story link is on the page');
    const editor = await waitFor('the story open', () => vscode.window.activeTextEditor, (active) => active?.document.uri.fsPath === path.join(BANK, 'people.story'));
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '# Safety incidents down by half');
  });

  it('clicking a heat-map cell opens its story', async () => {
    const id = `${FOLDER}/failures.story#the-forecast-i-trusted-too-much`;
    const found = await vscode.commands.executeCommand<boolean>('storyCoach.test.clickInView', 'dashboard', `.heat-map rect.mark[data-story="${id}"]`);
    assert.equal(found, true, 'a cell for the story is on the page');
    const editor = await waitFor('the story open', () => vscode.window.activeTextEditor, (active) => active?.document.uri.fsPath === path.join(BANK, 'failures.story'));
    assert.equal(editor?.selection.active.line, 0);
  });

  it('clicking "write a story for this" on a gap opens a new story for that question, writing nothing to disk', async () => {
    const state = await nextRender('dashboard');
    const question = state.gaps[0];
    const before = new Set(fs.readdirSync(FIXTURES, { recursive: true }) as string[]);
    const found = await vscode.commands.executeCommand<boolean>('storyCoach.test.clickInView', 'dashboard', '[data-write]');
    assert.equal(found, true);
    const editor = await waitFor('the new story', () => vscode.window.activeTextEditor, (active) => active?.document.isUntitled === true && active.document.getText().includes(`Question: ${question}`));
    const document = editor!.document;
    assert.equal(document.languageId, 'story');
    assert.match(path.basename(document.uri.path), /\.story$/);
    assert.match(document.getText(), /^# .+\nKind: (achievement|failure|challenge)\n/);
    assert.match(document.getText(), /^## Situation$/m);
    assert.deepEqual(new Set(fs.readdirSync(FIXTURES, { recursive: true }) as string[]), before, 'nothing written');
  });

  it('comes back with the bank after being hidden behind an editor', async () => {
    const before = await nextRender('dashboard');
    const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.label === 'Story Bank Dashboard');
    assert.ok(tab, 'the dashboard tab');
    // A story opened in the dashboard's own group hides it (its page is unloaded: no retained context).
    const column = tab.group.viewColumn;
    const activeInColumn = () => vscode.window.tabGroups.all.find((group) => group.viewColumn === column)?.activeTab?.label;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(path.join(BANK, 'personal.story')), column);
    await waitFor('the dashboard hidden', activeInColumn, (label) => label === 'personal.story');
    await vscode.commands.executeCommand('storyCoach.openDashboard');
    const state = await renderWhere('dashboard', (rendered) => rendered.generation > before.generation && rendered.titles.includes('Warehouse consolidation under budget'), 'the bank again');
    assert.ok(state.charts >= 4);
  });

  it('the interview sheet opens with the stories most relevant to the role', async () => {
    await vscode.commands.executeCommand('storyCoach.openInterviewSheet');
    const state = await renderWhere('sheet', (rendered) => rendered.titles.includes('Warehouse consolidation under budget'), 'the fixture bank');
    assert.ok(state.titles.length > 0 && state.titles.length <= 8, `${state.titles.length} stories on the sheet`);
  });
});
