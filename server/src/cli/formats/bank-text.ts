// The `bank` command's readable report: balance, the coverage matrix (stories × competencies), the
// question map with its gaps, the target role's requirements with their best stories, findings.
import { COMPETENCY_IDS, competencyName, type BankFinding, type BankReport} from '../../engine';

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;

export function formatBankText(report: BankReport): string {
  const out: string[] = [];
  const titles = new Map(report.stories.map((story) => [story.id, story.title]));
  const title = (id: string): string => titles.get(id) ?? id;
  const files = new Set(report.stories.map((story) => story.path)).size;

  out.push(`Story bank: ${plural(report.stories.length, 'story', 'stories')} in ${plural(files, 'file')} (${report.root})`);
  out.push(`Balance: ${balanceLine(report)}`);
  out.push('');

  // Coverage matrix: one row per story, one column per competency.
  out.push('Coverage (● tagged, ○ inferred; a custom tag is listed after the row)');
  const labelWidth = Math.min(40, Math.max(...report.stories.map((story) => story.title.length), 5));
  const header = `${''.padEnd(labelWidth)}  ${COMPETENCY_IDS.map((id) => id.slice(0, 4).padEnd(4)).join(' ')}`;
  out.push(header);
  for (const story of report.stories) {
    const cells = COMPETENCY_IDS.map((id) => {
      const shown = story.competencies.find((competency) => competency.id === id);
      return (shown ? (shown.source === 'tagged' ? '●' : '○') : '·').padEnd(4);
    });
    const custom = story.competencies.filter((competency) => !COMPETENCY_IDS.includes(competency.id)).map((competency) => competency.id);
    out.push(`${fit(story.title, labelWidth)}  ${cells.join(' ')}${custom.length > 0 ? `  + ${custom.join(', ')}` : ''}`);
  }
  const weighs = new Set(report.role?.competencies ?? []);
  const counts = COMPETENCY_IDS.map((id) => report.competencies.find((entry) => entry.id === id)?.stories.length ?? 0);
  out.push(`${'stories'.padEnd(labelWidth)}  ${counts.map((count, index) => (count === 0 && weighs.has(COMPETENCY_IDS[index]) ? '0!' : String(count)).padEnd(4)).join(' ')}`);
  const missing = COMPETENCY_IDS.filter((_, index) => counts[index] === 0);
  if (missing.length > 0) out.push(`No story shows: ${missing.map((id) => `${competencyName(id)} (${id})`).join(', ')}`);
  out.push('');

  // The question map.
  const gaps = report.questions.filter((question) => question.gap);
  out.push(`Questions: ${report.questions.length}, ${plural(gaps.length, 'gap')} (✓ best story and score; ✗ no story fits well enough)`);
  for (const question of report.questions) {
    const best = question.matches[0];
    const why = best ? explain(best.competencies ?? [], best.terms ?? []) : '';
    if (question.gap) {
      out.push(`  ✗ ${question.text}${best ? `  (closest: ${title(best.story)}, ${best.score.toFixed(2)})` : ''}`);
    } else if (best) {
      out.push(`  ✓ ${question.text}`);
      out.push(`      → ${title(best.story)} ${best.pinned ? '(pinned)' : best.score.toFixed(2)}${why}`);
    }
  }
  out.push('');

  // The target role.
  if (report.role) {
    const role = report.role;
    const covered = role.requirements.filter((requirement) => requirement.covered).length;
    const about = [role.company, role.level, role.interview ? `interview ${role.interview}` : null].filter(Boolean).join(', ');
    out.push(`Target role: ${role.title}${about ? ` (${about})` : ''} — ${role.path}`);
    out.push(`Requirements covered: ${covered} of ${role.requirements.length}`);
    for (const requirement of role.requirements) {
      const best = requirement.matches[0];
      if (requirement.covered && best) {
        out.push(`  ✓ ${requirement.line}: ${requirement.text}`);
        out.push(`      → ${title(best.story)} ${best.score.toFixed(2)}${explain(best.competencies ?? [], best.terms)}`);
      } else {
        out.push(`  ✗ ${requirement.line}: ${requirement.text}  (no story${requirement.competencies.length > 0 ? `; write one showing ${requirement.competencies.join(', ')}` : ''})`);
      }
    }
  } else {
    out.push('Target role: none (add a .role file with the job description, or pass --role FILE)');
  }
  out.push('');

  out.push(...findingLines(report.findings));
  return `${out.join('\n')}\n`;
}

/** What `bank` prints for a workspace with no stories: not an error, a way to start. */
export function noStoriesMessage(paths: readonly string[], unreadable: number): string {
  const where = paths.length > 0 ? paths.join(', ') : 'this folder';
  return [
    `No stories found in ${where}${unreadable > 0 ? ` (${plural(unreadable, 'file')} could not be read)` : ''}.`,
    'A story bank is a set of .story files, one story per "# Title". Start with one:',
    '',
    '  # The project I turned around',
    '  Kind: achievement',
    '  Competencies: execution, leadership',
    '',
    '  ## Situation … ## Task … ## Action … ## Result …',
    '',
    'Markdown notes work too: list them in .storycoach.json as "storyFiles": ["stories/**/*.md"].',
    '',
  ].join('\n');
}

function balanceLine(report: BankReport): string {
  const parts = Object.entries(report.balance).map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : kind === 'failure' ? 's' : 's'}`);
  const failures = report.balance.failure ?? 0;
  const total = report.stories.length;
  const hint = total === 0 ? '' : failures === 0 ? ' — no failure story yet' : failures / total < 1 / 6 ? ' — few failures' : failures / total > 1 / 2 ? ' — mostly failures' : ' — balanced';
  return `${parts.join(' · ')}${hint}`;
}

function explain(competencies: readonly string[], terms: readonly string[]): string {
  const parts = [competencies.length > 0 ? competencies.join(', ') : null, terms.length > 0 ? `"${terms.slice(0, 5).join('", "')}"` : null].filter(Boolean);
  return parts.length > 0 ? `  [${parts.join('; ')}]` : '';
}

export function findingLines(findings: readonly BankFinding[]): string[] {
  if (findings.length === 0) return ['✔ No bank findings.'];
  const counts = Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length]));
  const lines = [`Findings: ${SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => `${counts[severity]} ${severity}`).join(', ')}`];
  for (const finding of findings) {
    const where = finding.path ? `${finding.path}:${finding.line}:${finding.column}` : '(bank)';
    lines.push(`  ${where}  ${finding.severity.padEnd(7)}  ${finding.message}  ${finding.rule}`);
  }
  return lines;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

