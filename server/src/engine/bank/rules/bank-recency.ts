import type { BankRule } from './bank-rule';

/** Banks with fewer dated stories than this are not judged: two old stories are not a pattern. */
const MIN_DATED = 3;

export const bankRecency: BankRule = {
  id: 'bank-recency',
  title: 'Most stories happened long ago',
  guideline: 'Be relevant',
  defaultSeverity: 'info',
  summary: 'Most dated stories (`When:`) are older than a configurable number of years (default 8).',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'Interviewers hire the person you are now. If most of your stories are from a decade ago, they wonder what you have done since, and old stories rarely show the scope of the role you are applying for.',
    weak: '# Warehouse move\nWhen: 2009\n…\n\n# Checkout redesign\nWhen: 2011\n…\n\n# Supplier rescue\nWhen: 2012\n…',
    strong: '# Warehouse move\nWhen: 2023-Q2\n…\n\n# Checkout redesign\nWhen: 2021\n…\n\n# Supplier rescue\nWhen: 2012\n…',
    quietWhen: `Banks with fewer than ${MIN_DATED} dated stories, and stories without \`When:\`. Set the age with \`recencyYears\` in \`.storycoach.json\` (whole years, default 8).`,
  },
  check(context) {
    const year = Number(context.today.slice(0, 4));
    const dated = context.stories.filter((story) => story.when !== null && /^\d{4}/.test(story.when));
    if (dated.length < MIN_DATED || !Number.isFinite(year)) return;
    const old = dated.filter((story) => year - Number(story.when?.slice(0, 4)) > context.recencyYears);
    if (old.length * 2 <= dated.length) return;
    context.report({
      target: { bank: true },
      stories: old.map((story) => story.id),
      message: `${old.length} of your ${dated.length} dated stories happened more than ${context.recencyYears} years ago. Add recent stories: interviewers hire who you are now.`,
    });
  },
};
