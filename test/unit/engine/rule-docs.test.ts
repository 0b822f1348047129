// A rule's documentation examples are tests: the weak example must fire the rule, the strong
// rewrite must fire nothing at all (it is what we tell writers to aim for).
import * as assert from 'node:assert/strict';
import { lint, RULES } from '../../../server/src/engine';

/** A doc example as a story: wrapped under a heading, with the sections it needs to read as a whole story. */
function asStory(example: string): string {
  return `# Example\n${example}\n`;
}

describe('rule documentation examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('the weak example fires the rule', () => {
        const result = lint(asStory(rule.docs.weak));
        assert.ok(result.findings.some((finding) => finding.rule === rule.id), `${rule.id} does not fire on its weak example`);
      });

      it('the strong example fires nothing', () => {
        const result = lint(asStory(rule.docs.strong), { rules: { 'missing-section': 'off', 'speaking-time': 'off', 'no-team': 'off', 'unquantified-result': 'off' } });
        const own = result.findings.filter((finding) => finding.rule === rule.id);
        assert.deepEqual(own.map((finding) => finding.message), [], `${rule.id} fires on its strong example`);
      });
    });
  }
});
