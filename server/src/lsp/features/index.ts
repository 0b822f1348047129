import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter } from '../document-linter';
import type { BankServer } from '../bank';
import { CODE_ACTION_KINDS, registerCodeActions } from './code-actions';
import { registerCodeLens } from './code-lens';
import { registerCommands, SERVER_COMMAND_IDS } from './commands';
import { COMPLETION_TRIGGERS, registerCompletion } from './completion';
import { registerHover } from './hover';
import { registerStoryStats } from './story-stats';
import { registerStructure } from './structure';

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
  executeCommandProvider: { commands: [...SERVER_COMMAND_IDS] },
  documentSymbolProvider: { label: 'Stories' },
  foldingRangeProvider: true,
  hoverProvider: true,
  completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
  codeLensProvider: { resolveProvider: false },
};

export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, bank?: BankServer): void {
  registerCodeActions(connection, documents, linter, bank);
  registerCommands(connection, documents, linter, bank);
  registerStructure(connection, documents, linter);
  registerHover(connection, documents, linter, bank);
  registerCompletion(connection, documents, linter);
  registerCodeLens(connection, documents, linter, bank);
  registerStoryStats(connection, documents, linter);
}
