import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { REHEARSAL_COMMANDS } from '../../protocol';
import type { DocumentLinter } from '../document-linter';
import type { RehearsalFeature } from './rehearsal';
import { storyStatsLine } from './story-figures';

/**
 * Lenses above each story: words, estimated speaking time against its Target, open findings (an
 * empty command id on purpose: information, shown as plain text); then "Rehearse" with the
 * rehearsal record ("rehearsed 3× · last Tue · due Fri"), which opens the rehearsal panel.
 */
export function registerCodeLens(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, rehearsal?: RehearsalFeature): void {
  connection.onCodeLens(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const result = await linter.lint(document);
    const records = rehearsal ? await rehearsal.recordLines(textDocument.uri, result) : [];
    return result.stories.flatMap((story): CodeLens[] => {
      const parsed = result.document.stories[story.index];
      const line = document.positionAt(parsed.heading?.start ?? story.span.start).line;
      const range = { start: { line, character: 0 }, end: { line, character: 0 } };
      const title = storyStatsLine(result, story);
      const lenses: CodeLens[] = [{ range, command: { title, command: '', tooltip: `${story.title}: ${title}` } }];
      const record = records[story.index];
      if (record !== undefined) {
        const args = [textDocument.uri, line];
        lenses.push(
          { range, command: { title: '▶ Rehearse', command: REHEARSAL_COMMANDS.rehearseStory, arguments: args, tooltip: `Rehearse "${story.title}" aloud: cue card, timer, rating` } },
          { range, command: { title: record, command: REHEARSAL_COMMANDS.rehearseStory, arguments: args, tooltip: `${story.title}: ${record}` } },
        );
      }
      return lenses;
    });
  });
}
