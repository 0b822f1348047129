import { lineIndexAt } from '../parse/lines';
import type { SectionKind, Span, StoryDocument } from '../parse/types';
import { blankAll, blankLineMarkup } from './markup';
import { splitSentences } from './sentences';

/** Where a piece of spoken text sits: a STAR section, the intro, or an unknown section. */
export type SpokenSection = SectionKind | 'intro' | 'unknown';

export interface SpokenRegion extends Span {
  readonly story: number;
  readonly section: SpokenSection;
  /** Index into the story's sections, or -1 for the intro. */
  readonly sectionIndex: number;
}

export interface Sentence extends Span {
  /** The spoken text: markup and comments blanked to spaces. */
  readonly text: string;
  readonly story: number;
  readonly section: SpokenSection;
  readonly sectionIndex: number;
}

/** The spoken text of a document: what an interviewer would hear, split into sentences. */
export interface Prose {
  /** The document with everything unspoken blanked (same length as the text). */
  readonly masked: string;
  readonly regions: readonly SpokenRegion[];
  readonly sentences: readonly Sentence[];
  /** The same sentences grouped by story index, so story-level rules do not scan the whole file. */
  readonly sentencesByStory: readonly (readonly Sentence[])[];
}

export function buildProse(doc: StoryDocument): Prose {
  const regions: SpokenRegion[] = [];
  for (const story of doc.stories) {
    if (story.intro) regions.push({ ...story.intro, story: story.index, section: 'intro', sectionIndex: -1 });
    story.sections.forEach((section, sectionIndex) => {
      if (section.role === 'notes') return;
      const kind: SpokenSection = section.role === 'unknown' ? 'unknown' : section.kinds[0];
      if (section.body.end > section.body.start) {
        regions.push({ ...section.body, story: story.index, section: kind, sectionIndex });
      }
    });
  }

  const parts: string[] = [];
  let cursor = 0;
  const sentences: Sentence[] = [];
  for (const region of regions) {
    parts.push(blankAll(doc.text.slice(cursor, region.start)));
    const lineSpans: Span[] = [];
    const originals: string[] = [];
    const regionParts: string[] = [];
    let at = region.start;
    for (let index = lineIndexAt(doc.lines, region.start); index < doc.lines.length; index++) {
      const line = doc.lines[index];
      if (line.start >= region.end) break;
      const start = Math.max(line.start, region.start);
      const end = Math.min(line.end, region.end);
      if (start > at) regionParts.push(doc.uncommented.slice(at, start));
      const original = doc.uncommented.slice(start, end);
      regionParts.push(blankLineMarkup(original));
      lineSpans.push({ start, end });
      // The label's own line starts mid-line: its markup test must see it as a continuation.
      originals.push(start === line.start ? original : original.trimStart());
      at = end;
    }
    if (region.end > at) regionParts.push(doc.uncommented.slice(at, region.end));
    const regionMasked = regionParts.join('');
    parts.push(regionMasked);
    cursor = region.end;

    const localSpans = lineSpans.map((span) => ({ start: span.start - region.start, end: span.end - region.start }));
    for (const local of splitSentences(regionMasked, localSpans, originals)) {
      sentences.push({
        start: region.start + local.start,
        end: region.start + local.end,
        text: regionMasked.slice(local.start, local.end),
        story: region.story,
        section: region.section,
        sectionIndex: region.sectionIndex,
      });
    }
  }
  parts.push(blankAll(doc.text.slice(cursor)));
  const sentencesByStory: Sentence[][] = doc.stories.map(() => []);
  for (const sentence of sentences) sentencesByStory[sentence.story].push(sentence);
  return { masked: parts.join(''), regions, sentences, sentencesByStory };
}
