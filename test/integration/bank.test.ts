// The story bank in VS Code: the Story Bank view (its tree data, not pixels) with its gaps and live
// updates, the Find a Story command, and the role file's diagnostics, code lenses and quick fix.
// The bank fixture is copied into the workspace for this suite and removed after it, so the file
// watcher brings it in and takes it out again like any files a user adds.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BankNode } from '../../client/src/bank/bank-tree-model';
import type { StoryCoachApi } from '../../client/src/extension';
import { actionTitled, codeActions, codeLenses } from './support/providers';
import { hasRule, ruleOf, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, FIXTURES, REPO_ROOT } from './support/workspace';

const SOURCE = path.join(REPO_ROOT, 'test', 'fixtures', 'bank');
const FOLDER = 'bank-under-test';
const BANK = path.join(FIXTURES, FOLDER);
const ROLE = path.join(BANK, 'vp-operations.role');
const AUTOMATION = 'Set the five-year automation strategy for our warehouses';

function copyFixture(): void {
  fs.mkdirSync(path.join(BANK, 'drafts'), { recursive: true });
  for (const name of fs.readdirSync(SOURCE, { recursive: true }) as string[]) {
    const from = path.join(SOURCE, name);
    if (name === '.storycoach.json' || fs.statSync(from).isDirectory()) continue;
    fs.copyFileSync(from, path.join(BANK, name));
  }
}

describe('The story bank in VS Code', function () {
  this.timeout(60_000);
  let api: StoryCoachApi;
  const tree = () => api.bankTree;
  const roots = (): BankNode[] => tree().getChildren();
  const group = (id: string): BankNode | undefined => roots().find((node) => node.id === id);

  before(async () => {
    api = (await activateExtension()).exports as StoryCoachApi;
    copyFixture();
    await waitFor('the copied bank in the Story Bank view', () => tree().bank, (bank) => bank?.report.role?.title === 'VP Operations' && bank.report.stories.filter((story) => story.path.startsWith(FOLDER)).length === 14, 30_000);
  });

  after(async () => {
    await closeAllEditors();
    fs.rmSync(BANK, { recursive: true, force: true });
    // The other suites expect a workspace without a target role.
    await waitFor('the bank without the copied files', () => tree().bank, (bank) => bank !== null && bank.report.role === null && !bank.report.stories.some((story) => story.path.startsWith(FOLDER)), 30_000);
  });

  it('shows the role\'s requirements, competencies, questions and kinds, with gap icons', () => {
    assert.deepEqual(roots().map((node) => node.id), ['role', 'competencies', 'questions', 'kinds']);
    const role = group('role') as BankNode;
    assert.equal(role.label, 'VP Operations');
    const requirements = tree().getChildren(role);
    const automation = requirements.find((node) => node.label === AUTOMATION);
    assert.ok(automation?.gap, 'the automation requirement is a gap');
    const item = tree().getTreeItem(automation);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'warning', 'a warning icon on the gap');
    const covered = requirements.find((node) => !node.gap) as BankNode;
    const coveredItem = tree().getTreeItem(covered);
    assert.ok(coveredItem.iconPath instanceof vscode.ThemeIcon && coveredItem.iconPath.id === 'pass');
    assert.ok(tree().getChildren(covered).length > 0, 'stories under a covered requirement');
    const kinds = tree().getChildren(group('kinds'));
    assert.ok(kinds.some((node) => node.label === 'failure' && Number(node.description) >= 2));
  });

  it('opens a story at its title when its node is clicked', async () => {
    const kinds = tree().getChildren(group('kinds'));
    const failures = tree().getChildren(kinds.find((node) => node.label === 'failure'));
    const leeds = failures.find((node) => node.label === 'Missing the Leeds opening date') as BankNode;
    const command = tree().getTreeItem(leeds).command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the story open', () => vscode.window.activeTextEditor, (active) => active?.document.uri.fsPath === path.join(BANK, 'failures.story'));
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '# Missing the Leeds opening date');
  });

  it('updates after an edit: a new requirement in the role appears as a gap, then goes when undone', async () => {
    const document = await vscode.workspace.openTextDocument(ROLE);
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('- Open new sites'));
    const requirement = 'Speak fluent Klingon at every board meeting';
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), `- ${requirement}\n`));
    const added = await waitFor('the new requirement in the view', () => tree().getChildren(group('role')), (nodes) => nodes.some((node) => node.label === requirement));
    assert.ok(added.find((node) => node.label === requirement)?.gap, 'no story covers it: a gap');
    await vscode.commands.executeCommand('undo');
    await waitFor('the requirement gone', () => tree().getChildren(group('role')), (nodes) => nodes.length > 0 && !nodes.some((node) => node.label === requirement));
    assert.equal(document.isDirty, false);
  });

  it('Find a Story for a Question: ranks the stories for free text and opens the best', async () => {
    const result = (await vscode.commands.executeCommand('storyCoach.findStoryForQuestion', 'When did you have to let someone go from your team?', 'best')) as { matches: { story: string }[]; opened: string };
    assert.equal(result.opened, `${FOLDER}/people.story#letting-a-long-serving-supervisor-go`);
    assert.ok(result.matches.length > 1);
    const editor = await waitFor('the story open', () => vscode.window.activeTextEditor, (active) => active?.document.uri.fsPath === path.join(BANK, 'people.story'));
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '# Letting a long-serving supervisor go');
  });

  it('Find a Story for a Question: the pickers lead from a listed question to its best story', async () => {
    const bank = tree().bank;
    const first = bank?.report.questions[0];
    const best = bank?.report.stories.find((story) => story.id === first?.matches[0]?.story);
    assert.ok(first && best, 'the first listed question has a story');
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand('storyCoach.findStoryForQuestion')).then((result) => ((done = true), result as { question: string; opened: string }));
    // Accept the highlighted entry of each picker (the first question, then its best story).
    for (let tries = 0; !done && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const result = await running;
    assert.equal(result.question, first.text);
    assert.equal(result.opened, best.id);
  });

  it('reports uncovered requirements in the role file, with lenses and the "New story for this requirement" fix', async () => {
    const document = await vscode.workspace.openTextDocument(ROLE);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('role-uncovered'));
    const uncovered = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'role-uncovered' && document.lineAt(diagnostic.range.start.line).text.includes(AUTOMATION)) as vscode.Diagnostic;
    assert.ok(uncovered, `role-uncovered on the automation line; got ${diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line}`)}`);
    // Nothing of a story's rules on a role file.
    assert.ok(!diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'missing-section'));

    const lenses = await waitFor('requirement lenses', () => codeLenses(document.uri), (found) => found.some((lens) => lens.command?.title.startsWith('Covered by')));
    assert.equal(lenses.find((lens) => lens.range.start.line === uncovered.range.start.line)?.command?.title, 'No story covers this yet — write one');

    const fix = actionTitled(await codeActions(document.uri, uncovered.range), 'New story for this requirement');
    assert.ok(fix.edit, 'the fix is an edit');
    const created = fix.edit.entries().map(([uri]) => uri).find((uri) => uri.path.endsWith('.story')) as vscode.Uri;
    assert.ok(created && !fs.existsSync(created.fsPath), 'a new file, not an existing one');
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const story = await vscode.workspace.openTextDocument(created);
      assert.match(story.getText(), new RegExp(`^# ${AUTOMATION}\\n`));
      assert.match(story.getText(), /^Competencies: \S/m);
      assert.equal(story.languageId, 'story');
    } finally {
      await closeAllEditors();
      fs.rmSync(created.fsPath, { force: true });
    }
  });

  it('reports bank findings on story files nobody opened (workspace diagnostics)', async () => {
    const customers = vscode.Uri.file(path.join(BANK, 'customers.story'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === customers.toString()));
    const diagnostics = await waitFor('bank-overloaded on the closed story', () => vscode.languages.getDiagnostics(customers), (found) => found.some((d) => ruleOf(d) === 'bank-overloaded'));
    assert.equal(diagnostics.find((d) => ruleOf(d) === 'bank-overloaded')?.range.start.line, 0);
  });
});
