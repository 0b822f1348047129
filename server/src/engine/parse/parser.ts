import { blankComments } from './comments';
import { parseDirectives } from './directives';
import { parseDuration } from './duration';
import { keyLineParts, subHeadingText, titleHeadingText } from './line-forms';
import { splitLines } from './lines';
import type { Line, MetadataEntry, Section, Span, Story, StoryDocument, StoryKind, StrayMetadataLine } from './types';
import { METADATA_KEYS, normalizeName, resolveSectionName, STORY_KINDS } from './vocabulary';

export interface ParseOptions {
  /** Used as the title of a file without a `# Title` heading (spec §1). */
  readonly fileName?: string;
}

// A label line: optional bullet, optional emphasis, a name, a colon (emphasis may close either side of it).
const LABEL_LINE = /^([ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__|\*|_)?)([A-Za-z][A-Za-z &/]{0,40}?)[ \t]*(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?(?=\s|$)/;

/**
 * Parses a `.story` document. Never throws: text it does not understand stays body text.
 * Every span is a UTF-16 offset range into `text`, so positions survive CRLF, BOM and astral characters.
 */
export function parseStoryDocument(text: string, options: ParseOptions = {}): StoryDocument {
  const { uncommented, comments } = blankComments(text);
  const lines = splitLines(text);
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineText = (line: Line): string => uncommented.slice(Math.max(line.start, bodyStart), line.end);

  const headingLines: number[] = [];
  lines.forEach((line, index) => {
    if (titleHeadingText(lineText(line)) !== null) headingLines.push(index);
  });

  const stories: Story[] = [];
  let preamble: Span | null = null;
  if (headingLines.length === 0) {
    stories.push(parseStory(0, 0, lines.length, null, fallbackTitle(options.fileName), null));
  } else {
    if (headingLines[0] > 0 && uncommented.slice(bodyStart, lines[headingLines[0]].start).trim().length > 0) {
      preamble = { start: bodyStart, end: lines[headingLines[0]].start };
    }
    headingLines.forEach((headingIndex, i) => {
      const endIndex = i + 1 < headingLines.length ? headingLines[i + 1] : lines.length;
      const heading = lines[headingIndex];
      const rawTitle = titleHeadingText(lineText(heading)) ?? '';
      const titleStart = heading.start + (rawTitle ? lineText(heading).indexOf(rawTitle) + (heading.start < bodyStart ? 1 : 0) : 0);
      const titleSpan = rawTitle ? { start: titleStart, end: titleStart + rawTitle.length } : null;
      stories.push(parseStory(stories.length, headingIndex + 1, endIndex, heading, stripInlineMarkup(rawTitle), titleSpan));
    });
  }

  return { text, lines, uncommented, comments, directives: parseDirectives(text, comments), preamble, stories };

  function parseStory(
    index: number,
    firstLine: number,
    endLine: number,
    heading: Line | null,
    headingTitle: string,
    titleSpan: Span | null,
  ): Story {
    const storyStart = heading ? heading.start : bodyStart;
    const storyEnd = endLine < lines.length ? lines[endLine].start : text.length;

    // Metadata: known `Key: value` lines, blank lines allowed between them.
    const metadata: MetadataEntry[] = [];
    let strayMetadata: StrayMetadataLine | null = null;
    let cursor = firstLine;
    let lastMetadataLine = -1;
    for (; cursor < endLine; cursor++) {
      const line = lines[cursor];
      const raw = lineText(line);
      if (raw.trim() === '') continue;
      const parts = keyLineParts(raw);
      const key = parts ? METADATA_KEYS.get(normalizeName(parts.key)) : undefined;
      if (!parts || !key) {
        if (parts && !resolveSectionName(parts.key)) {
          const keyStart = line.end - raw.length + raw.indexOf(parts.key);
          strayMetadata = { rawKey: parts.key, keySpan: { start: keyStart, end: keyStart + parts.key.length }, line };
        }
        break;
      }
      const offset = line.end - raw.length;
      const keyStart = offset + raw.indexOf(parts.key);
      const valueStart = parts.value.length > 0 ? offset + raw.lastIndexOf(parts.value) : line.end;
      metadata.push({
        key,
        rawKey: parts.key,
        keySpan: { start: keyStart, end: keyStart + parts.key.length },
        value: parts.value,
        valueSpan: { start: valueStart, end: valueStart + parts.value.length },
        line,
      });
      lastMetadataLine = cursor;
    }
    const metadataSpan =
      metadata.length > 0 ? { start: metadata[0].line.start, end: lines[lastMetadataLine].end } : null;
    const bodyFirstLine = lastMetadataLine >= 0 ? lastMetadataLine + 1 : firstLine;

    // Sections: level-2+ headings and label lines.
    const starts: Array<Omit<Section, 'body' | 'span'> & { lineIndex: number }> = [];
    for (let i = bodyFirstLine; i < endLine; i++) {
      const line = lines[i];
      const raw = lineText(line);
      const offset = line.end - raw.length;
      const heading = subHeadingText(raw);
      if (heading) {
        const name = stripInlineMarkup(heading.text ?? '');
        const nameStart = heading.text ? offset + raw.indexOf(heading.text) : line.end;
        const kinds = resolveSectionName(name);
        const nameSpan = { start: nameStart, end: nameStart + (heading.text?.length ?? 0) };
        const header = { start: line.start, end: line.end };
        if (kinds === null) {
          starts.push({ role: 'unknown', kinds: [], form: 'heading', name, nameSpan, header, lineIndex: i });
        } else if (kinds[0] === 'notes') {
          starts.push({ role: 'notes', kinds: [], form: 'heading', name, nameSpan, header, lineIndex: i });
        } else {
          starts.push({ role: 'star', kinds: kinds as Section['kinds'], form: 'heading', name, nameSpan, header, lineIndex: i });
        }
        continue;
      }
      const label = LABEL_LINE.exec(raw);
      if (label) {
        const kinds = resolveSectionName(label[2]);
        if (!kinds) continue;
        const nameStart = offset + label[1].length;
        const nameSpan = { start: nameStart, end: nameStart + label[2].length };
        const header = { start: nameStart, end: offset + label[0].length };
        const role = kinds[0] === 'notes' ? 'notes' : 'star';
        starts.push({
          role,
          kinds: role === 'notes' ? [] : (kinds as Section['kinds']),
          form: 'label',
          name: label[2].trim(),
          nameSpan,
          header,
          lineIndex: i,
        });
      }
    }

    const sections: Section[] = starts.map((start, i) => {
      const end = i + 1 < starts.length ? lines[starts[i + 1].lineIndex].start : storyEnd;
      const { lineIndex: _lineIndex, ...rest } = start;
      return { ...rest, body: { start: start.header.end, end }, span: { start: start.header.start, end } };
    });

    const introStart = lastMetadataLine >= 0 ? lines[lastMetadataLine].next : heading ? heading.next : bodyStart;
    const introEnd = sections.length > 0 ? lines[starts[0].lineIndex].start : storyEnd;
    const intro =
      introEnd > introStart && uncommented.slice(introStart, introEnd).trim().length > 0
        ? { start: introStart, end: introEnd }
        : null;

    const titleEntry = metadata.find((entry) => entry.key === 'title' && entry.value.trim() !== '');
    const kindEntry = metadata.find((entry) => entry.key === 'kind');
    const kindValue = kindEntry?.value.trim().toLowerCase();
    const kind: StoryKind = STORY_KINDS.find((candidate) => candidate === kindValue) ?? 'achievement';
    const targetEntry = metadata.find((entry) => entry.key === 'target');

    return {
      index,
      title: titleEntry ? titleEntry.value.trim() : headingTitle,
      heading: heading ? { start: heading.start, end: heading.end } : null,
      titleSpan,
      span: { start: storyStart, end: storyEnd },
      kind,
      metadata,
      metadataSpan,
      strayMetadata,
      intro,
      sections,
      targetSeconds: targetEntry ? parseDuration(targetEntry.value) : null,
    };
  }
}

function fallbackTitle(fileName: string | undefined): string {
  if (!fileName) return 'Untitled story';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.story$/i, '') || 'Untitled story';
}

/** Removes inline emphasis and code markers from a heading's text. */
function stripInlineMarkup(raw: string): string {
  return raw.replace(/(\*\*|__|\*|_|`)/g, '').trim();
}
