// Every quick fix the server offers, on every fixture story: applied alone, it must leave text that
// re-lints without that finding, touch nothing outside the finding's story (a file-wide directive goes
// at the top of the file), never overlap itself, and keep the file's line endings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeActionParams, Connection, TextDocuments, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ANALYSIS_LIMIT_ID, lint, RULES, type Finding, type LintResult } from '../../../server/src/engine';
import { toDiagnostic } from '../../../server/src/lsp/diagnostics';
import type { DocumentLinter } from '../../../server/src/lsp/document-linter';
import { registerCodeActions } from '../../../server/src/lsp/features/code-actions';
import { EXAMPLES, FIXTURES, REPO_ROOT } from '../support/paths';

type CodeActionHandler = (params: CodeActionParams) => Promise<CodeAction[]>;

function storyFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return storyFiles(full);
    return entry.name.endsWith('.story') ? [full] : [];
  });
}

const FILES = [...storyFiles(FIXTURES), ...storyFiles(EXAMPLES), ...storyFiles(path.join(REPO_ROOT, 'test', 'integration', 'workspace'))];

function lintText(text: string, file: string): LintResult {
  return lint(text, { fileName: path.basename(file) });
}

/** The server's code-action handler, wired to one document and the plain engine. */
function codeActionHandler(document: TextDocument, file: string): CodeActionHandler {
  let handler: CodeActionHandler | undefined;
  const connection = { onCodeAction: (registered: CodeActionHandler) => (handler = registered) } as unknown as Connection;
  const documents = { get: (uri: string) => (uri === document.uri ? document : undefined) } as unknown as TextDocuments<TextDocument>;
  const linter = { lint: async (doc: TextDocument) => lintText(doc.getText(), file) } as unknown as DocumentLinter;
  registerCodeActions(connection, documents, linter);
  if (!handler) throw new Error('registerCodeActions registered no handler');
  return handler;
}

interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Where an offset of the old text ends up after the edits (an offset inside a replaced range moves to its start). */
function mapOffset(offset: number, edits: readonly OffsetEdit[]): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.start > offset) break;
    if (edit.end > offset) return edit.start + delta;
    // Ends at or before the offset; an insertion right at the offset pushes it along.
    delta += edit.newText.length - (edit.end - edit.start);
  }
  return offset + delta;
}

function sameFinding(before: Finding, after: Finding, edits: readonly OffsetEdit[]): boolean {
  return after.rule === before.rule && after.message === before.message && after.span.start === mapOffset(before.span.start, edits);
}

function describeFinding(file: string, finding: Finding, text: string): string {
  return `${path.relative(REPO_ROOT, file)}: ${finding.rule} on ${JSON.stringify(text.slice(finding.span.start, finding.span.end))}`;
}

const VARIANTS: ReadonlyArray<[string, (text: string) => string]> = [
  ['LF', (text) => text.replace(/\r\n?/g, '\n')],
  ['CRLF', (text) => text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n')],
];

const SUPPRESSION = /^(?:Disable .* for this (?:line|file)|Show documentation for .*)$/;

interface OfferedFix {
  readonly finding: Finding;
  readonly actions: readonly CodeAction[];
}

/** Every finding of a text with the quick fixes the server offers for it. */
async function offeredFixes(document: TextDocument, file: string, result: LintResult): Promise<OfferedFix[]> {
  const handle = codeActionHandler(document, file);
  const offered: OfferedFix[] = [];
  for (const finding of result.findings) {
    if (finding.rule === ANALYSIS_LIMIT_ID) continue;
    const diagnostic = toDiagnostic(document, finding);
    offered.push({ finding, actions: await handle({ textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }) });
  }
  return offered;
}

describe('every quick fix on every fixture', () => {
  it('has fixtures to check', () => {
    assert.ok(FILES.length >= 5, `found ${FILES.length} fixture stories`);
  });

  for (const file of FILES) {
    for (const [ending, convert] of VARIANTS) {
      it(`${path.relative(REPO_ROOT, file)} (${ending})`, async () => {
        const text = convert(fs.readFileSync(file, 'utf8'));
        const document = TextDocument.create(pathToFileURL(file).href, 'story', 1, text);
        const result = lintText(text, file);
        let checked = 0;
        for (const { finding, actions } of await offeredFixes(document, file, result)) {
          const label = describeFinding(file, finding, text);
          assert.ok(actions.some((action) => action.title === `Show documentation for ${finding.rule}`), `${label}: offers its documentation`);
          for (const action of actions) {
            const lspEdits: TextEdit[] | undefined = action.edit?.changes?.[document.uri];
            if (!lspEdits) continue;
            checkFix(`${label} → "${action.title}"`, document, finding, result, lspEdits, file, ending);
            checked++;
          }
        }
        // Every finding gets at least its two "disable" actions, so a file with findings checks something.
        if (result.findings.some((finding) => finding.rule !== ANALYSIS_LIMIT_ID)) assert.ok(checked > 0, 'some fix was checked');
      });
    }
  }

  // Independent of the tests above (and of their order): it gathers the offered fixes itself.
  it('the fixtures exercise the own fix of every rule that declares one', async () => {
    const fixed = new Set<string>();
    for (const file of FILES) {
      const text = fs.readFileSync(file, 'utf8');
      const document = TextDocument.create(pathToFileURL(file).href, 'story', 1, text);
      for (const { finding, actions } of await offeredFixes(document, file, lintText(text, file))) {
        if (actions.some((action) => action.edit?.changes?.[document.uri] && !SUPPRESSION.test(action.title))) fixed.add(finding.rule);
      }
    }
    const fixable = RULES.filter((rule) => rule.fixable).map((rule) => rule.id);
    assert.ok(fixable.length > 0);
    assert.deepEqual(fixable.filter((id) => !fixed.has(id)), [], 'fixable rules whose fix no fixture exercised');
  });
});

function checkFix(label: string, document: TextDocument, finding: Finding, result: LintResult, lspEdits: readonly TextEdit[], file: string, ending: string): void {
  const text = document.getText();
  const edits: OffsetEdit[] = lspEdits
    .map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  assert.ok(edits.length > 0, `${label}: has edits`);
  for (let index = 1; index < edits.length; index++) assert.ok(edits[index].start >= edits[index - 1].end, `${label}: edits overlap`);
  for (const edit of edits) {
    assert.ok(edit.newText !== text.slice(edit.start, edit.end), `${label}: an edit that changes nothing`);
    if (ending === 'CRLF') assert.ok(!/(?<!\r)\n|\r(?!\n)/.test(edit.newText), `${label}: inserts a bare line break into a CRLF file`);
    else assert.ok(!edit.newText.includes('\r'), `${label}: inserts CR into an LF file`);
  }

  // Nothing outside the finding's story changes; a file-wide directive is the one edit allowed at the top.
  const story = finding.story === null ? null : result.document.stories[finding.story];
  const bounds = story?.span ?? result.document.preamble ?? { start: 0, end: text.length };
  const fileStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const edit of edits) {
    const atFileTop = edit.start === fileStart && edit.end === fileStart && /story-coach-disable-file/.test(edit.newText);
    assert.ok(atFileTop || (edit.start >= bounds.start && edit.end <= bounds.end), `${label}: edits ${edit.start}-${edit.end} outside its story ${bounds.start}-${bounds.end}`);
  }

  const fixed = TextDocument.applyEdits(document, [...lspEdits]);
  // The text around the edits is untouched, byte for byte.
  const first = edits[0];
  const last = edits[edits.length - 1];
  const growth = fixed.length - text.length;
  assert.equal(fixed.slice(0, first.start), text.slice(0, first.start), `${label}: text before the fix changed`);
  assert.equal(fixed.slice(last.end + growth), text.slice(last.end), `${label}: text after the fix changed`);

  const after = lintText(fixed, file);
  const survivor = after.findings.find((candidate) => sameFinding(finding, candidate, edits));
  assert.equal(survivor, undefined, `${label}: the finding is still there after the fix:\n${fixed}`);
}
