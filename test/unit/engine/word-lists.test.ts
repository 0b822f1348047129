// The writer's word lists (`storyCoach.words.*`) are data for the coaching lexicon: the rules'
// grammar finds a listed phrase in other forms and contexts, and still reports it as written.
// The phrases are invented ("blorf", "pour treacle on"), so no built-in list will ever hold them.
import * as assert from 'node:assert/strict';
import { DEFAULT_OPTIONS, lint, type WordLists } from '../../../server/src/engine';

const words = (lists: Partial<WordLists>): WordLists => ({ ...DEFAULT_OPTIONS.words, ...lists });
const findings = (text: string, lists: Partial<WordLists>, rule: string) =>
  lint(text, { words: words(lists) }).findings.filter((finding) => finding.rule === rule).map((finding) => text.slice(finding.span.start, finding.span.end));

describe('word lists extend the lexicon', () => {
  it('finds a blaming verb in any tense, reported from the party that did it', () => {
    const text = 'S: The rollout slipped.\nA: Procurement blorfed the order for six weeks.\n';
    assert.deepEqual(findings(text, {}, 'blame-phrasing'), []);
    assert.deepEqual(findings(text, { blame: ['blorf'] }, 'blame-phrasing'), ['Procurement blorfed']);
  });

  it('conjugates the first word of a listed idiom', () => {
    assert.deepEqual(findings('A: Finance poured treacle on the pilot, so I rebuilt the case.\n', {}, 'blame-phrasing'), []);
    const text = 'A: Finance poured treacle on the pilot, so I rebuilt the case.\n';
    assert.deepEqual(findings(text, { blame: ['pour treacle on'] }, 'blame-phrasing'), ['Finance poured treacle on']);
  });

  it('keeps the grammar’s judgement: a listed phrase about the writer is no blame', () => {
    const text = 'A: I blorfed the request until the budget was agreed.\n';
    assert.deepEqual(findings(text, { blame: ['blorf'] }, 'blame-phrasing'), []);
  });

  it('reports a phrase once when both the list and the grammar find it', () => {
    const text = 'R: The change helped gazillions of teams.\n';
    assert.deepEqual(findings(text, { vague: ['gazillions'] }, 'vague-claim'), ['gazillions']);
  });

  it('still reports a listed phrase as written where the grammar stays quiet', () => {
    // A figure backs the vague-claim grammar's finding, but the writer listed the phrase themselves.
    const text = 'R: The redesign was game-changing: tickets fell from 40 to 12.\n';
    assert.deepEqual(findings(text, { vague: ['game-changing'] }, 'vague-claim'), ['game-changing']);
  });

  it('lets other lints keep the built-in lexicon', () => {
    const text = 'A: Procurement blorfed the order for six weeks.\n';
    assert.equal(findings(text, { blame: ['blorf'] }, 'blame-phrasing').length, 1);
    assert.deepEqual(findings(text, {}, 'blame-phrasing'), []);
  });
});
