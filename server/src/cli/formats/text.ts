import type { FileReport } from '../check-file';

const LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** ESLint-style report: a block per file, `line:column  severity  message  rule`, then totals. */
export function formatText(reports: readonly FileReport[], useColor: boolean): string {
  const paint = (code: string, text: string): string => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = { error: '31', warning: '33', info: '36', hint: '2' } as const;
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const report of reports) {
    if (report.error) {
      out.push(`${paint('4', report.path)}`, `  ${paint(colors.error, 'error')}  could not check: ${report.error}`, '');
      continue;
    }
    if (report.findings.length === 0) continue;
    out.push(paint('4', report.path));
    const width = Math.max(...report.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    for (const finding of report.findings) {
      counts[finding.severity]++;
      if (finding.fixable) fixable++;
      const where = `${finding.line}:${finding.column}`.padEnd(width);
      out.push(`  ${paint('2', where)}  ${paint(colors[finding.severity], LABEL[finding.severity].padEnd(7))}  ${finding.message}  ${paint('2', finding.rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const stories = reports.reduce((sum, report) => sum + report.stories.length, 0);
  const fixed = reports.reduce((sum, report) => sum + (report.fixed ?? 0), 0);
  const summary =
    total === 0
      ? `✔ ${plural(stories, 'story', 'stories')} in ${plural(reports.length, 'file')}: no problems`
      : `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}, ${plural(counts.hint, 'hint')}) in ${plural(stories, 'story', 'stories')}`;
  out.push(paint(total === 0 ? '32' : counts.error > 0 ? '31' : '33', summary));
  if (fixed > 0) out.push(`  ${fixed} ${fixed === 1 ? 'fix' : 'fixes'} written.`);
  else if (fixable > 0) out.push(`  ${fixable} ${fixable === 1 ? 'problem is' : 'problems are'} fixable with --fix.`);
  return out.join('\n') + '\n';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
