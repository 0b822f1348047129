import type { BankRule } from './bank-rule';

/** Below one failure story in six, the bank reads as all success; above half, as a pattern of failing. */
const FEW_FAILURES = 1 / 6;
const MANY_FAILURES = 1 / 2;

export const bankBalance: BankRule = {
  id: 'bank-balance',
  title: 'Successes and failures out of balance',
  guideline: 'Balance',
  defaultSeverity: 'warning',
  summary: 'A bank of three or more stories with no failure story; or failures under one in six stories, or over half of them (info).',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'Almost every interview asks about a failure. A bank of successes only reads as arrogant, or as someone who has not taken risks; a bank that is mostly failures raises doubts about competence. Keep one failure story for every four or five successes.',
    weak: '# Warehouse move\nKind: achievement\n…\n\n# Checkout redesign\nKind: achievement\n…\n\n# Supplier rescue\nKind: achievement\n…',
    strong: '# Warehouse move\nKind: achievement\n…\n\n# Checkout redesign\nKind: achievement\n…\n\n# The forecast I got wrong\nKind: failure\n…',
    quietWhen: 'Banks of one or two stories (you are still starting), and banks where failures are between one in six and half of the stories.',
  },
  check(context) {
    const total = context.stories.length;
    if (total < 3) return;
    const failures = context.stories.filter((story) => story.kind === 'failure').length;
    if (failures === 0) {
      context.report({
        target: { bank: true },
        message: `None of your ${total} stories is a failure story: interviewers almost always ask about one. Write one (Kind: failure) with what you learned and what you do differently since.`,
      });
    } else if (failures / total < FEW_FAILURES) {
      context.report({ target: { bank: true }, mild: true, message: `Only ${failures} of ${total} stories is a failure story; aim for about one in five so you can answer failure questions without repeating yourself.` });
    } else if (failures / total > MANY_FAILURES) {
      context.report({ target: { bank: true }, mild: true, message: `${failures} of ${total} stories are failure stories: more than half. Balance them with achievements, or the set may raise doubts about your competence.` });
    }
  },
};
