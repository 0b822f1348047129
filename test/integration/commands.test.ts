import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { actionTitled, applyAction, codeActions, documentSymbols } from './support/providers';
import { hasRule, ruleOf, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, fixtureText, openFixture, openUntitledStory, REPO_ROOT } from './support/workspace';

interface WalkthroughStep {
  readonly id: string;
  readonly description: string;
  readonly media: { readonly markdown?: string };
}

/** Labels of every open tab: the Markdown preview of a rule page is a webview tab "Preview <page>". */
function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
}

function waitForPreview(page: string): Promise<string[]> {
  return waitFor(`a Markdown preview of ${page}`, tabLabels, (labels) => labels.some((label) => label.includes(page) && /preview/i.test(label)));
}

describe('Commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('declares every command it registers', async () => {
    const registered = await vscode.commands.getCommands(true);
    for (const command of ['storyCoach.newStory', 'storyCoach.fixAll', 'storyCoach.showRuleDocumentation', 'storyCoach.restartServer']) {
      assert.ok(registered.includes(command), command);
    }
  });

  it('New Story opens an untitled story from the STAR template', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('storyCoach.newStory', 'STAR achievement');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && uri && editor.document.uri.toString() === uri.toString(), 'the new story is the active editor');
    assert.equal(editor.document.languageId, 'story');
    assert.equal(editor.document.isUntitled, true);
    assert.ok(editor.document.getText().startsWith('# Short title the interviewer will remember\nKind: achievement\n'));
    // The snippet is live: the first placeholder (the title) is selected for typing over.
    assert.equal(editor.document.getText(editor.selection), 'Short title the interviewer will remember');
    const symbols = await waitFor('the new story outline', () => documentSymbols(editor.document.uri), (found) => found[0]?.children.length === 4);
    assert.deepEqual(symbols[0].children.map((section) => section.name), ['Situation', 'Task', 'Action', 'Result']);
  });

  it('Fix All applies every safe fix to the active story', async () => {
    const { document } = await openUntitledStory(fixtureText('typos.story'));
    await waitForDiagnostics(document.uri, hasRule('unknown-directive'));
    assert.equal(await vscode.commands.executeCommand('storyCoach.fixAll'), true);
    assert.equal(document.lineAt(1).text, 'Kind: achievement');
    assert.equal(document.lineAt(13).text, '## Result');
    assert.equal(document.lineAt(16).text, '<!-- story-coach-disable-next-line hedging -->');
    await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d).startsWith('unknown-')), 'the format findings to go');
  });

  it('Show Rule Documentation opens the rule page rendered', async () => {
    assert.equal(await vscode.commands.executeCommand('storyCoach.showRuleDocumentation', 'vague-claim'), true);
    await waitForPreview('vague-claim.md');
  });

  it('the "Show documentation" code action opens the rule page through the server', async () => {
    const { document } = await openFixture('weak-draft.story');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('boastful'));
    const boastful = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'boastful');
    assert.ok(boastful);
    const actions = await codeActions(document.uri, boastful.range, vscode.CodeActionKind.QuickFix.value);
    await applyAction(actionTitled(actions, 'Show documentation for boastful'));
    await waitForPreview('boastful.md');
  });

  it('the walkthrough opens, and each step has its page and working command links', async () => {
    const extension = await activateExtension();
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Array<{ id: string; steps: WalkthroughStep[] }>;
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['createStory', 'seeDiagnostic', 'applyFix', 'readHover', 'openSettings']);
    const registered = new Set(await vscode.commands.getCommands());
    for (const step of walkthrough.steps) {
      assert.ok(step.media.markdown && fs.existsSync(path.join(REPO_ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} exists`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(registered.has(command), `${step.id}: command ${command} exists`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.id}#${walkthrough.id}`, false);
    await waitFor('the walkthrough page', tabLabels, (labels) => labels.some((label) => /welcome|walkthrough|get started/i.test(label)));
  });

  it('Restart Server brings the language server back', async () => {
    await vscode.commands.executeCommand('storyCoach.restartServer');
    const { document } = await openUntitledStory(fixtureText('weak-draft.story'));
    await waitForDiagnostics(document.uri, hasRule('hedging'));
  });
});
