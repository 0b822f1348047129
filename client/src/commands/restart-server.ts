import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashRestartPolicy } from '../restart-policy';
import { CLIENT_COMMANDS } from '../../../server/src/protocol';


/** "Story Coach: Restart Server": also after the crash limit stopped automatic restarts. */
export function registerRestartServerCommand(client: LanguageClient, restarts: CrashRestartPolicy): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
    restarts.reset();
    await client.restart();
  });
}
