import type { FileReport } from '../check-file';

/** The spec's §6 JSON document. Fields beyond the spec (`error`, `fixed`) appear only when set. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({ version: 1, files: reports.map(({ ruleFailures: _ruleFailures, ...report }) => report) }, null, 2) + '\n';
}
