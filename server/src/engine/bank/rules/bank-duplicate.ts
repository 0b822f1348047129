import type { BankRule } from './bank-rule';

export const bankDuplicate: BankRule = {
  id: 'bank-duplicate',
  title: 'Two stories tell the same event',
  guideline: 'Be specific',
  defaultSeverity: 'warning',
  summary: 'Two stories that tell the same event: near-identical text, or the same situation told twice.',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'Each story in the bank should earn its place. Two versions of one event split your rehearsal time, and in a loop of interviews you risk telling the same story twice to the same panel. Merge them, or keep one and write a story about something else.',
    weak: '# Warehouse move\nS: In 2022 our only warehouse had to move to Leeds in six weeks after the lease ended.\n…\n\n# Leeds relocation\nS: In 2022 the lease on our only warehouse ended and we had six weeks to move to Leeds.\n…',
    strong: '# Warehouse move\nS: In 2022 our only warehouse had to move to Leeds in six weeks after the lease ended.\n…\n\n# Carrier contract renegotiation\nS: Our parcel carrier raised prices by 18% at renewal.\n…',
    quietWhen: 'Stories about the same team or product but different events: they share names, not situations.',
  },
  check(context) {
    for (const pair of context.similarPairs()) {
      const [first, second] = pair.first.id < pair.second.id ? [pair.first, pair.second] : [pair.second, pair.first];
      context.report({
        target: { story: second.id },
        stories: [first.id, second.id],
        message:
          pair.reason === 'text'
            ? `"${second.title}" is nearly the same text as "${first.title}" (${first.path}:${first.line}). Keep one, or merge them.`
            : `"${second.title}" seems to tell the same situation as "${first.title}" (${first.path}:${first.line}). Merge them, or make this one about a different event.`,
      });
    }
  },
};
