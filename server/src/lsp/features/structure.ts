import {
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  FoldingRangeKind,
  SymbolKind,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDuration, type Span } from '../../engine';
import type { DocumentLinter } from '../document-linter';
import { isRoleDocument } from '../bank';

/** Outline (stories → sections) and folding (stories, sections, multi-line comments). */
export function registerStructure(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || isRoleDocument(document)) return [];
    const result = await linter.lint(document);
    const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(trimEnd(document, span)) });
    return result.document.stories.map((story): DocumentSymbol => {
      const summary = result.stories[story.index];
      const selection = story.heading ?? { start: story.span.start, end: story.span.start };
      return {
        name: story.title || 'Untitled story',
        detail: `${story.kind} · ${summary.words} words · ${formatDuration(summary.speakingSeconds)}`,
        kind: SymbolKind.Class,
        range: range(story.span),
        selectionRange: range(selection),
        children: story.sections.map((section, index): DocumentSymbol => ({
          name: section.name || '(untitled section)',
          detail: `${result.sectionWords[story.index][index]} words`,
          kind: section.role === 'notes' ? SymbolKind.String : section.role === 'unknown' ? SymbolKind.Field : SymbolKind.Method,
          range: range(section.span),
          selectionRange: range(section.nameSpan),
        })),
      };
    });
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || isRoleDocument(document)) return [];
    const result = await linter.lint(document);
    const ranges: FoldingRange[] = [];
    const add = (span: Span, kind?: FoldingRangeKind): void => {
      const startLine = document.positionAt(span.start).line;
      const endLine = document.positionAt(trimEnd(document, span)).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
    };
    for (const story of result.document.stories) {
      add(story.span);
      if (story.metadataSpan) add(story.metadataSpan);
      for (const section of story.sections) add(section.span);
    }
    for (const comment of result.document.comments) add(comment, FoldingRangeKind.Comment);
    return ranges;
  });
}

/** The span's end without trailing blank lines, so folds stop at the last line of text. */
function trimEnd(document: TextDocument, span: Span): number {
  const text = document.getText();
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return Math.max(span.start, end);
}
