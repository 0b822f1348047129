// Bank rules: each rule's documented weak bank is caught and its strong bank is not (the docs are
// tests), and the registry matches story-bank spec §5.
import * as assert from 'node:assert/strict';
import { BANK_RULES, buildBank, RULES } from '../../../../server/src/engine';

const SPEC_BANK_RULE_IDS = ['bank-balance', 'bank-coverage', 'role-uncovered', 'bank-duplicate', 'bank-overloaded', 'bank-recency', 'bank-breadth'];
const TODAY = '2026-11-29';

function findingsOf(ruleId: string, story: string, role: string | undefined) {
  const report = buildBank({ root: '/bank', today: TODAY, files: [{ path: 'bank.story', text: story }], role: role ? { path: 'target.role', text: role } : null });
  return report.findings.filter((finding) => finding.rule === ruleId);
}

describe('bank rules', () => {
  it('has the spec\'s bank rule ids (rehearsal-due comes with the practice module), none clashing with a story rule', () => {
    assert.deepEqual(BANK_RULES.map((rule) => rule.id), SPEC_BANK_RULE_IDS);
    const storyIds = new Set(RULES.map((rule) => rule.id));
    for (const rule of BANK_RULES) {
      assert.ok(!storyIds.has(rule.id), rule.id);
      assert.equal(rule.scope, 'bank');
      for (const field of [rule.title, rule.guideline, rule.summary, rule.docs.why, rule.docs.weak, rule.docs.strong]) assert.ok(field.trim().length > 0, `${rule.id}: empty doc field`);
    }
  });

  for (const rule of BANK_RULES) {
    describe(rule.id, () => {
      it('reports its documented weak bank', () => {
        assert.ok(findingsOf(rule.id, rule.docs.weak, rule.docs.role).length > 0, `${rule.id} missed its weak example`);
      });
      it('leaves its documented strong bank alone', () => {
        assert.deepEqual(findingsOf(rule.id, rule.docs.strong, rule.docs.role).map((finding) => finding.message), []);
      });
    });
  }

  it('honours severity settings, including off', () => {
    const weak = BANK_RULES.find((rule) => rule.id === 'bank-balance')!.docs.weak;
    const run = (setting: string) =>
      buildBank({ root: '/bank', today: TODAY, files: [{ path: 'bank.story', text: weak }], options: { engine: { rules: { 'bank-balance': setting as 'error' } } } }).findings.filter(
        (finding) => finding.rule === 'bank-balance',
      );
    assert.equal(run('error')[0]?.severity, 'error');
    assert.deepEqual(run('off'), []);
  });

  it('puts story findings on the title line and bank findings on the role file\'s first line', () => {
    const overloaded = '\uFEFF# Warehouse move\nCompetencies: leadership, execution, conflict, influence, strategy\n…\n\n# Second\n…\n\n# Third\n…';
    const report = buildBank({ root: '/bank', today: TODAY, files: [{ path: 'a/bank.story', text: overloaded }], role: { path: 'target.role', text: '# Head of Operations\n- Run the warehouse' } });
    const onStory = report.findings.find((finding) => finding.rule === 'bank-overloaded');
    assert.deepEqual(onStory && { path: onStory.path, line: onStory.line, column: onStory.column, endLine: onStory.endLine, endColumn: onStory.endColumn, stories: onStory.stories }, {
      path: 'a/bank.story', line: 1, column: 1, endLine: 1, endColumn: 17, stories: ['a/bank.story#warehouse-move'],
    });
    const onBank = report.findings.find((finding) => finding.rule === 'bank-balance');
    assert.deepEqual(onBank && [onBank.path, onBank.line, onBank.column, onBank.endColumn], ['target.role', 1, 1, 21]);
    const withoutRole = buildBank({ root: '/bank', today: TODAY, files: [{ path: 'a/bank.story', text: overloaded }] }).findings.find((finding) => finding.rule === 'bank-balance');
    assert.equal(withoutRole?.path, null);
  });
});
