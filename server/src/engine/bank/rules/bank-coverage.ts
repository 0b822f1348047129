import { competencyName } from '../competencies';
import type { BankRule } from './bank-rule';

/**
 * Question kinds that need a competency shown somewhere in the bank: conflict questions need a
 * conflict story; failure questions need learning, which any failure story shows.
 */
const NEEDED_BY_KIND: Readonly<Record<string, string>> = { conflict: 'conflict', failure: 'growth' };

export const bankCoverage: BankRule = {
  id: 'bank-coverage',
  title: 'Competency with no story',
  guideline: 'Be relevant',
  defaultSeverity: 'warning',
  summary: 'A competency the target role weighs, or one that failure and conflict questions need, with no story to show it.',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'Interviewers probe the competencies the role needs, one question each. A competency with no story is a question you will answer by improvising. Write a story for it, or tag an existing one that shows it.',
    weak: '# Warehouse move\nCompetencies: execution, leadership\n…',
    strong: '# Warehouse move\nCompetencies: execution, leadership\n…\n\n# Budget cut I argued against\nCompetencies: business, conflict\n…\n\n# The hire I rushed\nKind: failure\nCompetencies: talent, growth\n…',
    role: '# Head of Operations\nCompetencies: execution, business',
    quietWhen: 'Competencies the role does not weigh. Inferred competencies count as shown (they are marked as inferred in the bank views).',
  },
  check(context) {
    const hasFailureStory = context.stories.some((story) => story.kind === 'failure');
    const shown = (id: string): boolean => (context.storiesByCompetency.get(id)?.length ?? 0) > 0 || (id === 'growth' && hasFailureStory);
    if (context.stories.length === 0) return;
    const reported = new Set<string>();
    for (const id of context.role?.weighs ?? []) {
      if (shown(id) || reported.has(id)) continue;
      reported.add(id);
      context.report({
        target: { bank: true },
        message: `${context.role?.title ?? 'The target role'} weighs ${competencyName(id)} (${id}), and no story shows it. Write one, or tag a story that does with "Competencies: ${id}".`,
      });
    }
    for (const [kind, id] of Object.entries(NEEDED_BY_KIND)) {
      if (shown(id) || reported.has(id) || !context.questions.some((question) => question.kind === kind)) continue;
      reported.add(id);
      context.report({
        target: { bank: true },
        message: `No story shows ${competencyName(id)} (${id}), which ${kind} questions probe ("${context.questions.find((question) => question.kind === kind)?.text}").`,
      });
    }
  },
};
