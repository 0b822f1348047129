import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerBankView, type BankTreeProvider } from './bank/bank-view';
import { registerFindStoryCommand } from './bank/find-story';
import { refreshCodeLensesWithDiagnostics } from './code-lens-refresh';
import { bankSourceFrom } from './dashboard/bank-source';
import { registerBankViewCommands } from './dashboard/commands';
import { registerFixAllCommand } from './commands/fix-all';
import { registerNewStoryCommand } from './commands/new-story';
import { registerRestartServerCommand } from './commands/restart-server';
import { registerShowRuleDocumentationCommand } from './commands/show-rule-documentation';
import { createLanguageClient } from './language-client';
import { CrashRestartPolicy } from './restart-policy';
import { SpeakingTimeStatusBar } from './status-bar';

let client: LanguageClient | undefined;

/** What the extension exports: the Story Bank view's data, for tests and other extensions. */
export interface StoryCoachApi {
  readonly bankTree: BankTreeProvider;
}

export async function activate(context: vscode.ExtensionContext): Promise<StoryCoachApi> {
  const output = vscode.window.createOutputChannel('Story Coach', { log: true });
  const restarts = new CrashRestartPolicy();
  client = createLanguageClient(context, output, restarts);
  const bankView = registerBankView(client);
  context.subscriptions.push(
    output,
    registerNewStoryCommand(context),
    registerFixAllCommand(client),
    registerShowRuleDocumentationCommand(context),
    registerRestartServerCommand(client, restarts),
    new SpeakingTimeStatusBar(client),
    refreshCodeLensesWithDiagnostics(client),
    bankView.disposable,
    registerFindStoryCommand(client),
    registerBankViewCommands(context, bankSourceFrom(bankView.provider)),
  );
  await client.start();
  return { bankTree: bankView.provider };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
