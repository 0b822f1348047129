import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionLabels, documentSymbols } from './support/providers';
import { hasRule, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, openFixture, openUntitledStory } from './support/workspace';

const DRAFT = [
  '# Draft',
  'Kind: ',
  'Competencies: leadership, ',
  '',
  '## ',
  'Res',
  '<!-- story-coach-disable hedging, ',
  '',
].join('\n');

function includesAll(labels: readonly string[], expected: readonly string[]): void {
  for (const label of expected) assert.ok(labels.includes(label), `"${label}" in ${JSON.stringify(labels)}`);
}

describe('Completion', () => {
  let uri: vscode.Uri;
  before(async () => {
    await activateExtension();
    // Open first, so its competencies count as "already used in your stories".
    const used = await openFixture('two-stories.story');
    await waitForDiagnostics(used.document.uri, hasRule('speaking-time'));
    uri = (await openUntitledStory(DRAFT)).document.uri;
    // Completion answers from the server's copy of the text: wait until the server holds this one.
    await waitFor('the server to outline the draft', () => documentSymbols(uri), (symbols) => symbols.length === 1 && symbols[0].name === 'Draft');
  });
  after(closeAllEditors);

  it('offers section names after a heading mark', async () => {
    const labels = await completionLabels(uri, new vscode.Position(4, 3), ' ');
    includesAll(labels, ['Situation', 'Task', 'Action', 'Result', 'Lessons', 'Notes', 'Situation & Task']);
  });

  it('offers section labels at the start of a line', async () => {
    const labels = await completionLabels(uri, new vscode.Position(5, 3));
    includesAll(labels, ['Result:', 'Situation:', 'Lessons:']);
  });

  it('offers metadata keys at the start of a story, without the ones already there', async () => {
    const labels = await completionLabels(uri, new vscode.Position(3, 0));
    includesAll(labels, ['Role:', 'Question:', 'Target:', 'When:']);
    assert.ok(!labels.includes('Kind:'), 'Kind is already set');
  });

  it('offers the Kind values', async () => {
    includesAll(await completionLabels(uri, new vscode.Position(1, 6), ' '), ['achievement', 'failure', 'challenge']);
  });

  it('offers common competencies and those used in open stories, not the ones listed', async () => {
    const labels = await completionLabels(uri, new vscode.Position(2, 26), ' ');
    includesAll(labels, ['negotiation', 'execution', 'ownership', 'stakeholder management']);
    assert.ok(!labels.includes('leadership'), 'already listed on the line');
  });

  it('offers rule ids inside a directive, without the ones listed', async () => {
    const labels = await completionLabels(uri, new vscode.Position(6, 34), ' ');
    includesAll(labels, ['vague-claim', 'unquantified-result', 'speaking-time']);
    assert.ok(!labels.includes('hedging'));
  });
});
