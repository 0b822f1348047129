// Where clicks in the dashboard lead: a story at its title line, or a new story for a gap.
import * as vscode from 'vscode';
import type { BankData } from './bank-source';

function storyUri(data: BankData, relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(data.rootUri), ...relativePath.split('/'));
}

/** Opens a story of the bank at its title line, in `column`; false when the id is no longer in the bank. */
export async function openStory(data: BankData, storyId: string, column: vscode.ViewColumn): Promise<boolean> {
  const story = data.report.stories.find((candidate) => candidate.id === storyId);
  if (!story) return false;
  const document = await vscode.workspace.openTextDocument(storyUri(data, story.path));
  const line = Math.min(Math.max(story.line - 1, 0), document.lineCount - 1);
  await vscode.window.showTextDocument(document, { viewColumn: column, selection: document.lineAt(line).range, preview: false });
  return true;
}

/**
 * "Write a story for this": a new untitled story (the skeleton the views made for a gap's question),
 * named in the bank root with a name no file has yet, so nothing is ever overwritten: the user saves
 * it when ready.
 */
export async function writeNewStory(data: BankData, fileName: string, skeleton: string, column: vscode.ViewColumn): Promise<vscode.Uri> {
  const target = await freeName(data, fileName.replace(/\.story$/, ''));
  const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), skeleton);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== 'story') await vscode.languages.setTextDocumentLanguage(document, 'story');
  await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
  return document.uri;
}

async function freeName(data: BankData, base: string): Promise<vscode.Uri> {
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.path));
  for (let attempt = 1; ; attempt++) {
    const candidate = storyUri(data, `${base}${attempt === 1 ? '' : `-${attempt}`}.story`);
    if (open.has(candidate.path)) continue;
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
