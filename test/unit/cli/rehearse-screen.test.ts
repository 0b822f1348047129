/* eslint-disable no-control-regex -- the screens are matched with their colour codes */
import * as assert from 'node:assert/strict';
import { buildCueCards } from '../../../server/src/engine';
import { renderRehearsal } from '../../../server/src/cli/rehearse/screen';
import { RehearsalSession } from '../../../server/src/engine/practice/session';
import { splitKeys } from '../../../server/src/cli/rehearse/terminal';

const [card] = buildCueCards('# Launch\nTarget: 1m\n## Situation\nWe were 3 weeks late.\n## Action\nI cut scope to 4 flows.\n## Result\nShipped 2 days early.\n');

describe('story-coach rehearse: screen and keys (fixed clock)', () => {
  const draw = (session: RehearsalSession, now: number, color = true) => renderRehearsal(session, { columns: 80, rows: 40, color, now }).join('\n');

  it('the timer turns yellow near the target and red past it', () => {
    const session = new RehearsalSession(card);
    session.start(0);
    assert.match(draw(session, 10_000), /\x1b\[32m⏱ 0:10 \/ 1:00/);
    assert.match(draw(session, 50_000), /\x1b\[33m⏱ 0:50 \/ 1:00/);
    const over = draw(session, 65_000);
    assert.match(over, /\x1b\[31m⏱ 1:05 \/ 1:00 .*over time/);
    assert.doesNotMatch(draw(session, 65_000, false), /\x1b\[/);
  });

  it('splits per part, then asks for a rating with the summary', () => {
    const session = new RehearsalSession(card);
    session.start(0);
    session.next(30_000);
    session.next(50_000);
    assert.equal(session.phase, 'running');
    assert.match(draw(session, 55_000), /▸ Result .* 0:05/);
    session.next(60_000);
    assert.equal(session.phase, 'rating');
    assert.deepEqual(session.measuredSeconds(), [30, 20, 10]);
    const screen = draw(session, 60_000, false);
    assert.match(screen, /Done: 1m of a 1m target: right on time\./);
    assert.match(screen, /Situation ran 30s of 1m \(planned \d+s\): trim it/);
    assert.match(screen, /How did it go\?/);
  });

  it('lines never pass the terminal width', () => {
    const session = new RehearsalSession(card);
    const lines = renderRehearsal(session, { columns: 24, rows: 40, color: false, now: 0 });
    assert.ok(lines.every((line) => [...line].length <= 24), lines.join('\n'));
  });

  it('splits a read into keys', () => {
    assert.deepEqual(splitKeys('\r\x1b[C 3'), ['\r', '\x1b[C', ' ', '3']);
    assert.deepEqual(splitKeys('\x1b'), ['\x1b']);
    assert.deepEqual(splitKeys('\x1bOC\x03'), ['\x1bOC', '\x03']);
  });
});
