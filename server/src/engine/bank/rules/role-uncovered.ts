import type { BankRule } from './bank-rule';

export const roleUncovered: BankRule = {
  id: 'role-uncovered',
  title: 'Requirement with no story',
  guideline: 'Be relevant',
  defaultSeverity: 'warning',
  summary: 'A requirement of the target role that no story covers (reported on the requirement\'s line in the .role file).',
  scope: 'bank',
  fixable: false,
  docs: {
    why: 'A job description lists what the panel will test. Each requirement you cannot back with a story is a question you will meet unprepared. Align your achievements with the role: find or write a story for each requirement.',
    weak: '# Warehouse move\nKind: achievement\nCompetencies: execution\n\nS: Our only warehouse had to move in six weeks.\nA: I planned the move in two waves and ran the night shifts myself.\nR: We moved 40,000 pallets with no missed orders.',
    strong: '# Warehouse move\nKind: achievement\nCompetencies: execution\n\nS: Our only warehouse had to move in six weeks.\nA: I planned the move in two waves and ran the night shifts myself.\nR: We moved 40,000 pallets with no missed orders.\n\n# Carrier contract renegotiation\nKind: achievement\nCompetencies: business, influence\n\nS: Our parcel carrier raised prices by 18% at renewal.\nA: I brought two rival carrier quotes and our volume forecast to the negotiation.\nR: We signed a three-year contract that cut shipping cost per order by 11%.',
    role: '# Head of Operations\n\n## What you will do\n- Run warehouse operations through rapid growth\n- Negotiate carrier and supplier contracts',
    quietWhen: 'Headings, and boilerplate such as benefits, "about us", equal-opportunity statements and how to apply: they ask nothing of you.',
  },
  check(context) {
    const titles = new Map(context.stories.map((story) => [story.id, story.title]));
    context.role?.requirements.forEach((requirement, index) => {
      if (requirement.covered) return;
      const best = requirement.matches[0];
      context.report({
        target: { requirement: index },
        stories: best ? [best.story] : [],
        message: `No story covers "${requirement.text}"${best ? ` (closest: "${titles.get(best.story) ?? best.story}", ${Math.round(best.score * 100)}%)` : ''}. Write one${requirement.competencies.length > 0 ? ` showing ${requirement.competencies.join(', ')}` : ''}.`,
      });
    });
  },
};
