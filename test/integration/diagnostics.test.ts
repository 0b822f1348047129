import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openFixture } from './support/workspace';
import { hasRule, ruleOf, waitForDiagnostics } from './support/wait';

function only(diagnostics: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const found = diagnostics.filter((diagnostic) => ruleOf(diagnostic) === rule);
  assert.equal(found.length, 1, `exactly one ${rule}; got ${diagnostics.map(ruleOf).join(', ')}`);
  return found[0];
}

function assertRange(diagnostic: vscode.Diagnostic, line: number, start: number, end: number): void {
  assert.deepEqual(
    [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
    [line, start, line, end],
    `${ruleOf(diagnostic)} range`,
  );
}

describe('Diagnostics in VS Code', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('reports the weak draft with rule ids, ranges, severities and rule-page links', async () => {
    const editor = await openFixture('weak-draft.story');
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasRule('vague-claim'));
    const rules = new Set(diagnostics.map(ruleOf));
    for (const rule of ['missing-section', 'hedging', 'we-without-i', 'vague-claim', 'boastful', 'unquantified-result']) {
      assert.ok(rules.has(rule), `expected ${rule} in ${[...rules].join(', ')}`);
    }
    const hedges = diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'hedging').sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.equal(hedges.length, 2);
    assertRange(hedges[0], 5, 27, 34);
    assert.equal(editor.document.getText(hedges[0].range), 'kind of');
    assert.equal(hedges[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(hedges[1].range), 'basically');

    const unquantified = only(diagnostics, 'unquantified-result');
    assert.equal(editor.document.getText(unquantified.range), 'Result');
    assert.equal(unquantified.severity, vscode.DiagnosticSeverity.Warning);

    const speaking = only(diagnostics, 'speaking-time');
    assert.equal(speaking.severity, vscode.DiagnosticSeverity.Hint);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, 'object', 'code links the rule page');
      assert.ok(code.target.path.endsWith(`/docs/rules/${code.value}.md`), code.target.toString());
    }
  });

  it('reports format hygiene with did-you-mean messages', async () => {
    const editor = await openFixture('typos.story');
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasRule('unknown-directive'));
    const metadata = only(diagnostics, 'unknown-metadata');
    assertRange(metadata, 1, 0, 3);
    assert.match(metadata.message, /Did you mean "Kind"\?/);
    assert.equal(metadata.severity, vscode.DiagnosticSeverity.Warning);

    const section = only(diagnostics, 'unknown-section');
    assertRange(section, 13, 3, 8);
    assert.equal(section.severity, vscode.DiagnosticSeverity.Hint);

    const directive = only(diagnostics, 'unknown-directive');
    assert.equal(editor.document.getText(directive.range), 'hedgin');
    // The misspelt directive silences nothing, so the hedge on the next line is still reported.
    assertRange(only(diagnostics, 'hedging'), 17, 0, 7);
  });

  it('honours directives and reports nothing but hints on a strong file', async () => {
    const editor = await openFixture('two-stories.story');
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasRule('speaking-time'));
    assert.deepEqual(
      diagnostics.filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint).map(ruleOf),
      [],
    );
    assert.ok(!diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'section-balance'));
    assert.equal(fixtureUri('two-stories.story').toString(), editor.document.uri.toString());
  });
});
