import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface RulePage {
  readonly id: string;
  readonly title: string;
  readonly guideline: string;
  readonly summary: string;
  readonly uri: vscode.Uri;
}

/** The rule pages ship with the extension (docs/rules), so they open offline and match this version. */
export function ruleDocsFolder(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
}

/** A rule page link from the server: a Markdown file in a docs/rules folder (ours, wherever installed). */
export function isRulePage(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && /\/docs\/rules\/[^/]+\.md$/.test(uri.path);
}

/**
 * Every rule page, read from its generated header: "# `id` — Title", then "Guideline: **…**", then
 * the one-line summary.
 */
export function listRulePages(context: vscode.ExtensionContext): RulePage[] {
  const folder = ruleDocsFolder(context);
  const pages: RulePage[] = [];
  for (const name of fs.readdirSync(folder.fsPath).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const lines = fs.readFileSync(path.join(folder.fsPath, name), 'utf8').split(/\r?\n/);
    const heading = /^# `([^`]+)` — (.+)$/.exec(lines[0] ?? '');
    if (!heading) continue;
    const guideline = /\*\*([^*]+)\*\*/.exec(lines.find((line) => line.startsWith('Guideline:')) ?? '')?.[1] ?? '';
    const summary = lines.slice(1).find((line) => line.trim() !== '' && !line.startsWith('Guideline:') && !line.startsWith('#')) ?? '';
    pages.push({ id: heading[1], title: heading[2], guideline, summary, uri: vscode.Uri.joinPath(folder, name) });
  }
  return pages;
}

/** Opens a Markdown page rendered, beside the story; as plain text if the Markdown extension is off. */
export async function showMarkdownPage(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
