// The `bank` command's Markdown report: the same content as the text report, as headings and tables
// (for a notes app, a wiki page or a pull request).
import { COMPETENCY_IDS, competencyName, type BankReport } from '../../engine';

export function formatBankMarkdown(report: BankReport): string {
  const titles = new Map(report.stories.map((story) => [story.id, story.title]));
  const link = (id: string): string => {
    const story = report.stories.find((candidate) => candidate.id === id);
    return story ? `[${cell(story.title)}](${encodeURI(story.path)}#L${story.line})` : cell(titles.get(id) ?? id);
  };
  const out: string[] = ['# Story bank', ''];
  out.push(`${report.stories.length} stories · ${Object.entries(report.balance).map(([kind, count]) => `${count} ${kind}`).join(' · ')}`, '');

  out.push('## Coverage', '', `| story | kind | ${COMPETENCY_IDS.join(' | ')} |`, `|---|---|${COMPETENCY_IDS.map(() => ':-:').join('|')}|`);
  for (const story of report.stories) {
    const cells = COMPETENCY_IDS.map((id) => {
      const shown = story.competencies.find((competency) => competency.id === id);
      return shown ? (shown.source === 'tagged' ? '●' : '○') : '';
    });
    out.push(`| ${link(story.id)} | ${story.kind} | ${cells.join(' | ')} |`);
  }
  out.push('', '● tagged · ○ inferred from the story\'s words', '');
  const missing = report.competencies.filter((entry) => COMPETENCY_IDS.includes(entry.id) && entry.stories.length === 0);
  if (missing.length > 0) out.push(`No story shows: ${missing.map((entry) => `${competencyName(entry.id)} (\`${entry.id}\`)`).join(', ')}.`, '');

  out.push('## Questions', '', '| question | kind | best story | score | why |', '|---|---|---|---|---|');
  for (const question of report.questions) {
    const best = question.matches[0];
    const why = best ? [...(best.competencies ?? []), ...(best.terms ?? []).map((term) => `"${term}"`)].join(', ') : '';
    out.push(`| ${question.gap ? '**gap:** ' : ''}${cell(question.text)} | ${question.kind} | ${best && !question.gap ? link(best.story) : '—'} | ${best ? (best.pinned ? 'pinned' : best.score.toFixed(2)) : ''} | ${cell(why)} |`);
  }
  out.push('');

  if (report.role) {
    const role = report.role;
    out.push(`## Target role: ${cell(role.title)}`, '');
    const about = [role.company, role.level, role.interview ? `interview ${role.interview}` : null].filter(Boolean).join(' · ');
    if (about) out.push(about, '');
    out.push('| line | requirement | covered | best story | score | terms |', '|---|---|---|---|---|---|');
    for (const requirement of role.requirements) {
      const best = requirement.matches[0];
      out.push(`| ${requirement.line} | ${cell(requirement.text)} | ${requirement.covered ? 'yes' : '**no**'} | ${best && requirement.covered ? link(best.story) : '—'} | ${best ? best.score.toFixed(2) : ''} | ${cell((best?.terms ?? []).join(', '))} |`);
    }
    out.push('');
  }

  out.push('## Findings', '');
  if (report.findings.length === 0) out.push('No bank findings.');
  for (const finding of report.findings) out.push(`- **${finding.severity}** \`${finding.rule}\` ${finding.path ? `${finding.path}:${finding.line}` : '(bank)'}: ${finding.message}`);
  out.push('');
  return out.join('\n');
}

/** Text inside a table cell: pipes escaped, one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}
