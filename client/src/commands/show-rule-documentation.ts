import * as vscode from 'vscode';
import { listRulePages, showMarkdownPage } from '../rule-docs';
import { CLIENT_COMMANDS } from '../../../server/src/protocol';


/** "Story Coach: Show Rule Documentation": pick a rule, read its page rendered. An argument names the rule. */
export function registerShowRuleDocumentationCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_COMMANDS.showRuleDocumentation, async (ruleId?: unknown) => {
    const pages = listRulePages(context);
    const page =
      typeof ruleId === 'string'
        ? pages.find((candidate) => candidate.id === ruleId)
        : (
            await vscode.window.showQuickPick(
              pages.map((candidate) => ({ label: candidate.id, description: candidate.guideline, detail: candidate.summary, page: candidate })),
              { title: 'Story Coach rules', placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
            )
          )?.page;
    if (!page) {
      if (typeof ruleId === 'string') void vscode.window.showErrorMessage(`Story Coach: no rule called "${ruleId}".`);
      return false;
    }
    await showMarkdownPage(page.uri);
    return true;
  });
}
