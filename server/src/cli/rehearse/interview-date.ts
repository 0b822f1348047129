// The interview date that caps a rehearsal's schedule (story-bank spec §7): the target role's
// `Interview:`, else `interviewDate` of `.storycoach.json`. The target role is found as for `bank`
// (spec §4): `--role FILE`, else `role` of the settings file, else the only `.role` file in the bank.
import type { ProjectConfig } from '../../config';
import { parseRole } from '../../engine';
import { targetRole } from '../bank/gather';
import { readStory } from '../read-story';

/** `warn` hears of a role file that cannot be read: the rehearsal goes on without its date. */
export function rehearsalInterviewDate(root: string, project: ProjectConfig | null, roleOption: string | null, warn: (message: string) => void): string | null {
  const role = targetRole([root], roleOption, project?.bank.role ?? null);
  return (role === null ? null : roleInterview(role, warn)) ?? project?.bank.interviewDate ?? null;
}

function roleInterview(file: string, warn: (message: string) => void): string | null {
  try {
    return parseRole(readStory(file).text, file).interview;
  } catch (error) {
    warn(`${file}: ${(error as Error).message}; its Interview: date does not cap the schedule`);
    return null;
  }
}
