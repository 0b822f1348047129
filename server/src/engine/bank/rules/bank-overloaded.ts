import type { BankRule } from './bank-rule';

const MAX_COMPETENCIES = 4;

export const bankOverloaded: BankRule = {
  id: 'bank-overloaded',
  title: 'Story claimed for too many competencies',
  guideline: 'Be relevant',
  defaultSeverity: 'warning',
  summary: 'A story tagged with more than four competencies.',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'A story told to show everything shows nothing clearly, and leaning on one story for every question makes you repeat yourself in a loop of interviews. Tag each story with the two or three competencies it proves best, and let other stories carry the rest.',
    weak: '# Warehouse move\nCompetencies: leadership, execution, conflict, influence, strategy, customer\n…',
    strong: '# Warehouse move\nCompetencies: execution, leadership\n…',
    quietWhen: 'Inferred competencies (at most three are inferred for a story).',
  },
  check(context) {
    for (const story of context.stories) {
      const claimed = story.competencies.filter((competency) => competency.source === 'tagged');
      if (claimed.length <= MAX_COMPETENCIES) continue;
      context.report({
        target: { story: story.id },
        stories: [story.id],
        message: `"${story.title}" is claimed for ${claimed.length} competencies (${claimed.map((competency) => competency.id).join(', ')}). Keep the ${MAX_COMPETENCIES} or fewer it proves best; other stories can carry the rest.`,
      });
    }
  },
};
