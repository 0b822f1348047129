// Grammar findings must not depend on the machine's load (issue 9): the engine has no time budget
// unless a caller asks for one, and its one default limit is of size (sentences), not time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANALYSIS_LIMIT_ID, lint } from '../../../server/src/engine';
import { clearGrammarCache } from '../../../server/src/engine/text/grammar';
import { EXAMPLES } from '../support/paths';

const WEAK = fs.readFileSync(path.join(EXAMPLES, 'weak-draft-migration.story'), 'utf8');
const grammarRules = new Set(['blame-phrasing', 'excuse', 'passive-ownership', 'vague-claim']);

/** Runs `body` with a clock that jumps `stepMs` at every reading: a machine so loaded that any time budget is spent at once. */
function onASlowMachine<T>(stepMs: number, body: () => T): T {
  const realNow = Date.now;
  let now = realNow();
  Date.now = () => (now += stepMs);
  try {
    return body();
  } finally {
    Date.now = realNow;
  }
}

describe('grammar limits: the same text always gets the same findings', () => {
  it('with the default options, a machine under load finds exactly what an idle one does', () => {
    clearGrammarCache();
    const idle = lint(WEAK, { fileName: 'weak.story' }).findings;
    assert.ok(idle.some((finding) => grammarRules.has(finding.rule)), 'the example has grammar findings to lose');
    clearGrammarCache();
    const loaded = onASlowMachine(5000, () => lint(WEAK, { fileName: 'weak.story' }));
    assert.equal(loaded.sentencesSkipped, 0);
    assert.deepEqual(loaded.findings, idle);
  });

  it('a caller that sets a time budget (the language server) is told which sentences were deferred', () => {
    clearGrammarCache();
    const loaded = onASlowMachine(5000, () => lint(WEAK, { fileName: 'weak.story', nlpBudgetMs: 1000 }));
    assert.ok(loaded.sentencesDeferred > 0);
    assert.equal(loaded.sentencesDeferred, loaded.sentencesSkipped);
    assert.equal(loaded.findings.filter((finding) => finding.rule === ANALYSIS_LIMIT_ID).length, 1);
  });

  it('past the sentence limit, the same sentences are skipped whatever the cache holds, and none is deferred', () => {
    clearGrammarCache();
    const first = lint(WEAK, { fileName: 'weak.story', nlpMaxSentences: 3 });
    const again = lint(WEAK, { fileName: 'weak.story', nlpMaxSentences: 3 });
    assert.ok(first.sentencesSkipped > 0);
    assert.equal(first.sentencesDeferred, 0);
    assert.deepEqual(again.findings, first.findings);
    clearGrammarCache();
    assert.deepEqual(lint(WEAK, { fileName: 'weak.story', nlpMaxSentences: 3 }).findings, first.findings);
  });
});
