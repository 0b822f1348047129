// The interview-day sheet: the stories most relevant to the target role (at most eight), each with
// what to remember, and the role's top requirements with the story to tell for each.
import type { BankReport, BankStory } from '../engine/browser';
import type { ViewOptions } from './options';

export const SHEET_MAX_STORIES = 8;
export const SHEET_MAX_REQUIREMENTS = 8;
const MAX_FIGURES = 4;
const MAX_QUESTIONS = 3;
/** A question counts as one the story answers from this score (or when pinned). */
const ANSWERS_FROM = 0.4;

export interface SheetStory {
  readonly id: string;
  readonly path: string;
  readonly line: number;
  readonly title: string;
  readonly kind: string;
  readonly hook: string;
  readonly figures: readonly string[];
  readonly lesson: string | null;
  readonly questions: readonly string[];
  readonly competencies: readonly string[];
  readonly targetSeconds: number | null;
}

export interface SheetRequirement {
  readonly text: string;
  readonly story: { readonly id: string; readonly title: string } | null;
}

export interface SheetModel {
  readonly title: string;
  readonly role: { readonly title: string; readonly company: string | null; readonly interview: string | null } | null;
  readonly today: string;
  readonly stories: readonly SheetStory[];
  readonly requirements: readonly SheetRequirement[];
  /** Stories of the bank left off the sheet. */
  readonly omitted: number;
}

export function sheetModel(report: BankReport, options: ViewOptions, maxStories = SHEET_MAX_STORIES): SheetModel {
  const relevance = storyRelevance(report);
  const chosen = report.stories
    .map((story, index) => ({ story, index, score: relevance.get(story.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || warnings(a.story) - warnings(b.story) || a.index - b.index)
    .slice(0, Math.max(0, maxStories))
    .map(({ story }) => story);
  const onSheet = new Set(chosen.map((story) => story.id));
  const titles = new Map(report.stories.map((story) => [story.id, story.title]));

  const requirements = (report.role?.requirements ?? []).slice(0, SHEET_MAX_REQUIREMENTS).map((requirement): SheetRequirement => {
    const covering = requirement.covered ? requirement.matches : [];
    // The best story that is on the sheet, else the best one at all.
    const match = covering.find((candidate) => onSheet.has(candidate.story)) ?? covering[0];
    return { text: requirement.text, story: match ? { id: match.story, title: titles.get(match.story) ?? match.story } : null };
  });

  const role = report.role;
  return {
    title: role ? `Interview sheet: ${role.title}${role.company ? `, ${role.company}` : ''}` : 'Interview sheet',
    role: role ? { title: role.title, company: role.company ?? null, interview: role.interview ?? report.interviewDate ?? null } : null,
    today: options.today,
    stories: chosen.map((story) => ({
      id: story.id,
      path: story.path,
      line: story.line,
      title: story.title,
      kind: story.kind,
      hook: story.hook,
      figures: story.figures.slice(0, MAX_FIGURES),
      lesson: story.lesson,
      questions: questionsAnswered(report, story),
      competencies: story.competencies.map((competency) => options.competencyName(competency.id)),
      targetSeconds: story.targetSeconds,
    })),
    requirements,
    omitted: report.stories.length - chosen.length,
  };
}

/**
 * How relevant each story is: with a target role, the sum of its requirement scores plus half a
 * point per competency the role weighs; without one, the sum of its question scores.
 */
export function storyRelevance(report: BankReport): Map<string, number> {
  const scores = new Map<string, number>(report.stories.map((story) => [story.id, 0]));
  const add = (story: string, points: number): void => {
    if (scores.has(story)) scores.set(story, (scores.get(story) ?? 0) + points);
  };
  if (report.role) {
    for (const requirement of report.role.requirements) for (const match of requirement.matches) add(match.story, match.score);
    const weighted = new Set(report.role.competencies ?? report.role.requirements.flatMap((requirement) => requirement.competencies));
    for (const story of report.stories) add(story.id, 0.5 * story.competencies.filter((competency) => weighted.has(competency.id)).length);
  } else {
    for (const question of report.questions) for (const match of question.matches) add(match.story, match.score);
  }
  return scores;
}

function questionsAnswered(report: BankReport, story: BankStory): string[] {
  const scored = report.questions
    .map((question) => ({ text: question.text, match: question.matches.find((match) => match.story === story.id) }))
    .filter((entry) => entry.match && (entry.match.pinned || entry.match.score >= ANSWERS_FROM))
    .sort((a, b) => Number(b.match?.pinned ?? false) - Number(a.match?.pinned ?? false) || (b.match?.score ?? 0) - (a.match?.score ?? 0))
    .map((entry) => entry.text);
  const seen = new Set<string>();
  const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return [...story.questions, ...scored].filter((text) => !seen.has(key(text)) && seen.add(key(text))).slice(0, MAX_QUESTIONS);
}

function warnings(story: BankStory): number {
  return story.findings.error + story.findings.warning;
}
