// The cue card: what a candidate glances at while telling a story aloud. Cues, not a script: the
// opening line, then per STAR section its first words and key figures, and a failure's lesson.
// The full spoken text rides along for a reveal. Pure data: the terminal and the webview draw it.
import { parseStoryDocument } from '../parse/parser';
import type { SectionKind, StoryDocument, StoryKind } from '../parse/types';
import { SECTION_TITLES } from '../parse/vocabulary';
import { findFigures } from '../text/figures';
import { buildProse, type Prose, type Sentence } from '../text/prose';
import { countWords, speakingSeconds } from '../text/words';

/** A split's key in the log: a section kind, or `intro` for the opening before any section. */
export type SplitKey = SectionKind | 'intro';

export interface CueAnchor {
  readonly key: SplitKey;
  /** Every STAR section this part counts as (two for `Situation & Task`). */
  readonly kinds: readonly SectionKind[];
  /** "Situation", "Situation & Task", "Opening". */
  readonly label: string;
  /** The first words of the section's first sentence, with an ellipsis when cut. */
  readonly firstWords: string;
  /** Key figures, in order of appearance ("$4.1M", "92%", "five weeks"). */
  readonly figures: readonly string[];
  readonly words: number;
  /** Estimated speaking seconds at the writer's pace. */
  readonly seconds: number;
  /** The section's spoken text (markup and comments removed), for the reveal. */
  readonly text: string;
}

export interface CueCard {
  readonly storyIndex: number;
  readonly title: string;
  readonly kind: StoryKind;
  /** The first spoken sentence: the hook to open with. */
  readonly opening: string;
  /** One per split, in speaking order (the intro first, when the story has one). */
  readonly anchors: readonly CueAnchor[];
  /** A failure story's lesson: the first sentence of its Lessons. */
  readonly lesson: string | null;
  readonly targetSeconds: number | null;
  readonly words: number;
  readonly speakingSeconds: number;
}

export interface CueCardOptions {
  readonly fileName?: string;
  readonly wordsPerMinute?: number;
}

const FIRST_WORDS = 7;
const MAX_FIGURES = 4;
const DEFAULT_WORDS_PER_MINUTE = 150;

/** The cue cards of every story in a text. */
export function buildCueCards(text: string, options: CueCardOptions = {}): CueCard[] {
  const doc = parseStoryDocument(text, { fileName: options.fileName });
  const prose = buildProse(doc);
  return doc.stories.map((story) => cueCardFor(doc, prose, story.index, options.wordsPerMinute));
}

export function cueCardFor(doc: StoryDocument, prose: Prose, storyIndex: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): CueCard {
  const story = doc.stories[storyIndex];
  const sentences = prose.sentencesByStory[storyIndex] ?? [];
  const anchors: MutableAnchor[] = [];
  // Regions come in document order; an unknown section is spoken, so it runs on in the part before it.
  for (const region of prose.regions) {
    if (region.story !== storyIndex) continue;
    const text = spoken(prose.masked.slice(region.start, region.end));
    if (text === '') continue;
    const previous = anchors[anchors.length - 1];
    if (region.section === 'unknown') {
      if (previous) previous.texts.push(text);
      else anchors.push({ key: 'intro', kinds: [], label: 'Opening', sectionIndex: region.sectionIndex, texts: [text], sentences: [] });
      continue;
    }
    const section = region.sectionIndex >= 0 ? story.sections[region.sectionIndex] : null;
    const kinds = section ? section.kinds : [];
    const key: SplitKey = kinds[0] ?? 'intro';
    const label = section ? kinds.map((kind) => SECTION_TITLES[kind]).join(' & ') : 'Opening';
    anchors.push({ key, kinds, label, sectionIndex: region.sectionIndex, texts: [text], sentences: [] });
  }
  for (const sentence of sentences) anchors.find((anchor) => anchor.sectionIndex === sentence.sectionIndex)?.sentences.push(sentence);

  const built = anchors.map((anchor): CueAnchor => {
    const text = anchor.texts.join('\n');
    const words = countWords(text);
    const first = anchor.sentences[0] ? spoken(anchor.sentences[0].text) : text;
    return {
      key: anchor.key,
      kinds: anchor.kinds,
      label: anchor.label,
      firstWords: firstWords(first),
      figures: keyFigures(text),
      words,
      seconds: speakingSeconds(words, wordsPerMinute),
      text,
    };
  });
  const words = built.reduce((sum, anchor) => sum + anchor.words, 0);
  const lessonSentence = story.kind === 'failure' ? sentences.find((sentence) => sentence.section === 'lessons') : undefined;
  return {
    storyIndex,
    title: story.title,
    kind: story.kind,
    opening: sentences[0] ? spoken(sentences[0].text) : '',
    anchors: built,
    lesson: lessonSentence ? spoken(lessonSentence.text) : null,
    targetSeconds: story.targetSeconds,
    words,
    speakingSeconds: speakingSeconds(words, wordsPerMinute),
  };
}

interface MutableAnchor {
  readonly key: SplitKey;
  readonly kinds: readonly SectionKind[];
  readonly label: string;
  /** The story section it starts at, -1 for the intro. */
  readonly sectionIndex: number;
  readonly texts: string[];
  readonly sentences: Sentence[];
}

/** Spoken text with the blanked markup and line breaks collapsed to single spaces. */
function spoken(masked: string): string {
  return masked.replace(/\s+/g, ' ').trim();
}

function firstWords(sentence: string): string {
  const words = sentence.split(' ').filter((word) => word !== '');
  if (words.length <= FIRST_WORDS) return words.join(' ');
  return `${words.slice(0, FIRST_WORDS).join(' ').replace(/[,;:.]+$/, '')}…`;
}

// A figure reads better on a card with its unit: "45 minutes", "eight weeks", "six people".
const UNIT_AFTER = /^[ \t]+(?:ms|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|people|engineers|customers|clients|users|teams?|countries|stores|sites|points|bps)\b/i;

/** Figures with digits first (they are what interviewers remember), then spelled ones; no repeats. */
function keyFigures(text: string): string[] {
  const found = findFigures(text).map((figure) => {
    const unit = UNIT_AFTER.exec(text.slice(figure.end, figure.end + 24));
    return (unit ? text.slice(figure.start, figure.end + unit[0].length) : figure.text).replace(/\s+/g, ' ').trim();
  });
  const unique = [...new Set(found)];
  const withDigits = unique.filter((figure) => /\d/.test(figure));
  const spelled = unique.filter((figure) => !/\d/.test(figure) && !/^(?:half|percent|per cent)$/i.test(figure));
  return [...withDigits, ...spelled].slice(0, MAX_FIGURES);
}
