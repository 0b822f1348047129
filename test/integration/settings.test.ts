import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeLenses } from './support/providers';
import { hasRule, ruleOf, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, FIXTURES, openFixture } from './support/workspace';

const SETTINGS_FOLDER = path.join(FIXTURES, '.vscode');

describe('Settings', () => {
  let createdSettingsFolder = false;
  before(async () => {
    await activateExtension();
    createdSettingsFolder = !fs.existsSync(SETTINGS_FOLDER);
  });
  after(async () => {
    const config = vscode.workspace.getConfiguration('storyCoach');
    await config.update('rules.hedging', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('wordsPerMinute', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    // Leave the fixture folder as it was in git.
    if (createdSettingsFolder) fs.rmSync(SETTINGS_FOLDER, { recursive: true, force: true });
  });

  it('diagnostics follow a rule severity change without a restart', async () => {
    const { document } = await openFixture('weak-draft.story');
    await waitForDiagnostics(document.uri, hasRule('hedging'));
    const config = vscode.workspace.getConfiguration('storyCoach');

    await config.update('rules.hedging', 'off', vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length > 0 && !hasRule('hedging')(diagnostics), 'hedging to be switched off');
    assert.ok(off.some((diagnostic) => ruleOf(diagnostic) === 'vague-claim'), 'other rules still run');

    await config.update('rules.hedging', 'error', vscode.ConfigurationTarget.Workspace);
    const errors = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((d) => ruleOf(d) === 'hedging' && d.severity === vscode.DiagnosticSeverity.Error), 'hedging as an error');
    assert.equal(errors.filter((diagnostic) => ruleOf(diagnostic) === 'hedging').length, 2);

    await config.update('rules.hedging', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((d) => ruleOf(d) === 'hedging' && d.severity === vscode.DiagnosticSeverity.Warning), 'hedging back to its default');
  });

  it('the code lens follows the speaking pace', async () => {
    const { document } = await openFixture('weak-draft.story');
    await waitForDiagnostics(document.uri, hasRule('hedging'));
    await vscode.workspace.getConfiguration('storyCoach').update('wordsPerMinute', 104, vscode.ConfigurationTarget.Workspace);
    const lenses = await waitFor('the lens at 104 words a minute', () => codeLenses(document.uri), (found) => /^52 words · ~30s of 1m30s target/.test(found[0]?.command?.title ?? ''));
    assert.equal(lenses.filter((lens) => lens.command?.command === '').length, 1);
  });
});
