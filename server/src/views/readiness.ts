// Readiness at a glance: four ratios a candidate checks the day before an interview.
import type { BankReport } from '../engine/browser';

export type ReadinessId = 'requirements' | 'questions' | 'clean' | 'rehearsed';

export interface ReadinessMeasure {
  readonly id: ReadinessId;
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** done / total, or null when there is nothing to count (no role, no story). */
  readonly ratio: number | null;
  /** One sentence, the measure's text equivalent. */
  readonly text: string;
}

export function readiness(report: BankReport): ReadinessMeasure[] {
  const stories = report.stories;
  const requirements = report.role?.requirements ?? [];
  const measure = (id: ReadinessId, label: string, done: number, total: number, noun: string, empty: string): ReadinessMeasure => ({
    id,
    label,
    done,
    total,
    ratio: total === 0 ? null : done / total,
    text: total === 0 ? empty : `${done} of ${total} ${noun}`,
  });
  return [
    measure(
      'requirements',
      'Requirements covered',
      requirements.filter((requirement) => requirement.covered).length,
      requirements.length,
      'role requirements have a story',
      report.role ? 'The target role lists no requirements' : 'No target role',
    ),
    measure('questions', 'Questions with a story', report.questions.filter((question) => !question.gap).length, report.questions.length, 'questions have a story', 'No questions'),
    measure(
      'clean',
      'Stories free of warnings',
      stories.filter((story) => story.findings.error === 0 && story.findings.warning === 0).length,
      stories.length,
      'stories have no error or warning',
      'No stories yet',
    ),
    measure('rehearsed', 'Rehearsed on schedule', stories.filter((story) => story.rehearsals > 0 && !story.due).length, stories.length, 'stories are rehearsed and not due', 'No stories yet'),
  ];
}
