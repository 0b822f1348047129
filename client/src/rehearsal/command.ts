// Story Coach: Rehearse Story — from the palette (the story under the cursor), a code lens above a
// story (its uri and line), or the context menu of a story in the Story Bank view (its tree node).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REHEARSAL_COMMANDS, RehearsalCardRequest } from '../../../server/src/protocol';
import type { BankNode } from '../bank/bank-tree-model';
import { RehearsalPanel } from './panel';

/** Commands for the integration tests: read what the panel shows, press a key in it. Not in the palette. */
export const REHEARSAL_TEST_COMMANDS = { state: 'storyCoach.rehearsal.testState', key: 'storyCoach.rehearsal.testKey' } as const;

export function registerRehearseCommand(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    rehearseCommand(context, client),
    vscode.commands.registerCommand(REHEARSAL_TEST_COMMANDS.state, () => RehearsalPanel.active?.lastState),
    vscode.commands.registerCommand(REHEARSAL_TEST_COMMANDS.key, (key: string) => {
      const panel = RehearsalPanel.active;
      panel?.post({ type: 'testKey', key });
      return panel !== undefined;
    }),
  );
}

function rehearseCommand(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(REHEARSAL_COMMANDS.rehearseStory, async (target?: Target, line?: number) => {
    const { uri, position } = where(target, line);
    if (!uri) {
      void vscode.window.showInformationMessage('Story Coach: open a story to rehearse it.');
      return undefined;
    }
    // The server knows open documents only: open it (without showing it) when it came from a view.
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'story') {
      void vscode.window.showInformationMessage('Story Coach: only .story files can be rehearsed.');
      return undefined;
    }
    await client.start();
    const card = await client.sendRequest(RehearsalCardRequest, { uri: document.uri.toString(), position: { line: position.line, character: position.character } });
    if (!card) {
      void vscode.window.showInformationMessage('Story Coach: there is no story here to rehearse.');
      return undefined;
    }
    if (card.card.anchors.length === 0) {
      void vscode.window.showInformationMessage(`Story Coach: "${card.card.title}" has nothing to say yet; write the story first.`);
      return undefined;
    }
    RehearsalPanel.show(context, client, document.uri, card);
    return card.storyId;
  });
}

/** A document (with a 0-based line as the next argument), a `{ uri, line }`, or a Story Bank node. */
type Target = vscode.Uri | string | { uri?: vscode.Uri | string; line?: number } | BankNode;

function where(target: Target | undefined, line: number | undefined): { uri: vscode.Uri | undefined; position: vscode.Position } {
  const editor = vscode.window.activeTextEditor;
  const toUri = (value: vscode.Uri | string): vscode.Uri => (typeof value === 'string' ? vscode.Uri.parse(value) : value);
  if (target instanceof vscode.Uri || typeof target === 'string') return { uri: toUri(target), position: new vscode.Position(line ?? 0, 0) };
  if (target && 'story' in target && target.story) return { uri: toUri(target.story.uri), position: new vscode.Position(target.story.line, 0) };
  if (target && 'uri' in target && target.uri) return { uri: toUri(target.uri), position: new vscode.Position(target.line ?? 0, 0) };
  return { uri: editor?.document.uri, position: editor?.selection.active ?? new vscode.Position(0, 0) };
}
