import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashRestartPolicy } from '../restart-policy';

export const RESTART_SERVER_COMMAND = 'storyCoach.restartServer';

/** "Story Coach: Restart Server": also after the crash limit stopped automatic restarts. */
export function registerRestartServerCommand(client: LanguageClient, restarts: CrashRestartPolicy): vscode.Disposable {
  return vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
    restarts.reset();
    await client.restart();
  });
}
