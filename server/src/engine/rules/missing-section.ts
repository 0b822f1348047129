import { lineEnding, storyAnchor } from '../fix/edits';
import type { Section, SectionKind, Story, StoryDocument } from '../parse/types';
import { REQUIRED_SECTIONS, SECTION_ORDER, SECTION_TITLES } from '../parse/vocabulary';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';

/** The one-line prompt inserted with a missing section: what a strong version holds. */
export const SECTION_PROMPTS: Readonly<Record<SectionKind, string>> = {
  situation: '[Where and when was this, and what was at stake?]',
  task: '[What were you responsible for, and what made it hard?]',
  action: '[What did you do, step by step? Say "I".]',
  result: '[What changed, and by how much?]',
  lessons: '[What did you learn, and how have you applied it since?]',
};

export const missingSection: Rule = {
  id: 'missing-section',
  title: 'Missing STAR section',
  guideline: 'Contextualize',
  defaultSeverity: 'warning',
  summary: 'A section the story\'s kind requires (Situation, Task, Action, Result; Lessons for failures) is absent or empty.',
  fixable: true,
  docs: {
    why: 'Interviewers score a story on whether they can follow it: where you were, what you had to do, what you did, and what came of it. A story that skips a step leaves them guessing, and they rarely ask a follow-up to fill the gap — they move on with a weaker impression.',
    weak: '# Cloud bill\nI moved our batch jobs to spot instances and wrote the fallback scheduler.',
    strong: '# Cloud bill\n## Situation\nOur cloud bill had grown 40% in a year while traffic grew 5%.\n## Task\nAs platform lead I owned cutting it without slowing releases.\n## Action\nI moved batch jobs to spot instances and wrote a fallback scheduler.\n## Result\nThe monthly bill fell by $38K (31%) with no missed release.',
    quietWhen: 'Achievement and challenge stories need Situation, Task, Action and Result; a combined "Situation & Task" heading covers both. Failure stories need Situation, Action, Result and Lessons. Empty stories (only a title) are left alone until you start writing.',
  },
  scope: 'story',
  check(story, context) {
    const summary = context.stories[story.index];
    if (summary.words === 0) return;
    const required = REQUIRED_SECTIONS[story.kind];
    const starSections = story.sections.filter((section) => section.role === 'star');
    if (starSections.length === 0) {
      context.report({
        span: storyAnchor(context.doc, story),
        message: `This ${story.kind} story has no STAR sections: add ${listNames(required)} so the interviewer can follow it.`,
        fixes: [insertSectionsFix(context.doc, story, required)],
      });
      return;
    }
    for (const kind of required) {
      const present = starSections.filter((section) => section.kinds.includes(kind));
      if (present.length === 0) {
        context.report({
          span: storyAnchor(context.doc, story),
          message: `Missing ${SECTION_TITLES[kind]}: ${SECTION_PROMPTS[kind].slice(1, -1)}`,
          fixes: [insertSectionsFix(context.doc, story, [kind])],
        });
      } else if (present.every((section) => sectionIsEmpty(context, story, section))) {
        context.report({
          span: present[0].nameSpan,
          message: `${SECTION_TITLES[kind]} is empty: ${SECTION_PROMPTS[kind].slice(1, -1)}`,
        });
      }
    }
  },
};

function sectionIsEmpty(context: RuleContext, story: Story, section: Section): boolean {
  return context.sectionWords[story.index][story.sections.indexOf(section)] === 0;
}

function listNames(kinds: readonly SectionKind[]): string {
  const names = kinds.map((kind) => SECTION_TITLES[kind]);
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Inserts the missing sections where STAR order puts them, in the form the story already uses
 * (headings at its level, or `Label:` lines), each with a prompt to replace.
 */
function insertSectionsFix(doc: StoryDocument, story: Story, kinds: readonly SectionKind[]): Fix {
  const eol = lineEnding(doc.text);
  const star = story.sections.filter((section) => section.role === 'star');
  const headingSample = star.find((section) => section.form === 'heading');
  const useLabels = star.length > 0 && !headingSample;
  const level = headingSample ? (/^\s*(#+)/.exec(doc.text.slice(headingSample.header.start, headingSample.header.end))?.[1] ?? '##') : '##';
  const render = (kind: SectionKind): string =>
    useLabels ? `${SECTION_TITLES[kind]}: ${SECTION_PROMPTS[kind]}${eol}` : `${level} ${SECTION_TITLES[kind]}${eol}${SECTION_PROMPTS[kind]}${eol}${eol}`;

  // Insert before the first present section that comes later in STAR order, else at the story's end
  // (before a Notes section, which belongs last).
  const firstKind = kinds[0];
  const later = story.sections.find(
    (section) =>
      (section.role === 'star' && SECTION_ORDER.indexOf(section.kinds[0]) > SECTION_ORDER.indexOf(firstKind)) ||
      section.role === 'notes',
  );
  let offset: number;
  let prefix = '';
  if (later) {
    offset = lineStartOf(doc.text, later.span.start);
  } else {
    offset = story.span.end;
    // Scanned back by hand: `/(?:\r\n|\r|\n)*$/` retried every line break of a long blank run (quadratic).
    let breaksStart = offset;
    while (breaksStart > story.span.start && (doc.text[breaksStart - 1] === '\n' || doc.text[breaksStart - 1] === '\r')) breaksStart--;
    const trailingBreaks = doc.text.slice(breaksStart, offset);
    if (trailingBreaks.length === 0) prefix = eol + (useLabels ? '' : eol);
    else if (!useLabels && !/(\r\n|\r|\n)(\r\n|\r|\n)$/.test(trailingBreaks)) prefix = eol;
  }
  // Never insert inside a comment (an unterminated `<!--` runs to the end of the file): the new
  // sections would be blanked with it and the finding would stay. Insert just before the comment.
  const comment = doc.comments.find((span) => span.start < offset && (offset < span.end || doc.text.indexOf('-->', span.start + 4) < 0));
  if (comment) {
    offset = comment.start;
    prefix = offset > 0 && doc.text[offset - 1] !== '\n' && doc.text[offset - 1] !== '\r' ? eol + (useLabels ? '' : eol) : '';
  }
  const names = kinds.map((kind) => SECTION_TITLES[kind]).join(', ');
  return {
    title: kinds.length === 1 ? `Add ${/^[AEIOU]/.test(names) ? 'an' : 'a'} ${names} section` : `Add ${names} sections`,
    edits: [{ start: offset, end: offset, newText: prefix + kinds.map(render).join('') }],
    safe: false,
    preferred: true,
  };
}

function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}
