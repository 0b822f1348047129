// `story-coach sheet` (story-bank spec §6): the interview-day sheet — the stories most relevant to
// the target role, each with its hook, key figures, lesson and the questions it answers, and the
// role's requirements with the story to tell for each — as a printable page or Markdown.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBank } from '../bank/load';
import { CliError, defineCommand, UsageError } from '../command';
import { formatSheetHtml, formatSheetMarkdown } from '../formats/bank-html';

const FORMATS = ['html', 'markdown'] as const;

export const sheetCommand = defineCommand({
  name: 'sheet',
  synopsis: 'sheet [PATH...] [--role FILE] [--format html|markdown] [--out FILE] [--config FILE]',
  summary: 'the interview-day sheet: the stories to tell for the target role, on one printable page',
  help: `Writes the interview-day sheet for the bank in PATHs (as for "story-coach bank"; no PATH means
the current folder): the (at most eight) stories most relevant to the target role, each with its
title, a one-line hook, its key figures, its lesson and the questions it answers, and the role's
requirements with the story to tell for each. The HTML page is self-contained (no network) and
prints on A4 or Letter, two pages at most.

Options:
  --role FILE      the target role (.role file); default: "role" in .storycoach.json, else the
                   only .role file among the PATHs; without one, stories are ranked by the
                   interview questions they answer
  --format FORMAT  html (default) or markdown
  --out FILE       write to FILE (replaced whole, never left half-written) instead of standard output
  --config FILE    settings file (default: the nearest .storycoach.json upwards from the first PATH)
  -h, --help       show this help

Exit status: 0 written, 2 bad usage, an unreadable path or file, or invalid configuration.`,
  options: {
    role: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
  },
  async run({ values, positionals }) {
    const format = values.format ?? 'html';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be html or markdown, not "${format}"`);
    const { report, unreadable } = await loadBank(positionals, { config: values.config ?? null, role: values.role ?? null });
    const output = format === 'markdown' ? formatSheetMarkdown(report) : formatSheetHtml(report);
    if (values.out === undefined) process.stdout.write(output);
    else writeWhole(values.out, output);
    return unreadable > 0 ? 2 : 0;
  },
});

/** Writes through a temporary file in the same folder and renames it over the target. */
function writeWhole(file: string, text: string): void {
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${file}: ${error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)}`);
  }
}
