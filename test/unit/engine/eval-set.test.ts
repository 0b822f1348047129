// The evaluation set (test/fixtures/eval/<rule>/{weak,strong}.story, written blind from the
// guidelines). The target (issue 9) is recall ≥ 85% and false alarms ≤ 3% for every rule; it is not
// met yet. Until it is, each rule is held to a floor at what it measured when the set arrived, so a
// change can only move the figures towards the target. Raise a floor when a rule improves; a rule
// that reaches the target is held to it. `npm run eval:rules -- --verbose` lists misses and alarms.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { evaluateRules } from '../../../scripts/eval-rules';
import { FIXTURES } from '../support/paths';

const MIN_RECALL = 0.85;
const MAX_FALSE_ALARMS = 0.03;
/** Measured floors (recall, false alarms) for rules below the target. */
const FLOORS: Readonly<Record<string, readonly [number, number]>> = {
};

describe('evaluation set: recall and false alarms per rule', () => {
  const results = evaluateRules(path.join(FIXTURES, 'eval'));

  it('covers the coaching rules', () => {
    assert.ok(results.length >= 12, `only ${results.length} rule folders in test/fixtures/eval`);
  });

  for (const result of results) {
    const [minRecall, maxAlarms] = FLOORS[result.rule] ?? [MIN_RECALL, MAX_FALSE_ALARMS];
    it(`${result.rule}: recall ≥ ${Math.round(minRecall * 100)}%, false alarms ≤ ${Math.round(maxAlarms * 100)}%`, () => {
      assert.ok(result.weak.length > 0 && result.strong.length > 0, `${result.rule} needs weak and strong cases`);
      const missed = result.weak.filter((story) => !story.fired).map((story) => story.title);
      const alarms = result.strong.filter((story) => story.fired).map((story) => `${story.title} «${story.quotes.join('» «')}»`);
      assert.ok(result.recall >= minRecall - 0.01, `recall ${(result.recall * 100).toFixed(0)}%; missed: ${missed.join('; ')}`);
      assert.ok(result.falseAlarmRate <= maxAlarms + 0.01, `false alarms ${(result.falseAlarmRate * 100).toFixed(0)}%: ${alarms.join('; ')}`);
    });
  }
});
