import * as assert from 'node:assert/strict';
import type { BankReport } from '../../../server/src/engine/bank/report';
import { balance } from '../../../server/src/views/balance';
import { heatMap } from '../../../server/src/views/coverage';
import { dashboardModel } from '../../../server/src/views/dashboard';
import { daysBetween, formatDuration } from '../../../server/src/views/dates';
import { findingsView } from '../../../server/src/views/findings';
import { gaps, storySkeleton } from '../../../server/src/views/gaps';
import { viewOptions } from '../../../server/src/views/options';
import { readiness } from '../../../server/src/views/readiness';
import { rehearsalView, timingTrend } from '../../../server/src/views/rehearsals';
import { speakingTime } from '../../../server/src/views/speaking-time';
import { parseStoryDocument } from '../../../server/src/engine/parse/parser';
import { emptyReport, loadReport, storyById } from './fixtures';

describe('views: dashboard models', () => {
  const report = loadReport();
  const options = viewOptions(report, { competencyName: (id) => (id === 'execution' ? 'Delivering results' : id) });

  it('readiness counts covered requirements, answered questions, clean and rehearsed stories', () => {
    const byId = Object.fromEntries(readiness(report).map((measure) => [measure.id, measure]));
    assert.deepEqual([byId.requirements.done, byId.requirements.total], [5, 7]);
    assert.deepEqual([byId.questions.done, byId.questions.total], [8, 12]);
    // Clean: no error and no warning (the conflict story has an info too, and is not clean for its warnings).
    assert.deepEqual([byId.clean.done, byId.clean.total], [5, 9]);
    // Rehearsed and not due: due stories and never-rehearsed ones do not count.
    assert.deepEqual([byId.rehearsed.done, byId.rehearsed.total], [4, 9]);
    assert.equal(byId.requirements.text, '5 of 7 role requirements have a story');
    assert.ok(Math.abs((byId.questions.ratio ?? 0) - 8 / 12) < 1e-9);
  });

  it('readiness without a role or stories says so instead of dividing by zero', () => {
    const measures = readiness(emptyReport());
    assert.ok(measures.every((measure) => measure.ratio === null));
    assert.equal(measures[0].text, 'No target role');
  });

  it('heat map puts the role’s competencies first and tells tagged from inferred cells', () => {
    const map = heatMap(report, options);
    assert.deepEqual(map.rows.slice(0, 6).map((row) => row.competency), ['execution', 'leadership', 'business', 'talent', 'customer', 'strategy']);
    assert.ok(map.rows.slice(0, 6).every((row) => row.weighted));
    assert.ok(map.rows.slice(6).every((row) => !row.weighted));
    assert.equal(map.rows[0].name, 'Delivering results');
    const execution = map.rows[0];
    const cell = (fragment: string) => execution.cells.find((entry) => entry.story.includes(fragment))?.source;
    assert.equal(cell('warehouse'), 'tagged');
    assert.equal(cell('paper-picking'), 'inferred');
    assert.equal(cell('freight'), null);
    assert.equal(execution.count, 3);
    // A competency the role weighs and no story shows still gets its (empty) row.
    assert.equal(map.rows.find((row) => row.competency === 'strategy')?.count, 0);
    // Custom tags are kept as written.
    assert.ok(map.rows.some((row) => row.competency === '<script>alert(2)</script>'));
    assert.equal(map.stories.length, report.stories.length);
  });

  it('balance counts kinds and judges the share of failures', () => {
    const model = balance(report);
    assert.deepEqual(
      model.slices.map((slice) => [slice.kind, slice.count]),
      [['achievement', 8], ['challenge', 0], ['failure', 1]],
    );
    assert.equal(model.verdict, 'few-failures');
    assert.match(model.text, /^8 achievements, 0 challenges, 1 failure\. /);
    const noFailure: BankReport = { ...report, stories: report.stories.filter((story) => story.kind !== 'failure') };
    assert.equal(balance(noFailure).verdict, 'no-failure');
    const allFailures: BankReport = { ...report, stories: report.stories.map((story) => ({ ...story, kind: 'failure' })) };
    assert.equal(balance(allFailures).verdict, 'many-failures');
    assert.equal(balance(emptyReport()).verdict, 'empty');
  });

  it('speaking time flags stories over 125% of Target, under half of it, or past the default limits', () => {
    const model = speakingTime(report, options);
    const status = (fragment: string) => model.bars.find((bar) => bar.story.includes(fragment))?.status;
    assert.equal(status('night-shift'), 'long'); // 212 s against 150 s
    assert.equal(status('warehouse'), 'ok'); // 168 s against 150 s: within 125%
    assert.equal(status('odd.story'), 'ok'); // 70 s, no target: between 45 and 180
    assert.equal(model.long, 1);
    assert.equal(model.axisSeconds, 240);
    const short = speakingTime({ ...report, stories: [{ ...storyById(report, 'warehouse'), speakingSeconds: 60 }] }, options);
    assert.equal(short.bars[0].status, 'short');
    const untargeted = speakingTime({ ...report, stories: [{ ...storyById(report, 'odd.story'), speakingSeconds: 200 }] }, options);
    assert.equal(untargeted.bars[0].status, 'long');
    assert.equal(untargeted.bars[0].text, '3:20 (no target), runs long');
  });

  it('findings group per guideline, worst stories first, bank findings by severity', () => {
    const model = findingsView(report);
    assert.equal(model.rows[0].story, storyById(report, 'odd.story').id); // the only error
    assert.equal(model.rows.length, 4);
    assert.equal(model.cleanStories, 5);
    assert.equal(model.guidelines[0], 'Be specific'); // two findings, more than any other
    const conflict = model.rows.find((row) => row.story.includes('shift-leads'));
    assert.equal(conflict?.byGuideline[model.guidelines.indexOf('Take ownership')], 1);
    assert.deepEqual(
      model.bank.map((finding) => finding.severity),
      ['warning', 'warning', 'info', 'info'],
    );
  });

  it('rehearsal history: count, recency, due and the timing trend', () => {
    const model = rehearsalView(report, options);
    const row = (fragment: string) => model.rows.find((entry) => entry.story.includes(fragment));
    const warehouse = row('warehouse');
    assert.equal(warehouse?.count, 3);
    assert.equal(warehouse?.daysSince, 9);
    assert.deepEqual(warehouse?.timings, [190, 176, 158]);
    assert.equal(warehouse?.trend, 'faster');
    assert.equal(row('food-bank')?.text, 'never rehearsed; due now');
    assert.equal(row('paper-picking')?.trend, null);
    assert.equal(model.due, 5);
    assert.equal(model.rehearsed, 6);
    assert.equal(model.total, 14);
    assert.equal(model.daysToInterview, 11);
    assert.equal(timingTrend([100, 102]), 'steady');
    assert.equal(timingTrend([100, 120]), 'slower');
  });

  it('gaps: each question below the threshold, most urgent first, with its closest story and a skeleton', () => {
    const items = gaps(report, options);
    // Those probing what the role weighs first (weakest best match first), then a conflict question
    // the role does not weigh.
    assert.deepEqual(
      items.map((item) => item.question),
      ['customer-complaint', 'long-term-strategy', 'let-someone-go', 'disagreed-with-boss'],
    );
    assert.equal(items[3].best?.title, 'Renegotiating the freight contract');
    assert.equal(items[0].best, null);
    assert.equal(items[0].fileName, 'customer-complaint.story');
    assert.match(items[0].skeleton, /^Question: Describe how you turned an unhappy customer around\.$/m);
  });

  it('a gap’s skeleton is a story the parser reads back: pinned question, kind, competencies, sections', () => {
    const text = storySkeleton({ text: 'Tell me about a time you failed.', kind: 'failure', competencies: ['growth', 'ownership'] });
    const parsed = parseStoryDocument(text);
    assert.equal(parsed.stories.length, 1);
    const story = parsed.stories[0];
    assert.equal(story.title, 'Tell me about a time you failed');
    assert.equal(story.kind, 'failure');
    assert.equal(story.targetSeconds, 120);
    assert.equal(story.strayMetadata, null);
    assert.deepEqual(
      story.metadata.map((entry) => [entry.key, entry.value]),
      [['kind', 'failure'], ['competencies', 'growth, ownership'], ['question', 'Tell me about a time you failed.'], ['target', '2m']],
    );
    assert.deepEqual(
      story.sections.flatMap((section) => section.kinds),
      ['situation', 'action', 'result', 'lessons'],
    );
    const conflict = storySkeleton({ text: 'Tell me about a disagreement', kind: 'conflict', competencies: [] });
    assert.match(conflict, /^Kind: challenge$/m);
    assert.doesNotMatch(conflict, /^Competencies:/m);
  });

  it('the dashboard model says who it is for and how long until the interview', () => {
    const model = dashboardModel(report, options);
    assert.equal(model.subtitle, 'VP Operations at Northwind Logistics · 9 stories · interview in 11 days');
    assert.equal(dashboardModel(emptyReport(), viewOptions(emptyReport())).subtitle, 'No target role · 0 stories');
    assert.equal(model.stories.length, 9);
  });

  it('dates and durations', () => {
    assert.equal(daysBetween('2026-11-20', '2026-11-29T08:00:00Z'), 9);
    assert.equal(daysBetween(null, '2026-11-29'), null);
    assert.equal(daysBetween('soon', '2026-11-29'), null);
    assert.equal(formatDuration(150), '2:30');
    assert.equal(formatDuration(45.4), '0:45');
  });
});
