import * as assert from 'node:assert/strict';
import { buildCueCards } from '../../../server/src/engine';
import { RehearsalSession, rehearsalSessionView } from '../../../server/src/views/rehearsal-session';

const [card] = buildCueCards('# Launch\nTarget: 1m\nWe shipped late once.\n## Situation\nWe were 3 weeks late.\n## Action\nI cut scope to 4 flows.\n## Result\nShipped 2 days early.\n');

describe('practice: the rehearsal view (fixed clock)', () => {
  it('marks parts done, current and to do, with their times and the timer against the target', () => {
    const session = new RehearsalSession(card);
    assert.equal(rehearsalSessionView(session, 0).phase, 'ready');
    session.start(1_000);
    session.next(9_000);
    const view = rehearsalSessionView(session, 21_500);
    assert.deepEqual(
      view.parts.map((part) => [part.label, part.state, part.time]),
      [
        ['Opening', 'done', '0:08'],
        ['Situation', 'current', '0:12'],
        ['Action', 'todo', null],
        ['Result', 'todo', null],
      ],
    );
    assert.deepEqual(view.timer, { elapsed: '0:20', planned: '1:00', tone: 'ok', fraction: 20.5 / 60 });
    assert.equal(view.plan, 'target 1m');
    assert.equal(view.revealed, null);
    session.toggleReveal();
    assert.equal(rehearsalSessionView(session, 21_500).revealed, 'We were 3 weeks late.');
  });

  it('carries on from a snapshot, as a webview does after being hidden', () => {
    const session = new RehearsalSession(card);
    session.start(0);
    session.next(5_000);
    const restored = new RehearsalSession(card, JSON.parse(JSON.stringify(session.snapshot())));
    assert.deepEqual(rehearsalSessionView(restored, 12_000), rehearsalSessionView(session, 12_000));
    for (const at of [20_000, 30_000, 40_000]) restored.next(at);
    assert.equal(restored.phase, 'rating');
    const summary = rehearsalSessionView(restored, 40_000).summary;
    assert.ok(summary);
    assert.equal(summary.overall, '40s of a 1m target: 20s to spare.');
    assert.equal(summary.splits.length, 4);
    restored.rate('hard');
    assert.equal(restored.phase, 'done');
  });
});
