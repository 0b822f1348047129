// The heading and `Key: value` recognisers replaced three regular expressions that backtracked
// quadratically on long runs of blanks. These tests pin the replacement to the old expressions'
// exact results (differential, fast-check) and show the pathological lines are now linear.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyLineParts, subHeadingText, titleHeadingText } from '../../../server/src/engine/parse/line-forms';
import { normalizeName } from '../../../server/src/engine/parse/vocabulary';
import { FC_PARAMS } from './generators';

// The expressions as they were (parser.ts before the fix), kept here as the specification.
const TITLE_HEADING = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}#[ \t]*$/;
const SUB_HEADING = /^ {0,3}#{2,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const KEY_LINE = /^[ \t]*([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:(?!\/\/)[ \t]*(.*?)[ \t]*$/;
const OLD_NORMALIZE = (raw: string): string =>
  raw.trim().replace(/^[*_]+|[*_]+$/g, '').replace(/[\s.:;!?,]+$/g, '').replace(/^[*_]+|[*_]+$/g, '').replace(/\s+/g, ' ').toLowerCase();

// Short lines built from the characters these forms care about.
const line = fc
  .array(fc.constantFrom(' ', ' ', '\t', '#', '#', '#', 'a', 'K', 'i', 'n', 'd', ':', '/', '*', '_', '.', ',', 'x', 'Z', '\u2028', '\u00a0', '😀'), { maxLength: 24 })
  .map((chars) => chars.join(''));

const PARAMS = { ...FC_PARAMS, numRuns: Math.max(FC_PARAMS.numRuns, 2000) };

describe('robustness: heading and metadata line recognisers', () => {
  it('give exactly what the old regular expressions gave', () => {
    fc.assert(
      fc.property(line, (text) => {
        const title = TITLE_HEADING.exec(text);
        assert.equal(titleHeadingText(text), title ? (title[1] ?? '') : null, `title of ${JSON.stringify(text)}`);
        const sub = SUB_HEADING.exec(text);
        assert.deepEqual(subHeadingText(text), sub ? { text: sub[1] } : null, `sub-heading of ${JSON.stringify(text)}`);
        const key = KEY_LINE.exec(text);
        assert.deepEqual(keyLineParts(text), key ? { key: key[1], value: key[2] } : null, `key line ${JSON.stringify(text)}`);
        assert.equal(normalizeName(text), OLD_NORMALIZE(text), `normalized ${JSON.stringify(text)}`);
      }),
      PARAMS,
    );
  });

  it('handle 200,000-character lines of blanks, marks and emphasis in linear time', () => {
    const long = 200_000;
    const lines = [
      `# x${' '.repeat(long)}y`,
      `## x${'\t '.repeat(long / 2)}y`,
      `Kind: x${' '.repeat(long)}y`,
      `## ${'*'.repeat(long)}x`,
      `## x${'.'.repeat(long)}y`,
    ];
    for (const text of lines) {
      const started = Date.now();
      titleHeadingText(text);
      subHeadingText(text);
      keyLineParts(text);
      normalizeName(text);
      // Each took from half a minute to two minutes before; linear work is a few milliseconds.
      assert.ok(Date.now() - started < 10_000, `${JSON.stringify(text.slice(0, 12))}… took ${Date.now() - started} ms`);
    }
  });
});
