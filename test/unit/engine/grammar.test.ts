import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise/two';
import { lint, RULES, type Rule } from '../../../server/src/engine';
import { parseStoryDocument } from '../../../server/src/engine/parse/parser';
import { analyzeSentence, clearGrammarCache, coachingLexicon, GrammarBudget, type GrammarQuery, setWordPrefilter, tokenWords, WORDS_OF_TAG } from '../../../server/src/engine/text/grammar';
import { buildProse } from '../../../server/src/engine/text/prose';
import { EXAMPLES, FIXTURES } from '../support/paths';

function storyFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? storyFiles(full) : entry.name.endsWith('.story') ? [full] : [];
  });
}

const FILES = [...storyFiles(EXAMPLES), ...storyFiles(path.join(FIXTURES, 'eval')), ...storyFiles(path.join(FIXTURES, 'rules'))];

// Contractions compromise splits only while tagging, in both apostrophes, and words its rules retag.
const CONTRACTIONS = [
  "We couldn't ship because the vendor's lawyers'd said no and I'd already promised it.",
  'Legal’s team wasn’t told, and they’d never have signed; I ain’t proud of it.',
  "It's the board's call, let's say, but what'd they expect? The plan's been cut and the date's moved.",
  "I wouldn't have known: nobody'd told me, and there's reports we'd missed.",
  // compromise's rules that make a copula of another word ("will be", "u r") and a negative of "no".
  "Honestly u r right: it will be shipping soon, we'll be done, and the plan is no good.",
];

const sentences = [...new Set([...CONTRACTIONS, ...FILES.flatMap((file) => buildProse(parseStoryDocument(fs.readFileSync(file, 'utf8'))).sentences.map((sentence) => sentence.text))])];

interface Term {
  text: string;
  normal: string;
  machine?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
}

describe('grammar prefilter', () => {
  after(() => {
    setWordPrefilter(true);
    clearGrammarCache();
  });

  it('reads, before tagging, every word form compromise has after tagging', function () {
    this.timeout(120_000);
    lint('S: I owned it.'); // loads compromise
    for (const text of sentences) {
      const before = tokenWords(text);
      for (const term of (nlp(text) as unknown as { docs: Term[][] }).docs.flat()) {
        for (const form of [term.text, term.normal, term.machine, term.implicit, ...(term.alias ?? [])]) {
          if (form) assert.ok(before.has(form), `"${form}" of ${JSON.stringify(text)} is missing before tagging`);
        }
        for (const [tag, words] of Object.entries(WORDS_OF_TAG)) {
          if (term.tags.has(tag)) assert.ok(words.some((word) => before.has(word) && [term.normal, term.machine, term.implicit].includes(word)), `#${tag} on "${term.text}" in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('knows every word compromise’s lexicon gives a tag it reads as words', () => {
    const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    for (const [tag, words] of Object.entries(WORDS_OF_TAG)) {
      const tagged = Object.entries(lexicon).filter(([, tags]) => ([] as string[]).concat(tags).includes(tag)).map(([word]) => word);
      assert.ok(tagged.length > 0, tag);
      for (const word of tagged) assert.ok(words.includes(word), `compromise tags "${word}" #${tag}`);
    }
  });

  it('finds the same matches as running every query on every sentence its classes allow', function () {
    this.timeout(120_000);
    const queries = new Map<string, GrammarQuery>();
    for (const rule of RULES) for (const [name, query] of Object.entries(rule.queries ?? {})) queries.set(`${rule.id}:${name}`, query);
    const request = { queries, queriesKey: 'prefilter-test', lexicon: () => coachingLexicon() };
    const all = (): Map<string, string> => {
      const found = new Map<string, string>();
      for (const text of sentences) {
        const grammar = analyzeSentence(text, request, new GrammarBudget(60_000));
        assert.ok(grammar, text);
        found.set(text, JSON.stringify([...grammar.matches].sort()));
      }
      return found;
    };
    setWordPrefilter(false);
    const unfiltered = all();
    setWordPrefilter(true);
    const filtered = all();
    let matched = 0;
    for (const text of sentences) {
      assert.equal(filtered.get(text), unfiltered.get(text), text);
      if (filtered.get(text) !== '[]') matched++;
    }
    assert.ok(matched > 100, `only ${matched} sentences matched a query`);
  });

  it('gives each rule the same findings whatever other rules are on', function () {
    this.timeout(120_000);
    let total = 0;
    for (const rule of RULES.filter((candidate) => candidate.queries)) {
      // The rule's own evaluation cases, where its queries match most.
      const texts = ['weak', 'strong'].map((kind) => path.join(FIXTURES, 'eval', rule.id, `${kind}.story`)).filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, 'utf8'));
      const findingsOf = (rules: readonly Rule[]): string[] => {
        clearGrammarCache();
        return texts.flatMap((text) => lint(text, { nlpBudgetMs: 60_000 }, rules).findings.filter((finding) => finding.rule === rule.id).map((finding) => `${finding.span.start}:${finding.message}`));
      };
      const alone = findingsOf([rule]);
      assert.deepEqual(findingsOf(RULES), alone, rule.id);
      total += alone.length;
    }
    assert.ok(total > 100, `${total} findings`);
  });
});
