import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hasRule, ruleOf, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, FIXTURES } from './support/workspace';

/** A folder of the test workspace with its own .storycoach.json, made for this suite and removed after. */
const FOLDER = path.join(FIXTURES, 'configured');
const CONFIG = path.join(FOLDER, '.storycoach.json');
const SETTINGS_FOLDER = path.join(FIXTURES, '.vscode');

describe('Settings file (.storycoach.json)', () => {
  let story: vscode.Uri;
  let createdSettingsFolder = false;
  before(async () => {
    await activateExtension();
    createdSettingsFolder = !fs.existsSync(SETTINGS_FOLDER);
    fs.mkdirSync(FOLDER, { recursive: true });
    fs.writeFileSync(CONFIG, JSON.stringify({ rules: { hedging: 'off' } }));
    fs.copyFileSync(path.join(FIXTURES, 'weak-draft.story'), path.join(FOLDER, 'weak-draft.story'));
    story = vscode.Uri.file(path.join(FOLDER, 'weak-draft.story'));
  });
  after(async () => {
    await vscode.workspace.getConfiguration('storyCoach').update('rules.hedging', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    // Leave the fixture folder as it was in git.
    fs.rmSync(FOLDER, { recursive: true, force: true });
    if (createdSettingsFolder) fs.rmSync(SETTINGS_FOLDER, { recursive: true, force: true });
  });

  it('turns hedging off as the command line does, and a change to the file applies without a restart', async () => {
    fs.writeFileSync(CONFIG, JSON.stringify({ rules: { hedging: 'off' } }));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(story));
    // The positive signal first: findings of other rules have arrived, and hedging is not among them.
    const off = await waitForDiagnostics(story, hasRule('vague-claim'), 'the first findings');
    assert.ok(!hasRule('hedging')(off), 'hedging is off in .storycoach.json');

    fs.writeFileSync(CONFIG, JSON.stringify({ rules: { hedging: 'error' } }));
    const errors = await waitForDiagnostics(story, (d) => d.some((x) => ruleOf(x) === 'hedging' && x.severity === vscode.DiagnosticSeverity.Error), 'hedging as an error from the edited file');
    assert.ok(hasRule('vague-claim')(errors));
  });

  it('a workspace setting the user set lies over the file; removing it gives the file back', async () => {
    fs.writeFileSync(CONFIG, JSON.stringify({ rules: { hedging: 'error' } }));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(story));
    await waitForDiagnostics(story, (d) => d.some((x) => ruleOf(x) === 'hedging' && x.severity === vscode.DiagnosticSeverity.Error), 'the file\'s severity');
    const config = vscode.workspace.getConfiguration('storyCoach');
    await config.update('rules.hedging', 'hint', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(story, (d) => d.some((x) => ruleOf(x) === 'hedging' && x.severity === vscode.DiagnosticSeverity.Hint), 'the workspace setting');
    await config.update('rules.hedging', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(story, (d) => d.some((x) => ruleOf(x) === 'hedging' && x.severity === vscode.DiagnosticSeverity.Error), 'the file again');
  });
});
