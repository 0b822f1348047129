// rehearsal-due (story-bank spec §5): never-rehearsed and due stories get a hint on their title line;
// in the last week before the interview, the stories most relevant to the role come first.
import * as assert from 'node:assert/strict';
import { buildBank, type RehearsalEntry } from '../../../../server/src/engine';

const story = (title: string, body: string, rehearsed?: string) =>
  `# ${title}\nKind: achievement\n${rehearsed ? `Rehearsed: ${rehearsed}\n` : ''}\n## Situation\n${body}\n\n## Action\nI led the work over 6 weeks.\n\n## Result\nWe cut costs by 20%.\n`;

const ROLE = `# Head of Logistics\nInterview: 2026-12-03\n\n- Run warehouse operations and distribution centres\n- Cut freight and warehouse costs\n`;

const FILES = [
  { path: 'bank.story', text: [story('Warehouse move', 'Our main warehouse and distribution centre had to move.'), story('Choir fundraiser', 'Our choir needed a new piano.'), story('Freight contract', 'Our freight and warehouse costs were rising.', '2026-11-28')].join('\n') },
];

const findings = (today: string, role: string | null, rehearsals: readonly RehearsalEntry[] = []) =>
  buildBank({ root: '/bank', today, files: FILES, role: role ? { path: 'target.role', text: role } : null, rehearsals }).findings.filter((finding) => finding.rule === 'rehearsal-due');

describe('rehearsal-due', () => {
  it('hints at every story never rehearsed, on its title line, and not at one rehearsed recently', () => {
    const found = findings('2026-11-10', null);
    assert.deepEqual(found.map((finding) => finding.stories[0]), ['bank.story#warehouse-move', 'bank.story#choir-fundraiser']);
    assert.equal(found[0].severity, 'hint');
    assert.equal(found[0].line, 1);
    assert.match(found[0].message, /^"Warehouse move" has never been rehearsed aloud\./);
  });

  it('comes back when a story is due again on its schedule', () => {
    const log: RehearsalEntry[] = [{ story: 'bank.story#warehouse-move', at: '2026-11-01T10:00:00Z', seconds: 100, sections: {}, rating: 'hard' }];
    const found = findings('2026-11-20', null, log).find((finding) => finding.stories[0] === 'bank.story#warehouse-move');
    assert.ok(found);
    assert.match(found.message, /is due for rehearsal \(1× so far, last Nov 1\)/);
  });

  it('in the last week before the interview, the stories most relevant to the role come first', () => {
    const found = findings('2026-11-30', ROLE);
    // All three are due (two never rehearsed, one last rehearsed before the final days). Findings are
    // listed by position; the message says the order: the freight story fits the role best.
    const rank = (id: string) => /rehearse it (\w+)\./.exec(found.find((finding) => finding.stories[0] === id)?.message ?? '')?.[1];
    assert.deepEqual(
      ['bank.story#freight-contract', 'bank.story#warehouse-move', 'bank.story#choir-fundraiser'].map(rank),
      ['first', '2nd', '3rd'],
    );
    assert.match(found[0].message, /The interview is in 3 days/);
    // Outside the last week, no ranking is claimed.
    assert.doesNotMatch(findings('2026-11-10', ROLE)[0].message, /interview/);
  });
});
