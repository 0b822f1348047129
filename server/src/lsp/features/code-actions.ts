import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type TextDocuments,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, DIRECTIVE_PREFIX, type Finding, findRule, lineEnding, safeFixEdits, type StoryDocument, type TextEdit } from '../../engine';
import { SERVER_COMMANDS } from '../../protocol';
import type { DiagnosticData } from '../diagnostics';
import type { DocumentLinter } from '../document-linter';
import { type BankServer, isRoleDocument } from '../bank';
import { roleCodeActions } from '../bank/role-features';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.storyCoach`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

/**
 * Quick fixes for each diagnostic — the rule's own fixes, "disable for this line", "disable for
 * this file" and "show documentation" — and `source.fixAll.storyCoach`, which applies every safe fix.
 */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, bank?: BankServer): void {
  connection.onCodeAction(async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (isRoleDocument(document)) return bank ? roleCodeActions(bank.service, document, params, bank.createsFiles) : [];
    const result = await linter.lint(document);
    const only = params.context.only;
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.Source));
    const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
    const actions: CodeAction[] = [];

    if (wantsQuickFix) {
      for (const diagnostic of params.context.diagnostics) {
        const finding = findingFor(diagnostic, result.findings);
        if (!finding) continue;
        for (const fix of finding.fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred === true,
            edit: { changes: { [document.uri]: fix.edits.map((edit) => toLspEdit(document, edit)) } },
          });
        }
        actions.push(...suppressionActions(document, diagnostic, finding, result.document));
      }
    }
    if (wantsFixAll || (!only && hasSafeFixes(result.findings))) {
      const edits = fixAllEdits(document, result.findings);
      if (edits.length > 0 || wantsFixAll) {
        actions.push({
          title: 'Fix all auto-fixable Story Coach problems',
          kind: FIX_ALL_KIND,
          edit: { changes: { [document.uri]: edits } },
        });
      }
    }
    return actions;
  });
}

function hasSafeFixes(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.fixes.some((fix) => fix.safe));
}

/** One pass of every safe fix, as a single edit so the result is exactly what `--fix` writes for that pass. */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): LspTextEdit[] {
  const text = document.getText();
  const { applied } = applyEdits(text, safeFixEdits(findings));
  return applied.map((edit) => toLspEdit(document, edit));
}

function findingFor(diagnostic: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data || typeof data.rule !== 'string') return undefined;
  // Several findings of one rule can share a range (missing sections all point at the title): the message tells them apart.
  return findings.find(
    (finding) =>
      finding.rule === data.rule && finding.span.start === data.start && finding.span.end === data.end && finding.message === diagnostic.message,
  );
}

function suppressionActions(document: TextDocument, diagnostic: Diagnostic, finding: Finding, parsed: StoryDocument): CodeAction[] {
  const rule = findRule(finding.rule);
  if (!rule) return [];
  const text = document.getText();
  const eol = lineEnding(text);
  const actions: CodeAction[] = [];
  const lineStart = directiveLineStart(document, parsed, finding.span.start);
  const indent = /^[ \t]*/.exec(text.slice(Math.max(0, lineStart)))?.[0] ?? '';
  if (rule.id !== 'unknown-directive' && lineStart >= 0) {
    actions.push({
      title: `Disable ${rule.id} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [document.uri]: [toLspEdit(document, { start: lineStart, end: lineStart, newText: `${indent}<!-- ${DIRECTIVE_PREFIX}disable-next-line ${rule.id} -->${eol}` })],
        },
      },
    });
  }
  const fileStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  actions.push({
    title: `Disable ${rule.id} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: { [document.uri]: [toLspEdit(document, { start: fileStart, end: fileStart, newText: `<!-- ${DIRECTIVE_PREFIX}disable-file ${rule.id} -->${eol}` })] },
    },
  });
  actions.push({
    title: `Show documentation for ${rule.id}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${rule.id}`, command: SERVER_COMMANDS.showRuleDocumentation, arguments: [rule.id] },
  });
  return actions;
}

/**
 * Where a disable-next-line directive for the line holding `offset` goes: that line's start — unless
 * the line begins inside a multi-line comment, where the directive's `-->` would close the comment
 * early and turn its tail into text. Then it goes on the line the comment opens on (comment-only
 * lines do not count as the "next line"), or nowhere (-1) when text precedes the comment there.
 */
function directiveLineStart(document: TextDocument, parsed: StoryDocument, offset: number): number {
  let lineStart = document.offsetAt({ line: document.positionAt(offset).line, character: 0 });
  for (let guard = 0; guard <= parsed.comments.length; guard++) {
    const comment = parsed.comments.find((span) => span.start < lineStart && lineStart < span.end);
    if (!comment) return lineStart;
    lineStart = document.offsetAt({ line: document.positionAt(comment.start).line, character: 0 });
    if (parsed.uncommented.slice(lineStart, comment.start).trim() !== '') return -1;
  }
  return -1;
}

function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}
