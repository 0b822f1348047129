// `story-coach bank` (story-bank spec §6): the whole bank — balance, competency coverage, the
// question map with gaps, relevance to the target role, bank findings — as text, JSON or Markdown.
import type { BankReport } from '../../engine';
import { loadBank } from '../bank/load';
import { defineCommand, UsageError } from '../command';
import { formatBankHtml } from '../formats/bank-html';
import { formatBankMarkdown } from '../formats/bank-markdown';
import { formatBankText, noStoriesMessage } from '../formats/bank-text';

/** Output formats. */
export const BANK_FORMATS: Record<string, (report: BankReport) => string> = {
  text: (report) => formatBankText(report),
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  markdown: (report) => formatBankMarkdown(report),
  html: (report) => formatBankHtml(report),
};

export const bankCommand = defineCommand({
  name: 'bank',
  synopsis: 'bank [PATH...] [--role FILE] [--format text|json|markdown|html] [--config FILE]',
  summary: 'the story bank: balance, coverage, the question map and fit to a target role',
  help: `Reports on the whole set of stories (folders are searched recursively for .story files, and
for Markdown files matched by "storyFiles" in .storycoach.json; no PATH means the current folder):
the balance of achievements and failures, which competencies each story shows, which interview
questions each story answers and which have no story (gaps), how the stories cover the target
role's requirements, and the bank findings.

Options:
  --role FILE      the target role (.role file); default: "role" in .storycoach.json, else the
                   only .role file among the PATHs
  --format FORMAT  text (default), json, markdown or html (the dashboard: one self-contained page
                   with charts, no network)
  --config FILE    settings file (default: the nearest .storycoach.json upwards from the first PATH)
  -h, --help       show this help

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, unreadable path or invalid configuration.`,
  options: {
    role: { type: 'string' },
    format: { type: 'string' },
    config: { type: 'string' },
  },
  async run({ values, positionals }) {
    const format = values.format ?? 'text';
    const formatter = BANK_FORMATS[format];
    if (!formatter) throw new UsageError(`--format must be ${Object.keys(BANK_FORMATS).join(', ')}, not "${format}"`);
    const { report, unreadable } = await loadBank(positionals, { config: values.config ?? null, role: values.role ?? null });
    if (report.stories.length === 0 && format === 'text') process.stdout.write(noStoriesMessage(positionals, unreadable));
    else process.stdout.write(formatter(report));

    if (unreadable > 0) return 2;
    return report.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
});
