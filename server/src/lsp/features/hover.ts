import { type Connection, type Hover, MarkupKind, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult, Span } from '../../engine';
import type { DocumentLinter } from '../document-linter';
import { type BankServer, isRoleDocument } from '../bank';
import { roleHover } from '../bank/role-features';
import { directiveHover } from './hover-directives';
import { findingsHover } from './hover-findings';
import { metadataHover, sectionHover } from './hover-structure';
import { storyAt } from './story-figures';

/**
 * Markdown hovers: the coaching behind the findings under the cursor, then what the thing under it
 * is — a section heading or label, a metadata line, or a directive comment.
 */
export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, bank?: BankServer): void {
  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    if (isRoleDocument(document)) return bank ? roleHover(bank.service, document, position) : null;
    const result = await linter.lint(document);
    const offset = document.offsetAt(position);
    const parts = [...findingsHover(result.findings.filter((finding) => covers(finding.span, offset))), ...structureHover(result, offset)];
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
  });
}

function structureHover(result: LintResult, offset: number): string[] {
  const directive = result.document.directives.find((candidate) => covers(candidate.span, offset));
  if (directive) return [directiveHover(result.document, directive)];
  const story = storyAt(result, offset);
  if (!story) return [];
  const parsed = result.document.stories[story.index];
  const sectionIndex = parsed.sections.findIndex((section) => covers(section.header, offset));
  if (sectionIndex >= 0) return [sectionHover(result, story, sectionIndex)];
  const entry = parsed.metadata.find((candidate) => covers(candidate.line, offset));
  if (entry) return [metadataHover(entry)];
  return [];
}

/** Inclusive of the end, so the cursor just after the last character still counts as on it. */
function covers(span: Span, offset: number): boolean {
  return span.end > span.start && offset >= span.start && offset <= span.end;
}
