import * as assert from 'node:assert/strict';
import { formatRehearsalLine, parseRehearsalLog, ratingForKey } from '../../../../server/src/engine/practice/log';
import { dayOf, isIsoDate, localIsoDateTime } from '../../../../server/src/engine/practice/dates';

describe('practice: rehearsal log format', () => {
  const good = { story: 'a.story#pay', at: '2026-11-20T09:30:00+01:00', seconds: 131, sections: { situation: 20, action: 71 }, rating: 'good' as const };

  it('formats one JSON line that parses back to the same entry', () => {
    const line = formatRehearsalLine({ ...good, seconds: 130.6, sections: { situation: 20.4, action: 70.6 } });
    assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'));
    assert.deepEqual(JSON.parse(line), { ...good, sections: { situation: 20, action: 71 } });
    assert.deepEqual(parseRehearsalLog(line), { entries: [good], errors: [] });
  });

  it('reports every unreadable line with its number and keeps reading', () => {
    const text = [
      JSON.stringify(good),
      '{"story": "a.story#pay", "at": "2026-11-21T10:00:00Z", "seconds": 90,',
      '',
      JSON.stringify({ ...good, rating: 'great' }),
      JSON.stringify({ ...good, at: '2026-02-30T10:00:00Z' }),
      JSON.stringify({ ...good, seconds: -4 }),
      '[1,2]',
      JSON.stringify({ ...good, at: '2026-11-22T08:00:00Z' }),
      '{"story": "b.story#x", "at": "2026-11-2',
    ].join('\r\n');
    const parsed = parseRehearsalLog(text);
    assert.deepEqual(
      parsed.entries.map((entry) => entry.at),
      ['2026-11-20T09:30:00+01:00', '2026-11-22T08:00:00Z'],
    );
    assert.deepEqual(
      parsed.errors.map((error) => error.line),
      [2, 4, 5, 6, 7, 9],
    );
    assert.match(parsed.errors[1].message, /rating/);
    assert.match(parsed.errors[5].message, /unfinished last line/);
  });

  it('accepts a missing sections object and a BOM', () => {
    const { sections: _sections, ...rest } = good;
    assert.deepEqual(parseRehearsalLog(`\uFEFF${JSON.stringify(rest)}\n`).entries[0].sections, {});
  });

  it('reads ratings from 1-4 or initials', () => {
    assert.deepEqual(['1', '2', '3', '4', 'a', 'H', 'g', 'e', 'x', '5'].map(ratingForKey), ['again', 'hard', 'good', 'easy', 'again', 'hard', 'good', 'easy', null, null]);
  });

  it('writes local date-times whose date is the local day', () => {
    const moment = new Date(2026, 10, 29, 23, 45, 7);
    const at = localIsoDateTime(moment);
    assert.match(at, /^2026-11-29T23:45:07[+-]\d\d:\d\d$/);
    assert.equal(Date.parse(at), moment.getTime());
    assert.equal(dayOf(at), '2026-11-29');
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2028-02-29'), true);
  });
});
