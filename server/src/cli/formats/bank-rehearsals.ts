// The rehearsal part of the `bank` report (story-bank spec §7): per story, rehearsals, the last and
// the next date, and which are due, with the interview date that caps the schedule.
import { daysBetween, type BankReport } from '../../engine';

export function rehearsalLines(report: BankReport): string[] {
  const today = report.today ?? null;
  const interview = report.interviewDate ?? null;
  const left = interview && today ? daysBetween(today, interview) : null;
  const when = interview ? `interview ${interview}${left !== null && left >= 0 ? `, ${left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${left} days`}` : ''}` : 'no interview date: set interviewDate in .storycoach.json or Interview: in the role';
  const due = report.stories.filter((story) => story.due).length;
  const lines = [`Rehearsals (${when}): ${due} of ${report.stories.length} due`];
  const width = Math.min(40, Math.max(5, ...report.stories.map((story) => story.title.length)));
  for (const story of report.stories) {
    const record = story.rehearsals === 0 ? 'never rehearsed'.padEnd(32) : `${`${story.rehearsals}×`.padEnd(4)} last ${story.lastRehearsed ?? '?'}  next ${story.nextRehearsal ?? '?'}`;
    lines.push(`  ${story.due ? '!' : ' '} ${fit(story.title, width)}  ${record}${story.due ? '  ← due' : ''}`);
  }
  return lines;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
