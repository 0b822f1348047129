// Precision: strong stories of our own writing (test/fixtures/strong and the model examples)
// must come out without a single warning or error — a coach that nags on good writing gets switched off.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../../server/src/engine';
import { FIXTURES } from '../support/paths';

describe('strong stories stay clean', () => {
  const dir = path.join(FIXTURES, 'strong');
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.story'))) {
    it(name, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const result = lint(text, { fileName: name });
      assert.ok(result.stories.length >= 1);
      const serious = result.findings
        .filter((finding) => finding.severity === 'warning' || finding.severity === 'error')
        .map((finding) => `${result.stories[finding.story ?? 0]?.title}: ${finding.rule} «${text.slice(finding.span.start, finding.span.end)}» ${finding.message}`);
      assert.deepEqual(serious, []);
    });
  }
});
