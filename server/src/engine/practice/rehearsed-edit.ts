// Adds a date to a story's `Rehearsed:` metadata (story-format spec §2) as one text edit, so the
// editor can apply it to the open document (undoable, never under unsaved changes) and the command
// line can apply it to the file.
import { lineEnding } from '../fix/edits';
import { parseStoryDocument } from '../parse/parser';
import type { Story, StoryDocument } from '../parse/types';
import type { TextEdit } from '../types';
import { isIsoDate } from './dates';

/** The valid ISO dates of a story's `Rehearsed:` lines. */
export function rehearsedDates(story: Story): string[] {
  return story.metadata
    .filter((entry) => entry.key === 'rehearsed')
    .flatMap((entry) => entry.value.split(','))
    .map((value) => value.trim())
    .filter(isIsoDate);
}

/**
 * The edit that adds `date` to the story's `Rehearsed:` line, creating the line after the other
 * metadata (or under the title) when absent. Null when the date is already there or there is no
 * such story.
 */
export function rehearsedEdit(text: string, storyIndex: number, date: string, doc: StoryDocument = parseStoryDocument(text)): TextEdit | null {
  const story = doc.stories[storyIndex];
  if (!story || rehearsedDates(story).includes(date)) return null;
  const existing = story.metadata.filter((entry) => entry.key === 'rehearsed').pop();
  if (existing) {
    if (existing.value.trim() === '') {
      const at = existing.valueSpan.start;
      return { start: at, end: at, newText: /[ \t]$/.test(text.slice(0, at)) ? date : ` ${date}` };
    }
    const separator = existing.value.trim().endsWith(',') ? ' ' : ', ';
    return { start: existing.valueSpan.end, end: existing.valueSpan.end, newText: `${separator}${date}` };
  }
  const eol = lineEnding(text);
  const line = `Rehearsed: ${date}`;
  const lastEntry = story.metadata[story.metadata.length - 1];
  if (lastEntry) return { start: lastEntry.line.end, end: lastEntry.line.end, newText: `${eol}${line}` };
  if (story.heading) return { start: story.heading.end, end: story.heading.end, newText: `${eol}${line}` };
  // A file without a `# Title`: the metadata block is its first lines.
  return { start: story.span.start, end: story.span.start, newText: `${line}${eol}` };
}
