import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionTitled, applyAction, codeActions } from './support/providers';
import { hasRule, ruleOf, storyDiagnostics, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, fixtureText, openUntitledStory } from './support/workspace';

const FIX_ALL = 'source.fixAll.storyCoach';

async function diagnosticFor(uri: vscode.Uri, rule: string, text: string, document: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const diagnostics = await waitForDiagnostics(uri, hasRule(rule));
  const found = diagnostics.find((diagnostic) => ruleOf(diagnostic) === rule && document.getText(diagnostic.range) === text);
  assert.ok(found, `${rule} on "${text}"`);
  return found;
}

/** The quick fixes VS Code would show for one diagnostic. */
async function quickFixesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return codeActions(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

describe('Code actions', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('offers the rule fix (preferred), disable for line and file, and the docs for a hedge', async () => {
    const { document } = await openUntitledStory(fixtureText('weak-draft.story'));
    const hedge = await diagnosticFor(document.uri, 'hedging', 'kind of', document);
    const actions = await quickFixesFor(document, hedge);
    const titles = actions.map((action) => action.title);
    for (const title of ['Delete "kind of"', 'Disable hedging for this line', 'Disable hedging for this file', 'Show documentation for hedging']) {
      assert.ok(titles.includes(title), `"${title}" in ${JSON.stringify(titles)}`);
    }
    const fix = actionTitled(actions, 'Delete "kind of"');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);

    await applyAction(fix);
    assert.equal(document.lineAt(5).text, 'Our old data warehouse was slow and everyone complained about it a lot.');
    await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'hedging' && d.range.start.line === 5), 'the fixed hedge to go');
  });

  it('inserts a placeholder where the Result needs a figure', async () => {
    const { document } = await openUntitledStory(fixtureText('weak-draft.story'));
    const unquantified = await diagnosticFor(document.uri, 'unquantified-result', 'Result', document);
    const actions = await quickFixesFor(document, unquantified);
    const fix = actions.find((action) => /\[by how much\?\]/.test(action.title));
    assert.ok(fix, `placeholder fix in ${JSON.stringify(actions.map((action) => action.title))}`);
    await applyAction(fix);
    assert.ok(document.getText().includes('[by how much?]'));
    await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'unquantified-result'), 'unquantified-result to go');
  });

  it('writes a disable-next-line directive above the finding', async () => {
    const { document } = await openUntitledStory(fixtureText('weak-draft.story'));
    const vague = await diagnosticFor(document.uri, 'vague-claim', 'various', document);
    await applyAction(actionTitled(await quickFixesFor(document, vague), 'Disable vague-claim for this line'));
    assert.equal(document.lineAt(8).text, '<!-- story-coach-disable-next-line vague-claim -->');
    await waitForDiagnostics(
      document.uri,
      (diagnostics) => {
        const vague = diagnostics.filter((d) => ruleOf(d) === 'vague-claim');
        return vague.length > 0 && vague.every((d) => d.range.start.line !== 9);
      },
      'vague-claim left only on the other lines',
    );
  });

  it('applies the did-you-mean fixes for a misspelt key, heading and directive', async () => {
    const { document } = await openUntitledStory(fixtureText('typos.story'));
    for (const [rule, text, title] of [
      ['unknown-metadata', 'Knd', 'Change to "Kind"'],
      ['unknown-section', 'Reslt', 'Change to "Result"'],
      ['unknown-directive', 'hedgin', 'Change to "hedging"'],
    ]) {
      const diagnostic = await diagnosticFor(document.uri, rule, text, document);
      await applyAction(actionTitled(await quickFixesFor(document, diagnostic), title));
      await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d) === rule), `${rule} to go`);
    }
    assert.equal(document.lineAt(1).text, 'Kind: achievement');
    assert.equal(document.lineAt(13).text, '## Result');
    assert.equal(document.lineAt(16).text, '<!-- story-coach-disable-next-line hedging -->');
    // The corrected directive now silences the hedge below it, and the Result is no longer missing.
    const left = storyDiagnostics(document.uri).map(ruleOf);
    assert.ok(!left.includes('hedging') && !left.includes('missing-section'), left.join(', '));
  });

  it('source.fixAll.storyCoach applies every safe fix and nothing else', async () => {
    const { document } = await openUntitledStory(fixtureText('typos.story'));
    await waitForDiagnostics(document.uri, hasRule('unknown-directive'));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActions(document.uri, whole, FIX_ALL);
    const fixAll = actions.find((action) => action.kind?.value === FIX_ALL);
    assert.ok(fixAll, `a ${FIX_ALL} action in ${JSON.stringify(actions.map((action) => action.title))}`);
    await applyAction(fixAll);
    const expected = fixtureText('typos.story')
      .replace('Knd:', 'Kind:')
      .replace('## Reslt', '## Result')
      .replace('hedgin -->', 'hedging -->')
      .replace('I think it was', 'It was');
    assert.equal(document.getText(), expected);
    // The positive signal: the fixed text's diagnostics, where the short story's speaking-time hint is
    // all that is left (an empty list would also be what a stale or dead server shows).
    const left = await waitFor('the fixed text\'s diagnostics', () => storyDiagnostics(document.uri), (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'unknown-metadata') && diagnostics.length > 0);
    assert.deepEqual(left.map(ruleOf), ['speaking-time']);
    assert.deepEqual(left.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(ruleOf), []);
  });
});
