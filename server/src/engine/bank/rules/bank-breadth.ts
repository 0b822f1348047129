import type { BankRule } from './bank-rule';

const MIN_STORIES = 8;

export const bankBreadth: BankRule = {
  id: 'bank-breadth',
  title: 'Every story is from work',
  guideline: 'Think broadly',
  defaultSeverity: 'hint',
  summary: 'A bank of eight or more stories, all from work: none from personal, volunteer or study life.',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'Think broadly: leading a volunteer group, coaching a youth team or caring for a relative can show leadership, resilience or judgment as well as any project, and make you memorable. One such story also answers "tell me about yourself" questions with something human.',
    weak: '# Warehouse move\n…\n\n# Checkout redesign\n…\n\n# Supplier rescue\n…\n\n# Night shift rota\n…\n\n# Carrier contract\n…\n\n# Returns backlog\n…\n\n# Peak season hiring\n…\n\n# Forecast miss\n…',
    strong: '# Warehouse move\n…\n\n# Checkout redesign\n…\n\n# Supplier rescue\n…\n\n# Night shift rota\n…\n\n# Carrier contract\n…\n\n# Returns backlog\n…\n\n# Peak season hiring\n…\n\n# Food bank rota\nS: I volunteered to run the weekend rota of our local food bank when its coordinator left.\n…',
    quietWhen: 'Banks of fewer than eight stories, and banks with at least one story told from outside work (volunteering, a club, study, family).',
  },
  check(context) {
    if (context.stories.length < MIN_STORIES || context.stories.some((story) => story.context === 'personal')) return;
    context.report({
      target: { bank: true },
      message: `All ${context.stories.length} stories are from work. Consider one from volunteering, a club, study or family life: it can show the same competencies and makes you memorable.`,
    });
  },
};
