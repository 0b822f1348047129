// Puts a document's parse and prose back together from the pieces the incremental linter parsed
// story by story: every span moves by the piece's offset, every story index by the piece's first
// story. The result equals parsing the whole text (tests compare them), without parsing it again.
import type { MetadataEntry, Section, Span, Story } from './parse/types';
import type { Prose, Sentence, SpokenRegion } from './text/prose';

/** A piece of the text: where it starts, the index of its first story, and its own parse and prose. */
export interface ParsedPiece {
  readonly offset: number;
  readonly firstStory: number;
  readonly stories: readonly Story[];
  readonly prose: Prose;
}

export function composeStories(pieces: readonly ParsedPiece[]): Story[] {
  return pieces.flatMap(({ offset, firstStory, stories }) => (offset === 0 && firstStory === 0 ? stories : stories.map((story) => shiftStory(story, offset, firstStory))));
}

export function composeProse(pieces: readonly ParsedPiece[]): Prose {
  const regions: SpokenRegion[] = [];
  const sentences: Sentence[] = [];
  const sentencesByStory: (readonly Sentence[])[] = [];
  for (const { offset, firstStory, prose } of pieces) {
    for (const region of prose.regions) regions.push({ ...shift(region, offset), story: region.story + firstStory });
    const shifted = prose.sentencesByStory.map((group) => group.map((sentence) => shiftSentence(sentence, offset, firstStory)));
    for (const group of shifted) sentences.push(...group);
    sentencesByStory.push(...shifted);
  }
  return { masked: pieces.map((piece) => piece.prose.masked).join(''), regions, sentences, sentencesByStory };
}

/** A span moved by `offset`; a parser line also carries `next` (where the following line starts). */
function shift<T extends Span>(span: T, offset: number): T {
  const moved = { ...span, start: span.start + offset, end: span.end + offset };
  if ('next' in span && typeof span.next === 'number') (moved as unknown as { next: number }).next = span.next + offset;
  return moved;
}

function shiftOrNull<T extends Span>(span: T | null, offset: number): T | null {
  return span === null ? null : shift(span, offset);
}

function shiftSentence(sentence: Sentence, offset: number, firstStory: number): Sentence {
  if (offset === 0 && firstStory === 0) return sentence;
  return { ...sentence, start: sentence.start + offset, end: sentence.end + offset, story: sentence.story + firstStory };
}

function shiftStory(story: Story, offset: number, firstStory: number): Story {
  return {
    ...story,
    index: story.index + firstStory,
    heading: shiftOrNull(story.heading, offset),
    titleSpan: shiftOrNull(story.titleSpan, offset),
    span: shift(story.span, offset),
    metadata: story.metadata.map((entry): MetadataEntry => ({ ...entry, keySpan: shift(entry.keySpan, offset), valueSpan: shift(entry.valueSpan, offset), line: shift(entry.line, offset) })),
    metadataSpan: shiftOrNull(story.metadataSpan, offset),
    strayMetadata: story.strayMetadata && { ...story.strayMetadata, keySpan: shift(story.strayMetadata.keySpan, offset), line: shift(story.strayMetadata.line, offset) },
    intro: shiftOrNull(story.intro, offset),
    sections: story.sections.map((section): Section => ({
      ...section,
      nameSpan: shift(section.nameSpan, offset),
      header: shift(section.header, offset),
      body: shift(section.body, offset),
      span: shift(section.span, offset),
    })),
  };
}
