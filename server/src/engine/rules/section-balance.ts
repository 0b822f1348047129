import type { Rule } from './rule';

/** Situation and Task together may run to this multiple of the Action before the story reads as all setup. */
export const MAX_CONTEXT_RATIO = 1.5;
const MIN_CONTEXT_WORDS = 50;

export const sectionBalance: Rule = {
  id: 'section-balance',
  title: 'Setup outweighs action',
  guideline: 'Contextualize without rambling',
  defaultSeverity: 'info',
  summary: `The Situation and Task together run over ${MAX_CONTEXT_RATIO}× the length of the Action.`,
  fixable: false,
  docs: {
    why: 'The Action is what you are being hired for. Long setup spends the interviewer\'s attention before you reach it, and leaves less time for the result. Give just enough context for the stakes to be clear.',
    weak: '## Situation\nThe company was founded in 2009 as a payroll bureau and grew through four acquisitions, each with its own finance system. By the time I joined, the nightly jobs that reconciled those systems ran on a scheduler written by a contractor who had long since left, and nobody on the current team had changed it in years.\n## Task\nI was asked to make the nightly close reliable.\n## Action\nI rewrote the job scheduler.',
    strong: '## Situation\nNightly jobs failed twice a week and blocked finance\'s close.\n## Action\nI traced the failures to lock contention, rewrote the scheduler to shard by account, and ran both schedulers side by side for a week before switching.',
    quietWhen: `Only stories with an Action are checked, and only when the setup runs to ${MIN_CONTEXT_WORDS} words or more.`,
  },
  scope: 'story',
  check(story, context) {
    let setup = 0;
    let action = 0;
    story.sections.forEach((section, index) => {
      if (section.role !== 'star') return;
      const words = context.sectionWords[story.index][index];
      if (section.kinds.includes('action')) action += words;
      else if (section.kinds.includes('situation') || section.kinds.includes('task')) setup += words;
    });
    if (action === 0 || setup < MIN_CONTEXT_WORDS || setup <= action * MAX_CONTEXT_RATIO) return;
    const first = story.sections.find((section) => section.role === 'star' && (section.kinds.includes('situation') || section.kinds.includes('task')));
    if (!first) return;
    context.report({
      span: first.nameSpan,
      message: `Setup runs ${setup} words against ${action} for the Action: trim the Situation and Task, and spend the words on what you did.`,
    });
  },
};
