// Story records: what the bank knows about each story, derived from one file's lint result.
// Records depend only on the file's text, path and options, so the index caches them per file.
import type { LintResult } from '../lint';
import type { Story } from '../parse/types';
import { positionOf } from '../parse/lines';
import { findRule } from '../rules/registry';
import { findFigures } from '../text/figures';
import type { Sentence } from '../text/prose';
import { speakingSeconds } from '../text/words';
import type { BankCompetency, BankSectionRecord, FindingCounts } from './report';
import { competencyEvidence, resolveCompetency, splitCompetencies } from './competencies';
import { storyIds } from './ids';
import { stem, STOP_WORDS, tokenize } from './terms';

/** The file-derived part of a story's record (rehearsals are joined in when the report is made). */
export interface StoryRecord {
  readonly id: string;
  readonly path: string;
  readonly line: number;
  /** 1-based UTF-16 column just past the end of the title line (bank findings underline it). */
  readonly endColumn: number;
  readonly title: string;
  readonly kind: string;
  readonly role: string | null;
  readonly when: string | null;
  readonly competencies: readonly BankCompetency[];
  /** Tagged values that are no taxonomy id, kept as written. */
  readonly customTags: readonly string[];
  readonly questions: readonly string[];
  readonly words: number;
  readonly speakingSeconds: number;
  readonly targetSeconds: number | null;
  readonly findings: FindingCounts;
  readonly hook: string;
  readonly figures: readonly string[];
  readonly lesson: string | null;
  readonly sections: readonly BankSectionRecord[];
  readonly findingsByGuideline: Readonly<Record<string, number>>;
  /** `Rehearsed:` dates (ISO), as written in the story. */
  readonly rehearsedDates: readonly string[];
  /** Where it happened: at work, or in personal, volunteer or study life (`bank-breadth`). */
  readonly context: 'work' | 'personal';
  /** For text search: the content stems of the title and of the spoken text, in order. */
  readonly titleStems: readonly string[];
  readonly textStems: readonly string[];
  /** Every content stem of the story. */
  readonly stems: ReadonlySet<string>;
  /** Content stems of what the story is about: its title, Task, Action and Result. */
  readonly coreStems: ReadonlySet<string>;
  /** The Situation's content stems (same event told twice: `bank-duplicate`). */
  readonly situationStems: readonly string[];
}

export interface RecordOptions {
  readonly wordsPerMinute: number;
}

const PERSONAL = [
  'volunteer', 'volunteered', 'volunteering', 'charity', 'nonprofit', 'non-profit', 'my family', 'my father', 'my mother', 'my son', 'my daughter', 'my partner',
  'church', 'mosque', 'synagogue', 'temple', 'neighbour', 'neighbor', 'neighbourhood', 'neighborhood', 'my club', 'football club', 'choir', 'marathon', 'scout', 'scouts',
  'school board', 'pta', 'parent-teacher', 'side project', 'at university', 'my degree', 'as a student', 'my thesis', 'food bank', 'shelter', 'community garden',
  'community group', 'sabbatical', 'caring for', 'my own time', 'weekend project', 'youth team', 'coached a', 'fundraiser', 'fundraising',
];
/** The phrases by their first stem, so a story is scanned once. */
const PERSONAL_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of PERSONAL) {
    const stems = tokenize(phrase).map(stem);
    map.set(stems[0], [...(map.get(stems[0]) ?? []), stems]);
  }
  return map;
})();

/** The records of every story in one linted file. `path` is relative to the bank root, with `/`. */
export function storyRecords(path: string, result: LintResult, options: RecordOptions): StoryRecord[] {
  const doc = result.document;
  const ids = storyIds(path, doc.stories.map((story) => story.title));
  return doc.stories.map((story, index) => {
    const summary = result.stories[index];
    const sentences = result.prose.sentencesByStory[index] ?? [];
    const metadata = (key: string): string[] => story.metadata.filter((entry) => entry.key === key).map((entry) => entry.value.trim()).filter((value) => value !== '');
    // Each sentence is tokenized and stemmed once; every word list below is made from these.
    const titleWords = tokenize(story.title);
    const sentenceWords = sentences.map((sentence) => tokenize(sentence.text));
    const stems = [...titleWords, ...sentenceWords.flat()].map(stem);
    // Each sentence's content stems once: the text, core and situation lists are made of them.
    const titleContent = contentOf(titleWords);
    const sentenceContent = sentenceWords.map(contentOf);
    const tagged = metadata('competencies').flatMap(splitCompetencies);
    const { competencies, customTags } =
      tagged.length > 0 ? taggedCompetencies(tagged) : { competencies: inferFromWords(titleWords, sentenceWords.map((words, i) => ({ words, section: sentences[i].section }))), customTags: [] };

    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    const byGuideline: Record<string, number> = {};
    for (const finding of result.findings) {
      if (finding.story !== index) continue;
      counts[finding.severity]++;
      const guideline = findRule(finding.rule)?.guideline;
      if (guideline) byGuideline[guideline] = (byGuideline[guideline] ?? 0) + 1;
    }

    const figures: string[] = [];
    for (const sentence of sentences) for (const figure of findFigures(sentence.text)) if (!figures.includes(figure.text)) figures.push(figure.text);

    const line = positionOf(doc.lines, story.span.start).line;
    const bom = line === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return {
      id: ids[index],
      path,
      line: line + 1,
      endColumn: doc.lines[line].end - doc.lines[line].start - bom + 1,
      title: story.title,
      kind: story.kind,
      role: metadata('role')[0] ?? null,
      when: metadata('when')[0] ?? null,
      competencies,
      customTags,
      questions: metadata('question'),
      words: summary?.words ?? 0,
      speakingSeconds: summary?.speakingSeconds ?? 0,
      targetSeconds: story.targetSeconds,
      findings: counts,
      hook: oneLine(sentences[0]?.text ?? ''),
      figures,
      lesson: firstIn(sentences, 'lessons'),
      sections: sectionRecords(story, result.sectionWords[index] ?? [], options),
      findingsByGuideline: byGuideline,
      rehearsedDates: metadata('rehearsed').flatMap((value) => value.split(/\s*,\s*/)).filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)),
      context: isPersonal(stems) ? 'personal' : 'work',
      titleStems: titleContent,
      textStems: sentenceContent.flat(),
      stems: new Set(stems.filter((word) => !STOP_WORDS.has(word))),
      coreStems: new Set([...titleContent, ...sentenceContent.flatMap((content, i) => (CORE_SECTIONS.has(sentences[i].section) ? content : []))]),
      situationStems: sentenceContent.flatMap((content, i) => (sentences[i].section === 'situation' ? content : [])),
    };
  });
}

/** The stems of the words that are no stop words. */
function contentOf(words: readonly string[]): string[] {
  const content: string[] = [];
  for (const word of words) if (!STOP_WORDS.has(word)) content.push(stem(word));
  return content;
}

function taggedCompetencies(values: readonly string[]): { competencies: BankCompetency[]; customTags: string[] } {
  const competencies: BankCompetency[] = [];
  const customTags: string[] = [];
  for (const value of values) {
    const resolved = resolveCompetency(value);
    if (resolved.custom) customTags.push(resolved.id);
    if (!competencies.some((known) => known.id === resolved.id)) competencies.push({ id: resolved.id, source: 'tagged' });
  }
  return { competencies, customTags };
}

/** Evidence needed before a competency is inferred: one strong and one supporting word at least. */
const INFER_MIN_SCORE = 3;
const INFER_MAX = 3;

/** How much a word says about what a story shows, by where it is: what I did weighs most. */
const SECTION_WEIGHT: Readonly<Record<Sentence['section'], number>> = { intro: 1, situation: 0.5, task: 1, action: 1.5, result: 1, lessons: 1, unknown: 1 };
const TITLE_WEIGHT = 1.5;
const CORE_SECTIONS: ReadonlySet<Sentence['section']> = new Set(['task', 'action', 'result', 'intro', 'unknown']);

/**
 * Competencies a story without `Competencies:` shows, from the competency lexicon over its words
 * (weighted by section): the strongest, and those close behind it, at most three, so an untagged
 * story is not "overloaded".
 */
export function inferCompetencies(title: string, sentences: readonly Pick<Sentence, 'text' | 'section'>[]): BankCompetency[] {
  return inferFromWords(tokenize(title), sentences.map((sentence) => ({ words: tokenize(sentence.text), section: sentence.section })));
}

function inferFromWords(titleWords: readonly string[], sentences: readonly { words: readonly string[]; section: Sentence['section'] }[]): BankCompetency[] {
  const words: string[] = [];
  const weights: number[] = [];
  const add = (sentenceWords: readonly string[], weight: number): void => {
    for (const word of sentenceWords) {
      words.push(word);
      weights.push(weight);
    }
    // A sentence boundary: no phrase runs across it.
    words.push('.');
    weights.push(0);
  };
  add(titleWords, TITLE_WEIGHT);
  for (const sentence of sentences) add(sentence.words, SECTION_WEIGHT[sentence.section]);
  const evidence = competencyEvidence(words.map(stem), words, weights);
  const top = evidence[0]?.score ?? 0;
  return evidence
    .filter((candidate) => candidate.score >= INFER_MIN_SCORE && candidate.score >= top * 0.5)
    .slice(0, INFER_MAX)
    .map((candidate) => ({ id: candidate.id, source: 'inferred' as const }));
}

function sectionRecords(story: Story, words: readonly number[], options: RecordOptions): BankSectionRecord[] {
  const records = new Map<string, number>();
  story.sections.forEach((section, index) => {
    if (section.role !== 'star') return;
    const kind = section.kinds[0];
    records.set(kind, (records.get(kind) ?? 0) + (words[index] ?? 0));
  });
  return [...records].map(([kind, count]) => ({ kind, words: count, seconds: speakingSeconds(count, options.wordsPerMinute) }));
}

function firstIn(sentences: readonly Sentence[], section: Sentence['section']): string | null {
  const found = sentences.find((sentence) => sentence.section === section);
  return found ? oneLine(found.text) : null;
}

const HOOK_LIMIT = 200;

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > HOOK_LIMIT ? `${line.slice(0, HOOK_LIMIT - 1).trimEnd()}…` : line;
}

function isPersonal(stems: readonly string[]): boolean {
  for (let i = 0; i < stems.length; i++) {
    for (const phrase of PERSONAL_BY_FIRST.get(stems[i]) ?? []) if (phrase.every((part, offset) => stems[i + offset] === part)) return true;
  }
  return false;
}
