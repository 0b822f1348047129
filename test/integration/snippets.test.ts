import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { documentSymbols } from './support/providers';
import { ruleOf, storyDiagnostics, waitFor } from './support/wait';
import { activateExtension, closeAllEditors, openUntitledStory, REPO_ROOT } from './support/workspace';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
}

/** The sections each snippet is meant to produce, as the outline names them (null: no story sections). */
const INTENDED: Readonly<Record<string, readonly string[] | null>> = {
  'STAR achievement': ['Situation', 'Task', 'Action', 'Result'],
  'Failure story (STAR + Lessons)': ['Situation', 'Action', 'Result', 'Lessons'],
  'CAR story (Challenge, Action, Result)': ['Situation & Task', 'Action', 'Result'],
  'SOAR story (Situation, Obstacle, Action, Result)': ['Situation', 'Obstacle', 'Action', 'Result'],
  'Executive-scope achievement': ['Situation', 'Task', 'Action', 'Result'],
  'Quick notes (S/T/A/R)': ['S', 'T', 'A', 'R'],
  'Metadata block': null,
  'Disable a rule for the next line': null,
  'Disable rules for a region': null,
  'Disable a rule for the file': null,
};

const snippets = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'story.json'), 'utf8')) as Record<string, Snippet>;
/** Rules a snippet's own text must never set off: it would teach the wrong format. */
const FORMAT_RULES = ['unknown-section', 'unknown-metadata', 'unknown-directive', 'missing-section'];

/**
 * A story appended after a fragment so that its diagnostics give a positive signal: when the
 * sentinel's vague claim is reported, the report is for the text with the fragment in it. No snippet
 * defaults to silencing vague-claim.
 */
const SENTINEL = '\n\n# Sentinel\nIt significantly helped.\n';

describe('Snippets', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('every contributed snippet has an intended outline here', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(INTENDED).sort());
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" inserts and parses to its intended sections`, async () => {
      const editor = await openUntitledStory('');
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(body)), 'snippet inserted');
      const intended = INTENDED[name];
      const symbols = await waitFor(
        'the outline of the inserted snippet',
        () => documentSymbols(editor.document.uri),
        (found) => found.length === 1 && (intended === null || found[0].children.length === intended.length),
      );
      if (intended !== null) assert.deepEqual(symbols[0].children.map((section) => section.name), intended);
      // A whole story from a template is short, so it always gets a speaking-time hint: wait for that
      // report. Fragments (metadata, directives) may get none: append a sentinel story and wait for its
      // finding, then look only at the fragment's lines.
      const fragmentLines = editor.document.lineCount;
      if (intended === null) {
        assert.ok(await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, SENTINEL)), 'sentinel appended');
      }
      const diagnostics =
        intended !== null
          ? await waitFor('diagnostics of the snippet text', () => storyDiagnostics(editor.document.uri), (found) => found.length > 0)
          : (await waitFor('the sentinel\'s finding', () => storyDiagnostics(editor.document.uri), (found) => found.some((d) => ruleOf(d) === 'vague-claim' && d.range.start.line >= fragmentLines))).filter(
              (diagnostic) => diagnostic.range.start.line < fragmentLines,
            );
      const broken = diagnostics.map(ruleOf).filter((rule) => FORMAT_RULES.includes(rule));
      assert.deepEqual(broken, [], `the snippet text sets off ${broken.join(', ')}:\n${editor.document.getText()}`);
    });
  }
});
