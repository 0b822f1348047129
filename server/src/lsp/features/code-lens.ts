import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { REHEARSAL_COMMANDS } from '../../protocol';
import type { DocumentLinter } from '../document-linter';
import { type BankServer, isRoleDocument } from '../bank';
import { bankCodeLenses } from '../bank/role-features';
import type { RehearsalFeature } from './rehearsal';
import { storyStatsLine } from './story-figures';

/**
 * Lenses above each story: words, estimated speaking time against its Target, open findings (an
 * empty command id on purpose: information, shown as plain text); then "Rehearse" with the
 * rehearsal record ("rehearsed 3× · last Tue · due Fri"), which opens the rehearsal panel.
 */
export function registerCodeLens(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  linter: DocumentLinter,
  bank?: BankServer,
  rehearsal?: RehearsalFeature,
): void {
  connection.onCodeLens(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    if (isRoleDocument(document)) return bank ? bankCodeLenses(bank.service, document) : [];
    const result = await linter.lint(document);
    const records = rehearsal ? await rehearsal.recordLines(textDocument.uri, result) : [];
    const lines = result.stories.map((story) => document.positionAt(result.document.stories[story.index].heading?.start ?? story.span.start).line);
    const lenses = result.stories.map((story, index): CodeLens => {
      const title = storyStatsLine(result, story);
      return { range: lineRange(lines[index]), command: { title, command: '', tooltip: `${story.title}: ${title}` } };
    });
    const rehearse = result.stories.flatMap((story, index): CodeLens[] => {
      const record = records[story.index];
      if (record === undefined) return [];
      const range = lineRange(lines[index]);
      const args = [textDocument.uri, lines[index]];
      return [
        { range, command: { title: '▶ Rehearse', command: REHEARSAL_COMMANDS.rehearseStory, arguments: args, tooltip: `Rehearse "${story.title}" aloud: cue card, timer, rating` } },
        { range, command: { title: record, command: REHEARSAL_COMMANDS.rehearseStory, arguments: args, tooltip: `${story.title}: ${record}` } },
      ];
    });
    // With a target role, each story also says how many of its requirements it fits.
    const roleLenses = bank ? await bankCodeLenses(bank.service, document, lines) : [];
    return [...lenses, ...roleLenses, ...rehearse];
  });
}

function lineRange(line: number): CodeLens['range'] {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}
