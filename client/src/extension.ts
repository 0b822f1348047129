import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { refreshCodeLensesWithDiagnostics } from './code-lens-refresh';
import { registerFixAllCommand } from './commands/fix-all';
import { registerNewStoryCommand } from './commands/new-story';
import { registerRehearseCommand } from './rehearsal/command';
import { registerRestartServerCommand } from './commands/restart-server';
import { registerShowRuleDocumentationCommand } from './commands/show-rule-documentation';
import { createLanguageClient } from './language-client';
import { CrashRestartPolicy } from './restart-policy';
import { SpeakingTimeStatusBar } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Story Coach', { log: true });
  const restarts = new CrashRestartPolicy();
  client = createLanguageClient(context, output, restarts);
  context.subscriptions.push(
    output,
    registerNewStoryCommand(context),
    registerFixAllCommand(client),
    registerShowRuleDocumentationCommand(context),
    registerRestartServerCommand(client, restarts),
    new SpeakingTimeStatusBar(client),
    refreshCodeLensesWithDiagnostics(client),
    registerRehearseCommand(context, client),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
