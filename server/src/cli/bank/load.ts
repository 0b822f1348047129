// The bank of the command line: gathers its files (stories, role, rehearsal log, settings), reads
// them and builds the report. Unreadable files are reported on stderr and left out.
import * as path from 'node:path';
import { BankIndex, localIsoDate, type BankReport } from '../../engine';
import { readStory } from '../read-story';
import { gatherBank } from './gather';

export interface LoadedBank {
  readonly report: BankReport;
  /** Files that could not be read (vanished, binary, not UTF-8). */
  readonly unreadable: number;
}

export function loadBank(paths: readonly string[], options: { readonly config: string | null; readonly role: string | null }): LoadedBank {
  const sources = gatherBank(paths, options);
  const relative = (file: string): string => path.relative(sources.root, file).split(path.sep).join('/') || path.basename(file);

  const index = new BankIndex({
    engine: sources.config?.options ?? {},
    questions: sources.config?.bank.questions ?? [],
    interviewDate: sources.config?.bank.interviewDate ?? null,
  });
  let unreadable = 0;
  const read = (file: string, use: (text: string) => void): void => {
    try {
      use(readStory(file).text);
    } catch (error) {
      // A file that vanished, is binary or is not UTF-8 is reported and left out; the rest is reported.
      unreadable++;
      process.stderr.write(`story-coach: ${relative(file)}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  for (const file of sources.storyFiles) read(file, (text) => index.setFile(relative(file), text));
  const role = sources.role;
  if (role) read(role, (text) => index.setRole(relative(role), text));
  index.setRehearsals(sources.rehearsals);
  for (const warning of sources.warnings) process.stderr.write(`story-coach: ${warning}\n`);

  return { report: index.report({ root: sources.root, today: localIsoDate(new Date()) }), unreadable };
}
