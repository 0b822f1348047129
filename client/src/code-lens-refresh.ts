import * as vscode from 'vscode';
import { CodeLensRequest, type LanguageClient } from 'vscode-languageclient/node';

const REFRESH_DELAY_MS = 100;

/**
 * Asks VS Code to fetch story code lenses again whenever a story's diagnostics change: the lens
 * counts open findings, and a settings change (rule severities, words per minute) changes them
 * without any edit to the text.
 */
export function refreshCodeLensesWithDiagnostics(client: LanguageClient): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    const stories = vscode.workspace.textDocuments.filter((document) => document.languageId === 'story');
    const changed = stories.filter((document) => event.uris.some((uri) => uri.toString() === document.uri.toString()));
    if (changed.length === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const feature = client.getFeature(CodeLensRequest.method);
      for (const document of changed) feature.getProvider(document)?.onDidChangeCodeLensEmitter.fire();
    }, REFRESH_DELAY_MS);
  });
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    subscription.dispose();
  });
}
