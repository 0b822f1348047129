import type { Rule } from './rule';

// First person, then within a few words an admission of misconduct.
const ADMISSION =
  /(?<![\p{L}'’])(?:I|we)\s+(?:[\p{L}'’]+\s+){0,3}?(?:lied|lie|falsified|falsify|fabricated|fudged|doctored|forged|backdated|embezzled|stole|cheated|plagiarized|plagiarised|harassed|bribed|covered (?:it |this |that )?up|hid (?:it|the|this|that) from|leaked|committed fraud|was drunk|got drunk|was fired for|was disciplined for|was accused of)(?![\p{L}])/iu;
const REPORTING = /\b(?:reported|discovered|caught|uncovered|found out|investigated|flagged|exposed|detected|prevented|stopped)\b/i;

export const damagingFailure: Rule = {
  id: 'damaging-failure',
  title: 'Damaging admission',
  guideline: 'Be genuine without being damaging',
  defaultSeverity: 'warning',
  summary: 'A failure story admits misconduct (lying, fraud, harassment, covering up).',
  fixable: false,
  docs: {
    why: 'A failure story should show judgement you have since improved, not character an employer cannot risk. Misconduct — lying, falsifying numbers, covering up — ends the conversation however well it is told. Pick a failure of judgement, planning or communication instead.',
    weak: 'Kind: failure\nWhen the audit came, I falsified the test logs to buy us a week.',
    strong: 'Kind: failure\nI committed to an audit date before checking the test backlog, and we had to ask for a two-week extension.',
    quietWhen: 'Only failure stories are checked, and only first-person admissions ("I lied…"). Uncovering someone else\'s misconduct ("I discovered the vendor had falsified…") is not flagged.',
  },
  check(context) {
    for (const sentence of context.prose.sentences) {
      if (context.doc.stories[sentence.story].kind !== 'failure') continue;
      const match = ADMISSION.exec(sentence.text);
      if (!match || REPORTING.test(sentence.text)) continue;
      context.report({
        span: { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length },
        message: `"${match[0]}" admits misconduct: an interviewer cannot look past it — choose a failure of judgement or planning.`,
      });
    }
  },
};
