// A bank's rehearsal records for the language server: the log read once per change of the file
// (its size and time), each story's history with its hand-written `Rehearsed:` dates, its schedule.
import * as fs from 'node:fs';
import {
  localIsoDate,
  rehearsedDates,
  scheduleRehearsals,
  withHandWrittenDates,
  type ParsedRehearsalLog,
  type RehearsalEntry,
  type RehearsalSchedule,
  type Story,
} from '../engine';
import { readRehearsalLog, rehearsalLogFile } from './rehearsal-log';

export interface StoryRecord {
  readonly history: readonly RehearsalEntry[];
  readonly schedule: RehearsalSchedule;
  readonly today: string;
}

export class RehearsalRecords {
  private readonly logs = new Map<string, { readonly stamp: string; readonly log: ParsedRehearsalLog }>();

  constructor(private readonly today: () => string = () => localIsoDate(new Date())) {}

  async log(root: string): Promise<ParsedRehearsalLog> {
    let stamp = 'missing';
    try {
      const stat = await fs.promises.stat(rehearsalLogFile(root));
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      // No log yet.
    }
    const cached = this.logs.get(root);
    if (cached && cached.stamp === stamp) return cached.log;
    const log = stamp === 'missing' ? { entries: [], errors: [] } : await readRehearsalLog(root);
    this.logs.set(root, { stamp, log });
    return log;
  }

  /** A story's history (log plus hand-written dates) and its schedule as of today. */
  async record(root: string | null, storyId: string | null, story: Story, interviewDate: string | null): Promise<StoryRecord> {
    const logged = root && storyId ? (await this.log(root)).entries.filter((entry) => entry.story === storyId) : [];
    const history = withHandWrittenDates(storyId ?? '', logged, rehearsedDates(story));
    const today = this.today();
    return { history, schedule: scheduleRehearsals(history, { today, interviewDate }), today };
  }

  forget(root: string): void {
    this.logs.delete(root);
  }
}
