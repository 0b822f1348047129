// The language server lints bank files story by story (IncrementalLinter) and re-lints only the
// stories an edit touched. Its answer must equal a full lint() of the same text, always: this
// drives both through seeded edit sequences and through the layouts that force a full re-lint.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyChange, nextEdit } from '../../../bench/edits';
import { generateBank, Rng } from '../../../bench/generate';
import { IncrementalLinter } from '../../../server/src/engine/incremental-lint';
import { lint, type LintResult } from '../../../server/src/engine/lint';
import { FIXTURES } from '../support/paths';

function comparable(result: LintResult) {
  return {
    findings: result.findings,
    stories: result.stories,
    sectionWords: result.sectionWords,
    // What structure requests read: composed from the pieces, it must equal a parse of the whole text.
    preamble: result.document.preamble,
    parsedStories: result.document.stories,
    prose: result.prose,
  };
}

// No grammar time budget: on a loaded machine the default one runs out at a different sentence in
// each of the two lints, and this compares what they find, not how fast.
const OPTIONS = { fileName: 'bank.story', nlpBudgetMs: Number.POSITIVE_INFINITY };

function assertSame(linter: IncrementalLinter, text: string, label: string): void {
  assert.deepEqual(comparable(linter.lint(text, OPTIONS)), comparable(lint(text, OPTIONS)), label);
}

describe('incremental lint equals full lint', () => {
  it('over 60 seeded edits of a 6,000-word bank file', () => {
    const rng = new Rng(20261126);
    let text = generateBank(rng, 6000, 400);
    const linter = new IncrementalLinter();
    assertSame(linter, text, 'initial');
    for (let index = 0; index < 60; index++) {
      text = applyChange(text, nextEdit(rng, text, index));
      assertSame(linter, text, `after edit ${index + 1}`);
    }
  }).timeout(60000);

  it('across the fixture stories joined into one bank, with the layouts that need a full lint', () => {
    const stories = fs
      .readdirSync(path.join(FIXTURES, 'rules'))
      .flatMap((rule) => fs.readdirSync(path.join(FIXTURES, 'rules', rule)).map((name) => path.join(FIXTURES, 'rules', rule, name)))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .filter((text) => text.startsWith('# '));
    const bank = stories.join('\n');
    const linter = new IncrementalLinter();
    const variants: Array<[string, string]> = [
      ['bank', bank],
      ['preamble with a file-wide directive', `<!-- story-coach-disable-file hedging -->\nMy bank.\n\n${bank}`],
      ['a region disabled across two stories', bank.replace('\n# ', '\n<!-- story-coach-disable -->\n# ').replace(/\n# (?![\s\S]*\n# )/, '\n<!-- story-coach-enable -->\n# ')],
      ['a comment spanning a heading', bank.replace('\n# ', '\n<!--\n# ').replace('\n## ', '\n-->\n## ')],
      ['CRLF', bank.replace(/\n/g, '\r\n')],
      ['mixed line endings', bank.replace('\n', '\r\n')],
      ['a byte-order mark', `\uFEFF${bank}`],
      ['one story edited', bank.replace('I ', 'I basically ')],
      ['a story removed', stories.slice(1).join('\n')],
    ];
    for (const [label, text] of variants) assertSame(linter, text, label);
  });
});
