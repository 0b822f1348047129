import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText } from './support/providers';
import { hasRule, waitForDiagnostics } from './support/wait';
import { activateExtension, closeAllEditors, openFixture } from './support/workspace';

describe('Hover', () => {
  let weak: vscode.Uri;
  before(async () => {
    await activateExtension();
    weak = (await openFixture('weak-draft.story')).document.uri;
    await waitForDiagnostics(weak, hasRule('hedging'));
  });
  after(closeAllEditors);

  it('explains a finding: guideline, why, weak → strong, rule page', async () => {
    const text = await hoverText(weak, new vscode.Position(5, 30));
    assert.match(text, /\*\*Deliver with confidence\*\* — Hedging \(`hedging`\)/);
    assert.match(text, /sound unsure/);
    assert.match(text, /\*\*Weak\*\*\n```story\n.*basically a success/);
    assert.match(text, /\*\*Strong\*\*\n```story\n.*14 regions/);
    // The server's file link to the rule page becomes VS Code's "Show Rule Documentation" (rendered page).
    assert.match(text, /\[Read the `hedging` rule page\]\(command:storyCoach\.showRuleDocumentation\?%5B%22hedging%22%5D\)/);
  });

  it('describes a section heading: what it holds, words, share and speaking time', async () => {
    const text = await hoverText(weak, new vscode.Position(7, 4));
    assert.match(text, /\*\*Action\*\* — What you did, step by step, in the first person/);
    assert.match(text, /\d+ words · \d+% of the story · ~\d+s spoken \(story: ~\d+s of 1m30s target\)/);
    // The heading also carries a finding, whose coaching comes first.
    assert.match(text, /we-without-i/);
  });

  it('describes a section label in quick notes', async () => {
    const editor = await openFixture('quick-notes.story');
    const text = await hoverText(editor.document.uri, new vscode.Position(4, 0));
    assert.match(text, /\*\*Result\*\* — What changed, with a figure/);
    assert.match(text, /% of the story/);
  });

  it('explains a metadata key and its allowed values', async () => {
    const text = await hoverText(weak, new vscode.Position(1, 2));
    assert.match(text, /\*\*Kind\*\*/);
    assert.match(text, /`achievement` \(default\), `failure` or `challenge`/);
    const target = await hoverText(weak, new vscode.Position(2, 2));
    assert.match(target, /`90s`, `2m`, `2m30s` or `2:30`/);
  });

  it('says which rules a directive silences, and where', async () => {
    const stories = await openFixture('two-stories.story');
    const fileWide = await hoverText(stories.document.uri, new vscode.Position(0, 10));
    assert.match(fileWide, /\*\*Silences\*\* in the whole file/);
    assert.match(fileWide, /`section-balance` — /);

    const typos = await openFixture('typos.story');
    await waitForDiagnostics(typos.document.uri, hasRule('unknown-directive'));
    const misspelt = await hoverText(typos.document.uri, new vscode.Position(16, 8));
    assert.match(misspelt, /on line 18/);
    assert.match(misspelt, /`hedgin` — not a Story Coach rule/);
  });

  it('stays quiet over plain text with no finding', async () => {
    // The positive signal first: the server answers a hover in this document (a dead one answers nothing too).
    assert.match(await hoverText(weak, new vscode.Position(5, 30)), /`hedging`/);
    assert.equal(await hoverText(weak, new vscode.Position(12, 45)), '');
  });
});
