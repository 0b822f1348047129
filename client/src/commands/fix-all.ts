import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../../server/src/protocol';

/** "Story Coach: Fix All": every safe fix in the active story, in one undoable edit. */
export function registerFixAllCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_COMMANDS.fixAll, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'story') {
      void vscode.window.showInformationMessage('Story Coach: open a .story file to fix.');
      return false;
    }
    const before = document.version;
    const applied = await client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_COMMANDS.fixAll,
      arguments: [client.code2ProtocolConverter.asUri(document.uri)],
    });
    if (applied === true && document.version === before) {
      vscode.window.setStatusBarMessage('Story Coach: nothing to fix automatically — the suggestions left need your own words.', 5000);
    }
    return applied === true;
  });
}
