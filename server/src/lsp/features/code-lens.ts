import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter } from '../document-linter';
import { type BankServer, isRoleDocument } from '../bank';
import { bankCodeLenses } from '../bank/role-features';
import { storyStatsLine } from './story-figures';

/**
 * A lens above each story: words, estimated speaking time against its Target, open findings.
 * Its command id is empty on purpose: the lens is information, so VS Code shows it as plain text.
 */
export function registerCodeLens(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, bank?: BankServer): void {
  connection.onCodeLens(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    if (isRoleDocument(document)) return bank ? bankCodeLenses(bank.service, document) : [];
    const result = await linter.lint(document);
    const lenses = result.stories.map((story): CodeLens => {
      const parsed = result.document.stories[story.index];
      const line = document.positionAt(parsed.heading?.start ?? story.span.start).line;
      const title = storyStatsLine(result, story);
      return {
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        command: { title, command: '', tooltip: `${story.title}: ${title}` },
      };
    });
    // With a target role, each story also says how many of its requirements it fits.
    if (!bank) return lenses;
    return [...lenses, ...(await bankCodeLenses(bank.service, document, lenses.map((lens) => lens.range.start.line)))];
  });
}
