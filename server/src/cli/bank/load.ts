// The bank of the command line: gathers its files (stories, role, rehearsal log, settings), reads
// them and builds the report. Unreadable files are reported on stderr and left out.
import * as path from 'node:path';
import { BankIndex, DEFAULT_OPTIONS, localIsoDate, type BankReport } from '../../engine';
import { bankFiles } from '../pool';
import { readStory } from '../read-story';
import { gatherBank } from './gather';

export interface LoadedBank {
  readonly report: BankReport;
  /** Files that could not be read (vanished, binary, not UTF-8). */
  readonly unreadable: number;
}

export async function loadBank(paths: readonly string[], options: { readonly config: string | null; readonly role: string | null }): Promise<LoadedBank> {
  const sources = gatherBank(paths, options);
  const relative = (file: string): string => path.relative(sources.root, file).split(path.sep).join('/') || path.basename(file);

  const index = new BankIndex({
    engine: sources.config?.options ?? {},
    questions: sources.config?.bank.questions ?? [],
    interviewDate: sources.config?.bank.interviewDate ?? null,
    ...(sources.config ? { recencyYears: sources.config.bank.recencyYears } : {}),
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
  const role = sources.role;
  if (role) read(role, (text) => index.setRole(relative(role), text));
  // Stories are read, linted and turned into records on worker threads (as `check` lints), in file
  // order; meanwhile this thread reads the questions and the role's requirements.
  const engine = { ...DEFAULT_OPTIONS, ...sources.config?.options };
  const linting = bankFiles(sources.storyFiles.map((file) => ({ file, path: relative(file), options: engine })));
  index.prepare();
  for (const result of await linting) {
    if (result.records && result.text !== undefined) {
      index.setRecords(result.path, result.text, result.records);
    } else {
      unreadable++;
      process.stderr.write(`story-coach: ${result.path}: ${result.error ?? 'could not be read'}\n`);
    }
  }
  index.setRehearsals(sources.rehearsals);
  for (const warning of sources.warnings) process.stderr.write(`story-coach: ${warning}\n`);

  return { report: index.report({ root: sources.root, today: localIsoDate(new Date()) }), unreadable };
}
