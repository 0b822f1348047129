import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findRule } from '../../engine';
import { ruleDocsUrl } from '../../docs/location';
import type { DocumentLinter } from '../document-linter';
import type { BankServer } from '../bank';
import { SERVER_COMMANDS } from '../../protocol';
import { fixAllEdits } from './code-actions';

export const SERVER_COMMAND_IDS: readonly string[] = Object.values(SERVER_COMMANDS);

/**
 * Commands any LSP client can run: open a rule's page (window/showDocument) and apply every safe
 * fix to a document (workspace/applyEdit).
 */
export function registerCommands(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, bank?: BankServer): void {
  connection.onExecuteCommand(async (params) => {
    const bankCommand = await bank?.executeCommand(params);
    if (bankCommand !== undefined) return bankCommand;
    const [argument] = params.arguments ?? [];
    if (params.command === SERVER_COMMANDS.showRuleDocumentation) {
      const rule = typeof argument === 'string' ? findRule(argument) : undefined;
      const uri = rule ? ruleDocsUrl(rule.id) : undefined;
      if (!uri) {
        void connection.window.showErrorMessage(`Story Coach: no documentation for ${JSON.stringify(argument)}.`);
        return false;
      }
      const shown = await connection.window.showDocument({ uri, takeFocus: true }).catch(() => ({ success: false }));
      return shown.success;
    }
    if (params.command === SERVER_COMMANDS.fixAll) {
      const document = typeof argument === 'string' ? documents.get(argument) : undefined;
      if (!document) return false;
      const result = await linter.lint(document);
      const edits = fixAllEdits(document, result.findings);
      if (edits.length === 0) return true;
      const applied = await connection.workspace.applyEdit({
        label: 'Story Coach: fix all',
        edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
      });
      return applied.applied;
    }
    return false;
  });
}
