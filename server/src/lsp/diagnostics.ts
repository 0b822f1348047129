import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine';
import { ruleDocsUrl } from '../docs/location';

export const SOURCE = 'story-coach';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to code actions, so they find their finding again. */
export interface DiagnosticData {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly version: number;
}

/** A Story Coach diagnostic: severity, rule code with its doc page, source and message, the same for story and bank findings. */
export function coachDiagnostic(finding: { readonly rule: string; readonly severity: Severity; readonly message: string }, range: Range, data: unknown): Diagnostic {
  const href = ruleDocsUrl(finding.rule);
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
  };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, start: finding.span.start, end: finding.span.end, version: document.version };
  return coachDiagnostic(finding, { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) }, data);
}
