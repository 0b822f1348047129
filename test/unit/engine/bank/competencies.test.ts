import * as assert from 'node:assert/strict';
import { COMPETENCIES, lint, nearestCompetency, resolveCompetency } from '../../../../server/src/engine';
import { storyRecords } from '../../../../server/src/engine/bank/records';

describe('competencies', () => {
  it('has the spec\'s sixteen ids', () => {
    assert.deepEqual(COMPETENCIES.map((competency) => competency.id), [
      'leadership', 'talent', 'influence', 'conflict', 'ownership', 'execution', 'ambiguity', 'judgment',
      'customer', 'innovation', 'strategy', 'collaboration', 'communication', 'quality', 'business', 'growth',
    ]);
  });

  it('matches values by id, name or synonym, whatever the case; keeps anything else as written', () => {
    assert.deepEqual(resolveCompetency('Leadership'), { id: 'leadership', custom: false });
    assert.deepEqual(resolveCompetency('Influence without authority'), { id: 'influence', custom: false });
    assert.deepEqual(resolveCompetency('stakeholder management'), { id: 'influence', custom: false });
    assert.deepEqual(resolveCompetency('P&L'), { id: 'business', custom: false });
    assert.deepEqual(resolveCompetency('Decision-making'), { id: 'judgment', custom: false });
    assert.deepEqual(resolveCompetency('hiring'), { id: 'talent', custom: false });
    assert.deepEqual(resolveCompetency(' Kubernetes '), { id: 'Kubernetes', custom: true });
  });

  it('suggests the nearest id for a near miss, and nothing for an unrelated tag', () => {
    assert.equal(nearestCompetency('leadershp'), 'leadership');
    assert.equal(nearestCompetency('custmer focus'), 'customer');
    assert.equal(nearestCompetency('stakeholder influence'), 'influence');
    assert.equal(nearestCompetency('kubernetes'), null);
  });

  // Untagged stories of our own writing, with what a coach would say they show.
  const untagged: [string, string, readonly string[]][] = [
    [
      '# Hiring a data team from nothing\nS: When I joined, the company had no analysts at all.\nT: I had six months to build a team.\nA: I wrote the job descriptions, ran the interviews with two engineers, and hired five analysts; I onboarded each one myself and set up a career ladder.\nR: The team shipped its first pricing model in month four.',
      'A hiring story',
      ['talent'],
    ],
    [
      '# The pricing argument\nS: Our head of sales wanted a 30% discount for a large prospect.\nA: I disagreed: it would have set a price every other customer would ask for. We had a tense conversation, and I pushed back with the margin figures until we agreed on a smaller discount with a longer contract.\nR: We won the deal at 12% off and kept our list price.',
      'A conflict story',
      ['conflict'],
    ],
    [
      '# What the churn interviews taught us\nS: Customers on our starter plan were leaving after two months.\nA: I called 25 customers who had cancelled and listened to why. Most could not find the export feature, so I worked with design to put it on the dashboard.\nR: Churn on the starter plan fell from 9% to 5% a month.',
      'A customer story',
      ['customer'],
    ],
  ];
  for (const [text, name, expected] of untagged) {
    it(`infers sensible competencies for an untagged story: ${name}`, () => {
      const [record] = storyRecords('s.story', lint(text), { wordsPerMinute: 150 });
      assert.ok(record.competencies.length > 0 && record.competencies.length <= 3, JSON.stringify(record.competencies));
      assert.ok(record.competencies.every((competency) => competency.source === 'inferred'));
      for (const id of expected) assert.ok(record.competencies.some((competency) => competency.id === id), `${name}: expected ${id} in ${JSON.stringify(record.competencies)}`);
    });
  }
});
