// The interview-day sheet, drawn from its model: a printable page (HTML) and Markdown.
import { formatDuration } from '../dates';
import type { SheetModel } from '../sheet';
import { h, type VElement } from './node';

export function renderSheet(model: SheetModel): VElement {
  const numbers = new Map(model.stories.map((story, index) => [story.id, index + 1]));
  const role = model.role;
  return h(
    'main',
    { class: 'sheet', 'data-view': 'sheet' },
    h(
      'header',
      null,
      h('h1', null, model.title),
      h('p', { class: 'subtitle' }, [role?.interview ? `Interview ${role.interview}` : null, `Prepared ${model.today}`, model.omitted > 0 ? `${model.omitted} more ${model.omitted === 1 ? 'story' : 'stories'} in the bank` : null].filter(Boolean).join(' · ')),
    ),
    model.requirements.length > 0 &&
      h(
        'section',
        { class: 'requirements', 'aria-labelledby': 'requirements-title' },
        h('h2', { id: 'requirements-title' }, 'What they want → the story to tell'),
        h(
          'ol',
          null,
          model.requirements.map((requirement) =>
            h(
              'li',
              null,
              h('span', { class: 'requirement' }, requirement.text),
              ' → ',
              requirement.story
                ? h('a', { class: 'story-link', href: `#sheet-story-${numbers.get(requirement.story.id) ?? 0}`, 'data-story': requirement.story.id }, numbers.has(requirement.story.id) ? `${numbers.get(requirement.story.id)}. ${requirement.story.title}` : requirement.story.title)
                : h('em', { class: 'uncovered' }, 'no story yet: prepare an answer'),
            ),
          ),
        ),
      ),
    h(
      'section',
      { class: 'cards', 'aria-label': 'Stories' },
      model.stories.length === 0 && h('p', { class: 'empty' }, 'No stories yet.'),
      model.stories.map((story, index) =>
        h(
          'article',
          { class: 'card', id: `sheet-story-${index + 1}` },
          h('h3', null, h('span', { class: 'number' }, `${index + 1}. `), h('a', { class: 'story-link story-title', href: `#sheet-story-${index + 1}`, 'data-story': story.id }, story.title)),
          h('p', { class: 'meta' }, [story.kind, story.targetSeconds !== null ? formatDuration(story.targetSeconds) : null, story.competencies.join(', ') || null].filter(Boolean).join(' · ')),
          story.hook && h('p', { class: 'hook' }, story.hook),
          story.figures.length > 0 && h('p', { class: 'figures' }, h('strong', null, 'Figures: '), story.figures.join(' · ')),
          story.lesson && h('p', { class: 'lesson' }, h('strong', null, 'Lesson: '), story.lesson),
          story.questions.length > 0 && h('ul', { class: 'questions' }, story.questions.map((question) => h('li', null, question))),
        ),
      ),
    ),
  );
}

/** Markdown text must not turn into markup: escape what Markdown (and HTML inside it) would read. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'));
}

export function renderSheetMarkdown(model: SheetModel): string {
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(model.title)}`, ''];
  const role = model.role;
  out.push([role?.interview ? `Interview ${role.interview}` : null, `Prepared ${model.today}`, model.omitted > 0 ? `${model.omitted} more ${model.omitted === 1 ? 'story' : 'stories'} in the bank` : null].filter(Boolean).join(' · '), '');
  if (model.requirements.length > 0) {
    out.push('## What they want → the story to tell', '');
    model.requirements.forEach((requirement, index) => out.push(`${index + 1}. ${e(requirement.text)} → ${requirement.story ? `**${e(requirement.story.title)}**` : '_no story yet: prepare an answer_'}`));
    out.push('');
  }
  if (model.stories.length === 0) out.push('No stories yet.', '');
  model.stories.forEach((story, index) => {
    out.push(`## ${index + 1}. ${e(story.title)}`, '');
    out.push(`_${[story.kind, story.targetSeconds !== null ? formatDuration(story.targetSeconds) : null, story.competencies.map(e).join(', ') || null].filter(Boolean).join(' · ')}_`, '');
    if (story.hook) out.push(`> ${e(story.hook)}`, '');
    if (story.figures.length > 0) out.push(`- **Figures:** ${story.figures.map(e).join(' · ')}`);
    if (story.lesson) out.push(`- **Lesson:** ${e(story.lesson)}`);
    for (const question of story.questions) out.push(`- **Q:** ${e(question)}`);
    out.push('');
  });
  return `${out.join('\n').trimEnd()}\n`;
}
