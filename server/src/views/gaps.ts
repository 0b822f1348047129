// The question map's gaps, each with a new-story skeleton ("write a story for this").
import { storySlug } from '../engine/browser';
import type { BankQuestion, BankReport, QuestionKind } from '../engine/browser';
import type { StoryKind } from '../engine/browser';
import { METADATA_TITLES, REQUIRED_SECTIONS, SECTION_TITLES } from '../engine/browser';
import type { ViewOptions } from './options';

export interface GapItem {
  readonly question: string;
  readonly text: string;
  readonly kind: QuestionKind;
  readonly competencies: readonly string[];
  /** The best story so far and its score, when there is one below the threshold. */
  readonly best: { readonly story: string; readonly title: string; readonly score: number } | null;
  /** A file name for the new story, derived from the question. */
  readonly fileName: string;
  /** The new story, ready to write: metadata pinned to the question, the sections its kind needs. */
  readonly skeleton: string;
}

export function gaps(report: BankReport, options: ViewOptions): GapItem[] {
  const titles = new Map(report.stories.map((story) => [story.id, story.title]));
  const weighted = new Set(report.role?.competencies ?? []);
  // The gaps that hurt most first: those probing what the role weighs, then failure and conflict
  // questions (every interview has one), then the ones no story comes near.
  const urgency = (question: BankQuestion): number =>
    (question.competencies.some((competency) => weighted.has(competency)) ? 2 : 0) + (question.kind === 'failure' || question.kind === 'conflict' ? 1 : 0);
  return report.questions
    .filter((question) => question.gap)
    .map((question, index) => ({ question, index }))
    .sort((a, b) => urgency(b.question) - urgency(a.question) || (a.question.matches[0]?.score ?? 0) - (b.question.matches[0]?.score ?? 0) || a.index - b.index)
    .map(({ question }) => {
      const top = question.matches[0];
      return {
        question: question.id,
        text: question.text,
        kind: question.kind,
        competencies: question.competencies.map(options.competencyName),
        best: top ? { story: top.story, title: titles.get(top.story) ?? top.story, score: top.score } : null,
        fileName: `${storySlug(question.id) || 'new-story'}.story`,
        skeleton: storySkeleton(question),
      };
    });
}

/** The story kind a question calls for: a conflict is told as a challenge. */
function storyKind(kind: QuestionKind): StoryKind {
  return kind === 'failure' ? 'failure' : kind === 'conflict' ? 'challenge' : 'achievement';
}

const PROMPTS: Readonly<Record<string, string>> = {
  situation: 'Where and when; what was at stake, in one or two sentences.',
  task: 'What you had to achieve, and why it fell to you.',
  action: 'What you did: "I", with the two or three steps that mattered.',
  result: 'What changed, with a figure: money, time, a percentage.',
  lessons: 'What you learned, and where you have applied it since.',
};

/** A new story for a question, in the `.story` format (spec §2-3): one line per metadata key. */
export function storySkeleton(question: Pick<BankQuestion, 'text' | 'kind' | 'competencies'>): string {
  const kind = storyKind(question.kind);
  const title = question.text.replace(/[\s.?!]+$/u, '').replace(/\s+/g, ' ');
  const lines = [`# ${title}`, `${METADATA_TITLES.kind}: ${kind}`];
  if (question.competencies.length > 0) lines.push(`${METADATA_TITLES.competencies}: ${question.competencies.join(', ')}`);
  lines.push(`${METADATA_TITLES.question}: ${question.text.replace(/\s+/g, ' ').trim()}`, `${METADATA_TITLES.target}: 2m`);
  for (const section of REQUIRED_SECTIONS[kind]) lines.push('', `## ${SECTION_TITLES[section]}`, `<!-- ${PROMPTS[section]} -->`, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
