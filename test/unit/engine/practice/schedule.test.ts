import * as assert from 'node:assert/strict';
import type { RehearsalEntry, RehearsalRating } from '../../../../server/src/engine/bank/report';
import { addDays, daysBetween } from '../../../../server/src/engine/practice/dates';
import { inFinalWeek, rehearsalOrder, scheduleRehearsals, withHandWrittenDates } from '../../../../server/src/engine/practice/schedule';

const entry = (day: string, rating: RehearsalRating, seconds = 120): RehearsalEntry => ({
  story: 'a.story#a',
  at: `${day}T09:30:00+00:00`,
  seconds,
  sections: {},
  rating,
});

describe('practice: schedule (fixed clock)', () => {
  const today = '2026-11-20';

  it('a story never rehearsed is due today', () => {
    const schedule = scheduleRehearsals([], { today });
    assert.deepEqual(
      { rehearsals: schedule.rehearsals, last: schedule.lastRehearsed, next: schedule.nextRehearsal, due: schedule.due },
      { rehearsals: 0, last: null, next: today, due: true },
    );
  });

  it('good ratings space rehearsals out further each time; again brings the story back tomorrow', () => {
    const first = scheduleRehearsals([entry('2026-11-01', 'good')], { today });
    const second = scheduleRehearsals([entry('2026-11-01', 'good'), entry(first.nextRehearsal, 'good')], { today });
    assert.equal(first.rehearsals, 1);
    assert.equal(first.lastRehearsed, '2026-11-01');
    assert.ok(first.intervalDays >= 2, `first interval ${first.intervalDays}`);
    assert.ok(second.intervalDays > first.intervalDays * 2, `intervals ${first.intervalDays} then ${second.intervalDays}`);

    const failed = scheduleRehearsals([entry('2026-11-01', 'good'), entry('2026-11-19', 'again')], { today });
    assert.equal(failed.nextRehearsal, '2026-11-20');
    assert.equal(failed.due, true);
  });

  it('easy waits longer than good, good longer than hard', () => {
    const interval = (rating: RehearsalRating) => scheduleRehearsals([entry('2026-11-10', rating)], { today }).intervalDays;
    assert.ok(interval('easy') > interval('good') && interval('good') > interval('hard'), `${interval('easy')} ${interval('good')} ${interval('hard')}`);
  });

  it('is due exactly from its next date on', () => {
    const history = [entry('2026-11-10', 'good')];
    const { nextRehearsal } = scheduleRehearsals(history, { today });
    assert.equal(scheduleRehearsals(history, { today: addDays(nextRehearsal, -1) }).due, false);
    assert.equal(scheduleRehearsals(history, { today: nextRehearsal }).due, true);
  });

  it('the order of the log does not matter, and unreadable times are ignored', () => {
    const a = scheduleRehearsals([entry('2026-11-01', 'good'), entry('2026-11-05', 'easy')], { today });
    const b = scheduleRehearsals([entry('2026-11-05', 'easy'), { ...entry('2026-11-03', 'again'), at: 'yesterday' }, entry('2026-11-01', 'good')], { today });
    assert.deepEqual(a, b);
  });

  describe('the interview date caps the intervals', () => {
    const history = [entry('2026-11-01', 'easy'), entry('2026-11-09', 'easy')];

    it('without an interview an easy story waits months', () => {
      const free = scheduleRehearsals(history, { today });
      assert.ok(daysBetween('2026-11-09', free.nextRehearsal) > 30, free.nextRehearsal);
      assert.equal(free.capped, false);
    });

    it('with an interview every story comes due again in the final days, before the interview', () => {
      const interviewDate = '2026-12-01';
      const capped = scheduleRehearsals(history, { today, interviewDate });
      assert.equal(capped.capped, true);
      assert.ok(capped.nextRehearsal < interviewDate, capped.nextRehearsal);
      assert.ok(capped.nextRehearsal <= addDays(interviewDate, -3), capped.nextRehearsal);
      // Never more than half the remaining days: another chance always remains.
      assert.ok(daysBetween('2026-11-09', capped.nextRehearsal) <= Math.floor(daysBetween('2026-11-09', interviewDate) / 2));
    });

    it('follows a story through to the interview: each rehearsal on its due date keeps it before the interview', () => {
      const interviewDate = '2026-12-15';
      let log = [entry('2026-11-20', 'easy')];
      const days: string[] = ['2026-11-20'];
      for (let step = 0; step < 10; step++) {
        const { nextRehearsal } = scheduleRehearsals(log, { today: days[days.length - 1], interviewDate });
        if (nextRehearsal >= interviewDate) break;
        days.push(nextRehearsal);
        log = [...log, entry(nextRehearsal, 'easy')];
      }
      const last = days[days.length - 1];
      assert.ok(daysBetween(last, interviewDate) >= 1 && daysBetween(last, interviewDate) <= 3, `rehearsed on ${days.join(', ')}`);
    });

    it('a story already rehearsed in the final days is not pulled forward again', () => {
      const interviewDate = '2026-11-22';
      const done = scheduleRehearsals([entry('2026-11-19', 'good')], { today, interviewDate });
      assert.equal(done.capped, false);
      assert.equal(done.due, false);
    });

    it('an interview in the past no longer caps anything', () => {
      const after = scheduleRehearsals(history, { today, interviewDate: '2026-11-05' });
      assert.equal(after.capped, false);
    });
  });

  it('hand-written Rehearsed dates count as good rehearsals, once per day', () => {
    const merged = withHandWrittenDates('a.story#a', [entry('2026-11-10', 'hard')], ['2026-11-10', '2026-11-02', '2026-11-02']);
    assert.deepEqual(
      merged.map((item) => [item.at.slice(0, 10), item.rating]),
      [
        ['2026-11-02', 'good'],
        ['2026-11-10', 'hard'],
      ],
    );
  });

  describe('order', () => {
    const due = scheduleRehearsals([], { today });
    const dueOverdue = scheduleRehearsals([entry('2026-11-01', 'again')], { today });
    const later = scheduleRehearsals([entry('2026-11-19', 'easy')], { today });
    const items = [
      { id: 'later', schedule: later, relevance: 0.9 },
      { id: 'due-low', schedule: due, relevance: 0.2 },
      { id: 'overdue-mid', schedule: dueOverdue, relevance: 0.5 },
      { id: 'due-high', schedule: due, relevance: 0.8 },
    ];

    it('due first, the longest overdue leading, outside the last week', () => {
      const order = rehearsalOrder(items, { today, interviewDate: '2027-02-01' }).map((item) => item.id);
      assert.deepEqual(order, ['overdue-mid', 'due-high', 'due-low', 'later']);
    });

    it('in the last week before the interview, the most relevant to the role first', () => {
      assert.equal(inFinalWeek(today, '2026-11-25'), true);
      assert.equal(inFinalWeek(today, '2026-12-25'), false);
      const order = rehearsalOrder(items, { today, interviewDate: '2026-11-25' }).map((item) => item.id);
      assert.deepEqual(order, ['due-high', 'overdue-mid', 'due-low', 'later']);
    });
  });
});
