import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../../server/src/engine';
import { drift } from '../../../scripts/generate';
import { REPO_ROOT } from '../support/paths';

// The rule ids of the format specification, section 7.
const SPEC_RULE_IDS = [
  'missing-section', 'unquantified-result', 'vague-claim', 'blame-phrasing', 'excuse', 'passive-ownership',
  'missing-lessons', 'no-follow-through', 'we-without-i', 'no-team', 'hedging', 'boastful', 'humblebrag-failure',
  'damaging-failure', 'speaking-time', 'section-balance', 'unknown-section', 'unknown-metadata', 'unknown-directive',
];

describe('rule registry', () => {
  it('has exactly the spec\'s rule ids, each once', () => {
    assert.deepEqual(RULES.map((rule) => rule.id).sort(), [...SPEC_RULE_IDS].sort());
  });

  it('documents every rule fully', () => {
    for (const rule of RULES) {
      for (const field of [rule.title, rule.guideline, rule.summary, rule.docs.why, rule.docs.weak, rule.docs.strong]) {
        assert.ok(field.trim().length > 0, `${rule.id} has an empty doc field`);
      }
      assert.ok(fs.existsSync(path.join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`)), `${rule.id} has no page`);
    }
  });

  it('has generated docs, settings and README tables that match the registry (run npm run generate)', () => {
    assert.deepEqual(drift(), []);
  });

  it('contributes one severity setting per rule with the rule\'s default', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const properties = Object.assign({}, ...manifest.contributes.configuration.map((group: { properties: object }) => group.properties));
    for (const rule of RULES) {
      const setting = properties[`storyCoach.rules.${rule.id}`];
      assert.ok(setting, `no setting for ${rule.id}`);
      assert.equal(setting.default, rule.defaultSeverity === 'info' ? 'information' : rule.defaultSeverity);
    }
  });
});
