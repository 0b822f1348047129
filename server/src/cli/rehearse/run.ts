// `story-coach rehearse FILE [--story TITLE]` (story-bank spec §6–7): pick the story, rehearse it
// in the terminal, then log the rehearsal and add today's date to its `Rehearsed:` line.
import * as path from 'node:path';
import {
  buildCueCards,
  localIsoDate,
  localIsoDateTime,
  parseStoryDocument,
  rehearsalLine,
  rehearsedEdit,
  scheduleRehearsals,
  sectionSeconds,
  summarizeRehearsal,
  storyIds,
  storySlug,
  type RehearsalEntry,
} from '../../engine';
import { appendRehearsal, readRehearsalLog, REHEARSAL_LOG_PATH } from '../../node/rehearsal-log';
import { readStory } from '../read-story';
import { writeStoryAtomically } from '../write-story';
import { summaryLines } from './screen';
import { rehearseInTerminal } from './terminal';

export interface RehearseRequest {
  readonly file: string;
  /** `--story`: a title or its slug, case-insensitive. */
  readonly story: string | null;
  /** The bank root: story ids and the log are relative to it. */
  readonly root: string;
  readonly wordsPerMinute: number;
  readonly interviewDate: string | null;
}

/** A one-line problem: exit status 2. */
export class RehearseError extends Error {}

export const NO_TERMINAL_MESSAGE = 'rehearse needs an interactive terminal (stdin and stdout must be a TTY)';

export async function rehearse(request: RehearseRequest): Promise<number> {
  const { stdin, stdout, stderr } = process;
  if (!stdin.isTTY || !stdout.isTTY) throw new RehearseError(NO_TERMINAL_MESSAGE);
  let original: ReturnType<typeof readStory>;
  try {
    original = readStory(request.file);
  } catch (error) {
    throw new RehearseError(`${request.file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const fileName = path.basename(request.file);
  const doc = parseStoryDocument(original.text, { fileName });
  const index = pickStory(doc.stories.map((story) => story.title), request.story, request.file);
  const card = buildCueCards(original.text, { fileName, wordsPerMinute: request.wordsPerMinute })[index];
  if (card.anchors.length === 0) throw new RehearseError(`${request.file}: "${card.title}" has nothing to say yet; write the story first`);
  const relative = path.relative(request.root, path.resolve(request.file)).split(path.sep).join('/');
  const storyId = storyIds(relative, doc.stories.map((story) => story.title))[index];

  const result = await rehearseInTerminal(card, { input: stdin, output: stdout, color: !process.env.NO_COLOR });
  if (!result) {
    stderr.write('story-coach: rehearsal stopped; nothing logged\n');
    return 130;
  }

  const now = new Date();
  const today = localIsoDate(now);
  const measured = result.measured;
  const entry: RehearsalEntry = {
    story: storyId,
    at: localIsoDateTime(now),
    seconds: Math.round(measured.reduce((sum, value) => sum + value, 0)),
    sections: sectionSeconds(card, measured),
    rating: result.rating,
  };
  stdout.write(`${card.title}\n${summaryLines(summarizeRehearsal(card, measured)).join('\n')}\nRated: ${result.rating}\n`);

  // The story is written only if it is still exactly what was rehearsed: never over someone's edit.
  const edit = rehearsedEdit(original.text, index, today, doc);
  if (edit) {
    try {
      writeStoryAtomically(request.file, original.text.slice(0, edit.start) + edit.newText + original.text.slice(edit.end), original);
    } catch (error) {
      const changed = /changed on disk/.test((error as Error).message);
      stderr.write(
        `story-coach: ${request.file}: ${changed ? 'the file changed since the rehearsal began' : (error as Error).message}; nothing logged and Rehearsed: not updated\n`,
      );
      return 1;
    }
  }
  await appendRehearsal(request.root, entry);
  const history = (await readRehearsalLog(request.root)).entries.filter((logged) => logged.story === storyId);
  const schedule = scheduleRehearsals(history, { today, interviewDate: request.interviewDate });
  stdout.write(`Logged to ${REHEARSAL_LOG_PATH}; Rehearsed: ${today}. Now ${rehearsalLine(schedule, today)}.\n`);
  return 0;
}

function pickStory(titles: readonly string[], wanted: string | null, file: string): number {
  if (wanted === null) {
    if (titles.length === 1) return 0;
    throw new RehearseError(`${file} holds ${titles.length} stories; pick one with --story: ${titles.map((title) => `"${title}"`).join(', ')}`);
  }
  const key = wanted.trim().toLowerCase();
  const index = titles.findIndex((title) => title.toLowerCase() === key || storySlug(title) === storySlug(wanted));
  if (index < 0) throw new RehearseError(`${file} has no story "${wanted}"; its stories: ${titles.map((title) => `"${title}"`).join(', ')}`);
  return index;
}
