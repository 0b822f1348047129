// The writer's word lists (settings `storyCoach.words.*`, `.storycoach.json` "words") are data,
// never code: matched literally, in linear time, within a size limit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, resolveSettings, RULES, type WordLists } from '../../../server/src/engine';
import { findPhrases } from '../../../server/src/engine/text/phrases';
import { FC_PARAMS } from './generators';

const RULE_IDS = RULES.map((rule) => rule.id);
const NO_WORDS: WordLists = { vague: [], hedges: [], boastful: [], blame: [], excuses: [] };
const withWords = (words: Partial<WordLists>) => ({ words: { ...NO_WORDS, ...words } });

// Phrases that would be disastrous as regular expressions. (`*` and `_` next to a word are
// Markdown emphasis, blanked before matching, so `.*` is used only where that does not matter.)
const METACHARACTER_PHRASES = ['(a+)+$', '.+', 'C:\\temp\\', '[x]', 'a|b', '^start', 'end$', '\\d+', 'x{a,b}', '(?=y)', '+', 'ok?'];

/** The pattern as it was before the trie (one escaped alternative per phrase, longest first): the oracle. */
function oldFindPhrases(text: string, phrases: readonly string[]): Array<{ start: number; end: number; text: string }> {
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");
  const alternatives = phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(/\s+/).map(escape).join('\\s+'));
  if (alternatives.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_'’])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] }));
}

describe('robustness: word lists from settings', function () {
  this.timeout(60_000);

  it('match every phrase literally, as a whole word, in each list', () => {
    const lists: Array<[keyof WordLists, string]> = [['vague', 'vague-claim'], ['hedges', 'hedging'], ['boastful', 'boastful'], ['blame', 'blame-phrasing'], ['excuses', 'excuse']];
    for (const [list, rule] of lists) {
      for (const phrase of METACHARACTER_PHRASES) {
        const hit = `# T\nKind: failure\n## Action\nI wrote ${phrase} on the board.\n`;
        const findings = lint(hit, withWords({ [list]: [phrase] })).findings.filter((finding) => finding.rule === rule);
        assert.ok(
          findings.some((finding) => hit.slice(finding.span.start, finding.span.end) === phrase),
          `${list}: "${phrase}" written literally is found by ${rule}`,
        );
        // What the phrase would match as a pattern is not matched.
        const miss = `# T\nKind: failure\n## Action\nI wrote aaaa a b start end dd x xxx y ok o on the board.\n`;
        const spans = lint(miss, withWords({ [list]: [phrase] })).findings.filter((finding) => finding.rule === rule);
        const baseline = lint(miss, withWords({})).findings.filter((finding) => finding.rule === rule);
        assert.equal(spans.length, baseline.length, `${list}: "${phrase}" must not act as a regular expression`);
      }
    }
  });

  it('never backtrack catastrophically: adversarial phrases on long adversarial text stay fast', () => {
    const cases: Array<[string, string[], string]> = [
      ['nested quantifiers on a run of a', ['(a+)+$', '(a|a)*b', 'a a a a a a a a a a a a b', '.*'], `# T\n## Action\n${'a '.repeat(50_000)}!\n${'a'.repeat(100_000)}`],
      // The settings allow 500 phrases of 100 characters: all sharing a 95-character prefix, on text
      // made of that prefix. As a plain alternation this took 16 s for 50 KB; as a trie, milliseconds.
      ['500 phrases sharing a long prefix', Array.from({ length: 500 }, (_, i) => `${'word '.repeat(19)}x${i}`.slice(0, 100)), `# T\n## Action\n${`${'word '.repeat(30)}.\n`.repeat(1500)}`],
      ['500 phrases differing only in case', Array.from({ length: 500 }, (_, i) => [...'abcdefghij'.repeat(9)].map((char, j) => ((i >> j % 9) & 1 ? char.toUpperCase() : char)).join('') + i), `# T\n## Action\n${`${'abcdefghij'.repeat(30)} .\n`.repeat(600)}`],
    ];
    for (const [name, phrases, text] of cases) {
      for (const list of ['vague', 'hedges', 'boastful', 'blame', 'excuses'] as const) {
        const started = Date.now();
        lint(text, withWords({ [list]: phrases }));
        const ms = Date.now() - started;
        assert.ok(ms < 3000, `${name} (${list}, ${text.length} characters): ${ms} ms`);
      }
    }
  });

  it('give exactly the matches the plain escaped alternation gave (differential, fast-check)', () => {
    const word = fc.array(fc.constantFrom('a', 'A', 'b', 'B', "'", '’', '.', '*', '(', ')', '+', '?', '|', '\\', '-', 'é', 'É', 'ß', 'İ', 'i', 'σ', 'Σ', 'ς', '😀'), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\t', '\n', ',', '.')), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, sample) => {
        assert.deepEqual(findPhrases(sample, phrases), oldFindPhrases(sample, phrases), `${JSON.stringify(phrases)} on ${JSON.stringify(sample)}`);
      }),
      { ...FC_PARAMS, numRuns: Math.max(FC_PARAMS.numRuns, 2000) },
    );
  });

  it('enforce the size limit: at most 500 phrases of at most 100 characters, or the list is ignored with a message', () => {
    const tooMany = resolveSettings({ words: { vague: Array.from({ length: 501 }, (_, i) => `p${i}`) } }, RULE_IDS, 'storyCoach.');
    assert.deepEqual(tooMany.options.words.vague, []);
    assert.deepEqual(tooMany.problems, ['storyCoach.words.vague: at most 500 phrases of at most 100 characters each; the list is ignored.']);
    const tooLong = resolveSettings({ words: { hedges: ['x'.repeat(101)] } }, RULE_IDS, 'storyCoach.');
    assert.deepEqual(tooLong.options.words.hedges, []);
    assert.equal(tooLong.problems.length, 1);
    const justRight = resolveSettings({ words: { hedges: Array.from({ length: 500 }, (_, i) => `${'x'.repeat(96)}${i}`.slice(0, 100)) } }, RULE_IDS);
    assert.equal(justRight.options.words.hedges.length, 500);
    assert.deepEqual(justRight.problems, []);
    const notStrings = resolveSettings({ words: { blame: ['ok', 42, null] } }, RULE_IDS, 'storyCoach.');
    assert.deepEqual(notStrings.problems, ['storyCoach.words.blame: expected a list of phrases (strings).']);
  });
});
