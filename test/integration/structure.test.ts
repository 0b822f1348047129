import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeLenses, documentSymbols, foldingRanges } from './support/providers';
import { hasRule, waitFor, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, openFixture } from './support/workspace';

describe('Outline, folding and code lens', () => {
  let stories: vscode.Uri;
  before(async () => {
    await activateExtension();
    stories = (await openFixture('two-stories.story')).document.uri;
    await waitForDiagnostics(stories, hasRule('speaking-time'));
  });
  after(closeAllEditors);

  it('outlines stories and their sections', async () => {
    const symbols = await documentSymbols(stories);
    assert.deepEqual(
      symbols.map((story) => [story.name, story.children.map((section) => section.name)]),
      [
        ['Warehouse consolidation', ['Situation', 'Task', 'Action', 'Result']],
        ['Missed launch', ['Situation', 'Action', 'Result', 'Lessons', 'Notes']],
      ],
    );
    assert.equal(symbols[0].selectionRange.start.line, 1);
    assert.equal(symbols[1].children[3].range.start.line, 31);
    assert.match(symbols[0].detail, /^achievement · \d+ words/);
  });

  it('folds each story and each section', async () => {
    const ranges = await foldingRanges(stories);
    const spans = ranges.map((range) => `${range.start}-${range.end}`);
    for (const span of ['1-16', '6-7', '15-16', '18-35', '31-32']) assert.ok(spans.includes(span), `${span} in ${spans.join(' ')}`);
  });

  it('puts words, speaking time against Target and open findings above each story', async () => {
    // The figures lens (information: no command), then Rehearse and the rehearsal record.
    const all = await waitFor('code lenses with titles', () => codeLenses(stories), (found) => found.length === 6 && found.every((lens) => lens.command?.title));
    const lenses = all.filter((lens) => lens.command?.command === '');
    assert.deepEqual(lenses.map((lens) => lens.range.start.line), [1, 18]);
    assert.deepEqual(all.filter((lens) => lens.command?.command === 'storyCoach.rehearseStory').map((lens) => lens.range.start.line), [1, 1, 18, 18]);
    assert.match(lenses[0].command?.title ?? '', /^\d+ words · ~\d+s of 2m target · no suggestions$/);
    assert.match(lenses[1].command?.title ?? '', /^\d+ words · ~\d+s spoken · no suggestions$/);

    const weak = (await openFixture('weak-draft.story')).document.uri;
    const diagnostics = await waitForDiagnostics(weak, hasRule('hedging'));
    const open = diagnostics.filter((diagnostic) => diagnostic.severity <= vscode.DiagnosticSeverity.Warning).length;
    const [lens] = await codeLenses(weak);
    assert.equal(lens.command?.title, `52 words · ~21s of 1m30s target · ${open} suggestions`);
  });
});
