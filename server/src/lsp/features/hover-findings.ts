import { findRule, type Finding } from '../../engine';
import { ruleDocsUrl } from '../../docs/location';

/**
 * The coaching behind each finding under the cursor: guideline, why interviewers care, a weak →
 * strong pair and the rule page. The diagnostic's own message is shown by the editor already.
 */
export function findingsHover(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const finding of findings) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    const rule = findRule(finding.rule);
    if (!rule) continue;
    const link = ruleDocsUrl(rule.id);
    parts.push(
      [
        `**${rule.guideline}** — ${rule.title} (\`${rule.id}\`)`,
        rule.docs.why,
        `**Weak**\n${example(rule.docs.weak)}`,
        `**Strong**\n${example(rule.docs.strong)}`,
        link ? `[Read the \`${rule.id}\` rule page](${link})` : `Rule page: docs/rules/${rule.id}.md`,
      ].join('\n\n'),
    );
  }
  return parts;
}

/** A fenced `story` block, so a multi-line example keeps its headings and editors highlight it. */
function example(text: string): string {
  return ['```story', text.trim(), '```'].join('\n');
}
