import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root, from out/test/integration/support at run time. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'integration', 'workspace');

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(FIXTURES, name));
}

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Opens a fixture file in an editor (diagnostics are pulled for what is shown). */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document);
}

let untitledStories = 0;

/**
 * An untitled story with the given text: tests that edit work on these, never on the fixture files.
 * Each gets a name of its own. Unnamed ones reuse "Untitled-1" as soon as an earlier one is closed,
 * and the language server once answered the Completion suite for "Untitled-1" from the text of the
 * untitled story the suite before it had closed.
 */
export async function openUntitledStory(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `story-${process.pid}-${++untitledStories}.story` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  if (editor.document.languageId !== 'story') await vscode.languages.setTextDocumentLanguage(editor.document, 'story');
  if (content !== '' && !(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content)))) throw new Error('could not fill the untitled story');
  return editor;
}

/** Reverts every changed document and closes every editor, so no "save?" prompt can block the run. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'story-coach');
  if (!extension) throw new Error('the Story Coach extension is not loaded');
  await extension.activate();
  return extension;
}
