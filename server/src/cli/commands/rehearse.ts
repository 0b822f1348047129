// `story-coach rehearse FILE [--story TITLE]` (story-bank spec §6–7): rehearse one story in the terminal.
import * as path from 'node:path';
import { ConfigLocator, loadProjectConfig } from '../../config';
import { DEFAULT_OPTIONS } from '../../engine';
import { CliError, defineCommand, UsageError } from '../command';
import { rehearsalInterviewDate } from '../rehearse/interview-date';
import { rehearse, RehearseError } from '../rehearse/run';

export const rehearseCommand = defineCommand({
  name: 'rehearse',
  synopsis: 'rehearse FILE [--story TITLE] [--role FILE] [--config FILE]',
  summary: 'rehearse a story aloud: cue card, timer with splits, self-rating, logged',
  help: `Rehearses one story in the terminal: a cue card (the opening and one anchor per section, key
figures), a timer with a split per section (space, enter or → for the next), time against the
story's Target, a summary per section and a self-rating (1-4 or a/h/g/e: again, hard, good, easy).
The rehearsal is appended to .storycoach/rehearsals.jsonl under the bank root, and today's date is
added to the story's Rehearsed: line. q or Ctrl-C stops without logging anything. The next
rehearsal comes sooner as the interview nears: the target role's Interview: date, else
"interviewDate" in .storycoach.json.

Options:
  --story TITLE    the story to rehearse, by title (needed when the file holds several)
  --role FILE      the target role (.role file); default: "role" in .storycoach.json, else the
                   only .role file in the bank
  --config FILE    settings file (default: the nearest .storycoach.json upwards; its folder is the bank root)
  -h, --help       show this help

Exit status: 0 logged, 1 not logged because the file changed meanwhile, 2 bad usage or no terminal,
130 stopped.`,
  options: {
    story: { type: 'string' },
    role: { type: 'string' },
    config: { type: 'string' },
  },
  async run({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError('rehearse needs one FILE: story-coach rehearse FILE [--story TITLE]');
    const file = positionals[0];
    const configFile = values.config ?? new ConfigLocator().nearest(path.dirname(path.resolve(file)));
    const project = configFile ? loadProjectConfig(configFile) : null;
    const root = project ? project.bank.root : process.cwd();
    try {
      return await rehearse({
        file,
        story: values.story ?? null,
        root,
        wordsPerMinute: (project?.options ?? DEFAULT_OPTIONS).wordsPerMinute,
        interviewDate: rehearsalInterviewDate(root, project, values.role ?? null, (message) => process.stderr.write(`story-coach: ${message}
`)),
      });
    } catch (error) {
      if (error instanceof RehearseError) throw new CliError(error.message);
      throw error;
    }
  },
});
