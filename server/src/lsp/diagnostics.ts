import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
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

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const href = ruleDocsUrl(finding.rule);
  const data: DiagnosticData = { rule: finding.rule, start: finding.span.start, end: finding.span.end, version: document.version };
  return {
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
  };
}
