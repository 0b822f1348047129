import { daysBetween } from '../../practice/dates';
import { relativeDay } from '../../practice/history';
import { inFinalWeek, rehearsalOrder } from '../../practice/schedule';
import type { BankRule } from './bank-rule';

export const rehearsalDue: BankRule = {
  id: 'rehearsal-due',
  title: 'Story due for rehearsal',
  guideline: 'Practice',
  defaultSeverity: 'hint',
  summary: 'A story never rehearsed aloud, or due again on its rehearsal schedule; in the last week before the interview, the most relevant first.',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'A story you have only written is not ready: the first time you tell it aloud it runs long, the figures slip and the point gets lost. Rehearsals spaced out over days, each recalled from a cue card rather than reread, make the delivery confident without sounding memorised. Story Coach schedules each story from your self-ratings (FSRS) and brings every story back in the last days before the interview, the ones most relevant to the role first.',
    weak: '# Warehouse move\nKind: achievement\n\n## Situation\nOur main warehouse had to move in six weeks.\n\n## Action\nI planned the move in three waves.\n\n## Result\nWe moved 40,000 items with two hours of downtime.',
    strong: '# Warehouse move\nKind: achievement\nRehearsed: 2026-11-28\n\n## Situation\nOur main warehouse had to move in six weeks.\n\n## Action\nI planned the move in three waves.\n\n## Result\nWe moved 40,000 items with two hours of downtime.',
    quietWhen: 'Stories rehearsed recently enough for their schedule (a run rated good waits a few days, then weeks). Rehearse with Story Coach: Rehearse Story or `story-coach rehearse`.',
  },
  check(context) {
    const { today, interviewDate } = context;
    const relevance = new Map<string, number>();
    for (const requirement of context.role?.requirements ?? []) {
      for (const match of requirement.matches) relevance.set(match.story, Math.max(relevance.get(match.story) ?? 0, match.score));
    }
    const items = context.storyReports.map((story) => ({ story, schedule: story, relevance: relevance.get(story.id) ?? 0 }));
    const finalWeek = inFinalWeek(today, interviewDate);
    const daysLeft = interviewDate ? daysBetween(today, interviewDate) : null;
    const ordered = rehearsalOrder(items, { today, interviewDate }).filter((item) => item.schedule.due);
    ordered.forEach(({ story }, rank) => {
      const when =
        story.rehearsals === 0 || !story.lastRehearsed
          ? `"${story.title}" has never been rehearsed aloud`
          : `"${story.title}" is due for rehearsal (${story.rehearsals}× so far, last ${relativeDay(story.lastRehearsed, today)})`;
      const soon = finalWeek && daysLeft !== null ? ` The interview is ${daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`}: rehearse it ${rank === 0 ? 'first' : `${ordinal(rank + 1)}`}.` : '';
      context.report({ target: { story: story.id }, stories: [story.id], message: `${when}.${soon} Run Story Coach: Rehearse Story, or story-coach rehearse.` });
    });
  },
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
