// Fixture tests, one folder per rule (test/fixtures/rules/<id>/): every `.story` file marks the
// findings it expects with `<!-- expect: RULE "covered text" -->` at the end of the line where
// the finding starts. Only findings of the folder's rule are compared; a file without markers
// must produce none. `NAME.fixed.story`, when present, is NAME after applying each finding's
// preferred fix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, RULES } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fix/apply';
import { positionOf } from '../../../server/src/engine/parse/lines';
import { FIXTURES } from '../support/paths';

const MARKER = /<!--\s*expect:\s*([a-z-]+)(?:\s+"([^"]*)")?\s*-->/g;

interface Expected {
  readonly line: number;
  readonly text?: string;
}

function expectedFindings(text: string, rule: string): Expected[] {
  const expected: Expected[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const match of line.matchAll(MARKER)) {
      if (match[1] === rule) expected.push({ line: index + 1, ...(match[2] !== undefined ? { text: match[2] } : {}) });
    }
  });
  return expected;
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const dir = path.join(FIXTURES, 'rules', rule.id);
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.story') && !name.endsWith('.fixed.story')) : [];

      it('has a fixture that it catches and one it leaves clean', () => {
        const texts = files.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
        assert.ok(texts.some((text) => expectedFindings(text, rule.id).length > 0), `no fixture in ${dir} expects ${rule.id}`);
        assert.ok(texts.some((text) => expectedFindings(text, rule.id).length === 0), `no clean fixture in ${dir}`);
      });

      for (const name of files) {
        it(name, () => {
          const text = fs.readFileSync(path.join(dir, name), 'utf8');
          const result = lint(text, { fileName: name });
          const actual = result.findings
            .filter((finding) => finding.rule === rule.id)
            .map((finding) => ({
              line: positionOf(result.document.lines, finding.span.start).line + 1,
              text: text.slice(finding.span.start, finding.span.end),
            }));
          const expected = expectedFindings(text, rule.id);
          const describeAll = (items: readonly Expected[]) => items.map((item) => `${item.line}:${item.text ?? '*'}`).join(', ');
          assert.equal(actual.length, expected.length, `expected [${describeAll(expected)}], got [${describeAll(actual)}]`);
          const unmatched = [...actual];
          for (const want of expected) {
            const index = unmatched.findIndex((got) => got.line === want.line && (want.text === undefined || got.text === want.text));
            assert.ok(index >= 0, `missing ${rule.id} at ${want.line}:${want.text ?? '*'}; got [${describeAll(actual)}]`);
            unmatched.splice(index, 1);
          }

          const fixedFile = path.join(dir, name.replace(/\.story$/, '.fixed.story'));
          if (fs.existsSync(fixedFile)) {
            const edits = result.findings
              .filter((finding) => finding.rule === rule.id)
              .flatMap((finding) => (finding.fixes.find((fix) => fix.preferred) ?? finding.fixes[0])?.edits ?? []);
            assert.equal(applyEdits(text, edits).text, fs.readFileSync(fixedFile, 'utf8'));
          }
        });
      }
    });
  }
});
