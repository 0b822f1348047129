import * as assert from 'node:assert/strict';
import { buildCueCards } from '../../../../server/src/engine/practice/cue-card';
import { rehearsalLine, relativeDay, summarizeHistory } from '../../../../server/src/engine/practice/history';
import { scheduleRehearsals } from '../../../../server/src/engine/practice/schedule';
import { sectionSeconds, summarizeRehearsal, timerTone } from '../../../../server/src/engine/practice/splits';

// Four sections of equal length: each deserves a quarter of the 2-minute target.
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
const STORY = `# Even\nTarget: 2m\n## Situation\n${words(50)}.\n## Task\n${words(50)}.\n## Action\n${words(50)}.\n## Result\n${words(50)}.\n`;

describe('practice: split summaries', () => {
  const [card] = buildCueCards(STORY);

  it('says which part ran long against its share of the target', () => {
    const summary = summarizeRehearsal(card, [40, 30, 30, 20]);
    assert.equal(summary.seconds, 120);
    assert.equal(summary.againstTarget, true);
    assert.deepEqual(summary.splits.map((split) => split.verdict), ['trim', 'on-pace', 'on-pace', 'on-pace']);
    assert.equal(summary.splits[0].message, 'Situation ran 40s of 2m (planned 30s): trim it');
    assert.match(summarizeRehearsal(card, [30, 30, 30, 10]).splits[3].message, /^Result ran 10s of 1m40s \(planned 30s\): check nothing was skipped$/);
    assert.equal(summary.overall, '2m of a 2m target: right on time.');
    assert.equal(summarizeRehearsal(card, [40, 40, 40, 40]).overall, '2m40s of a 2m target: 40s over.');
  });

  it('without a Target, measures against the estimated speaking time', () => {
    const [untargeted] = buildCueCards(STORY.replace('Target: 2m\n', ''));
    const summary = summarizeRehearsal(untargeted, [20, 20, 20, 20]);
    assert.equal(summary.againstTarget, false);
    assert.equal(summary.plannedSeconds, untargeted.speakingSeconds);
    assert.match(summary.overall, /estimated/);
  });

  it('logs seconds per section kind', () => {
    assert.deepEqual(sectionSeconds(card, [10.4, 20, 30, 40.6]), { situation: 10, task: 20, action: 30, result: 41 });
  });

  it('the timer turns as it nears and passes the target', () => {
    assert.deepEqual([0, 95, 96, 120, 121].map((seconds) => timerTone(seconds, 120)), ['ok', 'ok', 'near', 'near', 'over']);
  });
});

describe('practice: rehearsal history words', () => {
  const today = '2026-11-20'; // a Friday
  const at = (day: string, seconds: number, rating: 'good' | 'hard' = 'good') => ({ story: 's#a', at: `${day}T10:00:00Z`, seconds, sections: {}, rating });

  it('names days near today by weekday, further ones by date', () => {
    assert.deepEqual(['2026-11-20', '2026-11-19', '2026-11-21', '2026-11-17', '2026-11-24', '2026-11-02'].map((day) => relativeDay(day, today)), [
      'today',
      'yesterday',
      'tomorrow',
      'Tue',
      'Tue',
      'Nov 2',
    ]);
  });

  it('the lens line: count, last and next', () => {
    const history = [at('2026-11-03', 150), at('2026-11-10', 140), at('2026-11-17', 125)];
    const schedule = scheduleRehearsals(history, { today, interviewDate: '2026-12-01' });
    assert.match(rehearsalLine(schedule, today), /^rehearsed 3× · last Tue · due \w+/);
    assert.equal(rehearsalLine(scheduleRehearsals([], { today }), today), 'never rehearsed · due today');
  });

  it('the hover summary: times against the target and the trend', () => {
    const summary = summarizeHistory([at('2026-11-03', 170), at('2026-11-10', 150), { ...at('2026-11-12', 0), rating: 'good' as const }, at('2026-11-17', 115)], 120);
    assert.equal(summary.count, 4);
    assert.equal(summary.timed.length, 3);
    assert.equal(summary.withinTarget, 1);
    assert.equal(summary.trend, 'faster');
    assert.ok(summary.lines.includes('1 of 3 within the 2m target.'), summary.lines.join('\n'));
    assert.equal(summarizeHistory([at('2026-11-03', 100), at('2026-11-10', 130)], null).trend, 'slower');
  });
});
