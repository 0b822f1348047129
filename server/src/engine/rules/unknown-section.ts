import { SECTION_HEADINGS, SECTION_NAMES } from '../parse/vocabulary';
import { didYouMean } from '../text/similarity';
import type { Rule } from './rule';

export const unknownSection: Rule = {
  id: 'unknown-section',
  title: 'Unknown section',
  guideline: 'Format hygiene',
  defaultSeverity: 'hint',
  summary: 'A heading that is not a section name; a near miss ("## Reslt") gets a did-you-mean fix.',
  fixable: true,
  docs: {
    why: 'Story Coach checks each STAR section for what it should hold, so it needs to recognise them. A misspelt heading turns your Result into an unknown section, and the story then looks as if it has no Result at all.',
    weak: '## Reslt\nRenewals rose to 96%.',
    strong: '## Result\nRenewals rose to 96%.',
    quietWhen: `Section names: ${[...SECTION_NAMES.keys()].filter((name) => name.length > 1).join(', ')} (and the one-letter labels S, T, A, R, L). Text under an unknown heading is still checked as spoken text.`,
  },
  scope: 'story',
  check(story, context) {
    for (const section of story.sections) {
      if (section.role !== 'unknown') continue;
      const suggestion = didYouMean(section.name, SECTION_HEADINGS);
      const label = section.name === '' ? 'An empty heading' : `"${section.name}"`;
      context.report({
        span: section.name === '' ? section.header : section.nameSpan,
        message: suggestion
          ? `${label} is not a section name. Did you mean "${suggestion}"?`
          : `${label} is not a STAR section name; its text is still checked as spoken text.`,
        fixes: suggestion
          ? [{ title: `Change to "${suggestion}"`, edits: [{ ...section.nameSpan, newText: suggestion }], safe: true, preferred: true }]
          : [],
      });
    }
  },
};
