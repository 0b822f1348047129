import * as assert from 'node:assert/strict';
import type { BankReport } from '../../../server/src/engine/bank/report';
import { viewOptions } from '../../../server/src/views/options';
import { sheetModel, storyRelevance } from '../../../server/src/views/sheet';
import { emptyReport, loadReport, storyById } from './fixtures';

describe('views: interview sheet model', () => {
  const report = loadReport();
  const options = viewOptions(report);

  it('keeps the eight stories most relevant to the role, best first', () => {
    const model = sheetModel(report, options);
    assert.equal(model.stories.length, 8);
    assert.equal(model.omitted, 1);
    // The probe story matches no requirement and no role competency: it is the one left off.
    assert.ok(!model.stories.some((story) => story.id.startsWith('odd.story')));
    assert.equal(model.stories[0].title, 'Warehouse consolidation under budget');
    const relevance = storyRelevance(report);
    const scores = model.stories.map((story) => relevance.get(story.id) ?? 0);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  it('each story carries its hook, key figures (at most four), lesson and the questions it answers', () => {
    const model = sheetModel(report, options);
    const failure = model.stories.find((story) => story.kind === 'failure');
    assert.ok(failure);
    assert.equal(failure.lesson, 'I now ask for the forecast error range before I commit people to a plan.');
    assert.equal(failure.questions[0], 'Tell me about a time you failed.');
    const warehouse = model.stories[0];
    assert.deepEqual(warehouse.figures, ['three warehouses', 'nine months', '$2.3M', '14%']);
    assert.match(warehouse.hook, /^I merged three regional warehouses/);
    // Its pinned question first, then questions it scores at least 0.4 on, no repeats, at most three.
    assert.deepEqual(warehouse.questions, ['Tell me about a time you delivered a big project under pressure.', 'Tell me about a time you changed the economics of a business.']);
    assert.ok(model.stories.every((story) => story.questions.length <= 3));
  });

  it('lists the role’s requirements with the story to tell, or none when uncovered', () => {
    const model = sheetModel(report, options);
    assert.equal(model.requirements.length, 7);
    assert.equal(model.requirements[0].story?.title, 'Warehouse consolidation under budget');
    const strategy = model.requirements.find((requirement) => requirement.text.startsWith('Set a three-year'));
    assert.equal(strategy?.story, null);
    assert.equal(model.title, 'Interview sheet: VP Operations, Northwind Logistics');
    assert.equal(model.role?.interview, '2026-12-10');
  });

  it('prefers a covering story that is on the sheet', () => {
    const warehouse = storyById(report, 'warehouse').id;
    const small = sheetModel(report, options, 1);
    assert.deepEqual(small.stories.map((story) => story.id), [warehouse]);
    const budget = small.requirements.find((requirement) => requirement.text.startsWith('Own an operating budget'));
    assert.equal(budget?.story?.id, warehouse);
    // The safety requirement's best story is not on a one-story sheet; it is still named.
    const safety = small.requirements.find((requirement) => requirement.text.startsWith('Lead a safety'));
    assert.equal(safety?.story?.title, 'Safety incidents down by half');
  });

  it('without a role, ranks stories by the questions they answer', () => {
    const noRole: BankReport = { ...report, role: null, interviewDate: null };
    const model = sheetModel(noRole, viewOptions(noRole));
    assert.equal(model.title, 'Interview sheet');
    assert.equal(model.requirements.length, 0);
    assert.equal(model.stories.length, 8);
    const relevance = storyRelevance(noRole);
    // The freight story answers four questions (0.31 + 0.62 + 0.71 + 0.70): the most.
    const best = [...relevance].sort((a, b) => b[1] - a[1])[0][0];
    assert.equal(best, storyById(report, 'freight').id);
    assert.equal(model.stories[0].id, best);
  });

  it('an empty bank gives an empty sheet, not an error', () => {
    const model = sheetModel(emptyReport(), viewOptions(emptyReport()));
    assert.deepEqual([model.stories.length, model.requirements.length, model.omitted], [0, 0, 0]);
  });
});
