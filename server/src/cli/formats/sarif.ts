import { RULES, type Severity } from '../../engine';
import { ruleDocsUrl } from '../../docs/location';
import type { FileReport } from '../check-file';

const LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning tools. Columns are UTF-16 code units, SARIF's default. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'story-coach',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.docs.why },
              ...(ruleDocsUrl(rule.id) ? { helpUri: ruleDocsUrl(rule.id) } : {}),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { guideline: rule.guideline },
            })),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.rule,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  // A URI reference, so "my story.story" must be written "my%20story.story".
                  artifactLocation: { uri: report.path.split('/').map(encodeURIComponent).join('/') },
                  region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                },
              },
            ],
          })),
        ),
        invocations: [
          {
            executionSuccessful: reports.every((report) => !report.error),
            toolExecutionNotifications: reports
              .filter((report) => report.error)
              .map((report) => ({ level: 'error', message: { text: `${report.path}: ${report.error}` } })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
