import * as path from 'node:path';
import { lint, storyRecords, type EngineOptions, type StoryRecord } from '../../engine';
import { readStory } from '../read-story';

export interface BankFileRequest {
  readonly file: string;
  /** Relative to the bank root, with `/`. */
  readonly path: string;
  readonly options: EngineOptions;
}

export interface BankFileResult {
  readonly path: string;
  readonly text?: string;
  readonly records?: readonly StoryRecord[];
  /** Why the file could not be read (vanished, binary, not UTF-8…). */
  readonly error?: string;
}

/** Reads and lints one story file into its bank records. Never throws. */
export function bankFile({ file, path: relative, options }: BankFileRequest): BankFileResult {
  try {
    const text = readStory(file).text;
    const fileOptions = { ...options, fileName: path.basename(file) };
    return { path: relative, text, records: storyRecords(relative, lint(text, fileOptions), fileOptions) };
  } catch (error) {
    return { path: relative, error: error instanceof Error ? error.message : String(error) };
  }
}
