// Property-based tests (fast-check, fixed seed, RUNS cases per property) over the parser, the engine
// and every offered fix, on generated stories mixing all format forms with hostile Unicode and mixed
// line endings (see generators.ts). A failure prints the seed and the shrunk counterexample.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, lint, parseStoryDocument, type Finding, type Span, type TextEdit } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fix/apply';
import { IncrementalLinter } from '../../../server/src/engine/incremental-lint';
import { clearGrammarCache } from '../../../server/src/engine/text/grammar';
import { FC_PARAMS, RUNS, show, storyText } from './generators';

// A budget no generated story can exhaust: grammar skipping is time-dependent by design (and then
// reported by `analysis-limit`), so determinism is asserted with the budget out of the way.
const OPTIONS = { nlpBudgetMs: 600_000, fileName: 'generated.story' };

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function assertRange(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets must be integers: ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${JSON.stringify(span)} is outside 0..${text.length}`);
  assert.ok(!splitsPair(text, span.start) && !splitsPair(text, span.end), `${what}: ${JSON.stringify(span)} splits a surrogate pair`);
}

/** Everything about a finding that a user sees or a fix depends on. */
const fingerprint = (findings: readonly Finding[]): string => JSON.stringify(findings);

/**
 * Where a span of the fixed text came from in the original: offsets outside every edit shift back;
 * offsets inside inserted text map to the replaced range (start to its start, end to its end).
 */
function preimage(edits: readonly TextEdit[], span: Span): Span {
  const back = (offset: number, isEnd: boolean): number => {
    let delta = 0;
    for (const edit of edits) {
      const newStart = edit.start + delta;
      const newEnd = newStart + edit.newText.length;
      if (offset < newStart || (isEnd && offset === newStart && edit.newText.length > 0)) break;
      if (offset < newEnd || (isEnd && offset === newEnd && edit.newText.length > 0)) return isEnd ? edit.end : edit.start;
      delta += edit.newText.length - (edit.end - edit.start);
    }
    return offset - delta;
  };
  return { start: back(span.start, false), end: back(span.end, true) };
}

describe(`robustness: properties (fast-check, seed ${FC_PARAMS.seed}, ${RUNS} runs each)`, function () {
  this.timeout(120_000);

  it('the parser never throws and every span it returns lies inside the text', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const doc = parseStoryDocument(text, { fileName: 'generated.story' });
        const spans: Array<[string, Span | null]> = [['preamble', doc.preamble]];
        for (const comment of doc.comments) spans.push(['comment', comment]);
        for (const directive of doc.directives) {
          spans.push(['directive', directive.span], ['directive name', directive.nameSpan]);
          for (const rule of directive.rules) spans.push(['directive rule', rule.span]);
        }
        for (const story of doc.stories) {
          spans.push(['story', story.span], ['heading', story.heading], ['intro', story.intro], ['metadata', story.metadataSpan]);
          for (const entry of story.metadata) spans.push(['metadata key', entry.keySpan], ['metadata value', entry.valueSpan]);
          if (story.strayMetadata) spans.push(['stray key', story.strayMetadata.keySpan]);
          for (const section of story.sections) spans.push(['section', section.span], ['section name', section.nameSpan], ['section header', section.header], ['section body', section.body]);
        }
        for (const [what, span] of spans) if (span) assertRange(text, span, `${what} in ${show(text)}`);
        assert.equal(doc.uncommented.length, text.length, 'blanking comments keeps offsets');
        assert.ok(doc.stories.length >= 1, 'a text always holds at least one story');
      }),
      FC_PARAMS,
    );
  });

  it('lint never throws, and every finding range and fix edit lies inside the text without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const result = lint(text, OPTIONS);
        assert.deepEqual(result.ruleFailures.map((failure) => `${failure.rule}: ${String(failure.error)}`), [], 'no rule may throw');
        for (const finding of result.findings) {
          assertRange(text, finding.span, `${finding.rule} finding in ${show(text)}`);
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) assertRange(text, edit, `${finding.rule} fix "${fix.title}" in ${show(text)}`);
          }
        }
        for (const sentence of result.prose.sentences) assertRange(text, sentence, `sentence in ${show(text)}`);
      }),
      FC_PARAMS,
    );
  });

  it('findings are deterministic: the same text twice, and again after clearing the grammar cache, gives the same findings', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const first = fingerprint(lint(text, OPTIONS).findings);
        assert.equal(fingerprint(lint(text, OPTIONS).findings), first, `second lint differs for ${show(text)}`);
        clearGrammarCache();
        assert.equal(fingerprint(lint(text, OPTIONS).findings), first, `lint after clearGrammarCache differs for ${show(text)}`);
      }),
      FC_PARAMS,
    );
  });

  it('every offered fix applies whole, changes nothing outside its edits, leaves a parsable text and removes its finding', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const { findings } = lint(text, OPTIONS);
        for (const finding of findings) {
          for (const fix of finding.fixes) {
            const label = `${finding.rule} fix "${fix.title}" on ${show(text)}`;
            const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
            const { text: fixed, applied } = applyEdits(text, edits);
            assert.equal(applied.length, edits.length, `${label}: its own edits overlap, so some were dropped`);

            // Outside the edits the text is untouched, character for character.
            let oldAt = 0;
            let newAt = 0;
            for (const edit of edits) {
              const kept = text.slice(oldAt, edit.start);
              assert.equal(fixed.slice(newAt, newAt + kept.length), kept, `${label}: text before an edit changed`);
              newAt += kept.length;
              assert.equal(fixed.slice(newAt, newAt + edit.newText.length), edit.newText, `${label}: edit text not where expected`);
              newAt += edit.newText.length;
              oldAt = edit.end;
            }
            assert.equal(fixed.slice(newAt), text.slice(oldAt), `${label}: text after the edits changed`);

            parseStoryDocument(fixed);
            const after = lint(fixed, OPTIONS);
            const survivor = after.findings.find((candidate) => {
              if (candidate.rule !== finding.rule || candidate.message !== finding.message) return false;
              const origin = preimage(edits, candidate.span);
              return origin.start === finding.span.start && origin.end === finding.span.end;
            });
            assert.equal(survivor, undefined, `${label}: the finding "${finding.message}" is still there in ${show(fixed)}`);
          }
        }
      }),
      FC_PARAMS,
    );
  });

  it("the server's story-by-story linter answers exactly what lint() answers, before and after an edit", () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.oneof(fc.constant(''), storyText) });
    fc.assert(
      fc.property(storyText, storyText, edit, (first, second, change) => {
        const comparable = (result: ReturnType<typeof lint>) => ({ findings: result.findings, stories: result.stories, sentencesSkipped: result.sentencesSkipped, parsed: result.document.stories, preamble: result.document.preamble, prose: result.prose });
        const linter = new IncrementalLinter();
        const combined = `${first}\n# Second\n${second}`;
        assert.deepEqual(comparable(linter.lint(combined, OPTIONS)), comparable(lint(combined, OPTIONS)), `first lint of ${show(combined)}`);
        const at = change.at % (combined.length + 1);
        const edited = combined.slice(0, at) + change.insert + combined.slice(Math.min(combined.length, at + change.length));
        assert.deepEqual(comparable(linter.lint(edited, OPTIONS)), comparable(lint(edited, OPTIONS)), `after editing into ${show(edited)}`);
      }),
      FC_PARAMS,
    );
  });

  it('applying all safe fixes twice gives the same text as applying them once', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const once = applyFixes(text, OPTIONS).text;
        const twice = applyFixes(once, OPTIONS).text;
        assert.equal(twice, once, `fix-all is not idempotent on ${show(text)}: once ${show(once)}, twice ${show(twice)}`);
      }),
      FC_PARAMS,
    );
  });
});
