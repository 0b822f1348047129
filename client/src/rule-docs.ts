import * as fs from 'node:fs';
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

interface RulesFile {
  readonly rules: readonly { readonly id: string; readonly title: string; readonly guideline: string; readonly summary: string; readonly page: string }[];
}

/** Every rule with its page, from docs/rules/rules.json (generated from the registry with the pages). */
export function listRulePages(context: vscode.ExtensionContext): RulePage[] {
  const folder = ruleDocsFolder(context);
  const file = JSON.parse(fs.readFileSync(vscode.Uri.joinPath(folder, 'rules.json').fsPath, 'utf8')) as RulesFile;
  return file.rules
    .map((rule) => ({ id: rule.id, title: rule.title, guideline: rule.guideline, summary: rule.summary, uri: vscode.Uri.joinPath(folder, rule.page) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Opens a Markdown page rendered, beside the story; as plain text if the Markdown extension is off. */
export async function showMarkdownPage(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
