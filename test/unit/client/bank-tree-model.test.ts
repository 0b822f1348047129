// The Story Bank tree as data: the four groupings, gaps marked, stories that open where they start.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type BankNode, buildBankTree, joinUri } from '../../../client/src/bank/bank-tree-model';
import { buildBank } from '../../../server/src/engine/bank/bank-index';
import { COMPETENCIES } from '../../../server/src/engine/bank/competencies';
import { REQUIREMENT_COVERED_THRESHOLD } from '../../../server/src/engine/bank/match';
import type { BankReport } from '../../../server/src/engine/bank/report';
import { FIXTURES } from '../support/paths';

const ROOT = path.join(FIXTURES, 'bank');

function fixtureReport(): BankReport {
  const files = ['customers.story', 'failures.story', 'learning-sql.story', 'operations.story', 'people.story', 'safety.story', 'sales-promises.story', 'volunteering.story', 'drafts/christmas-backlog.story'];
  return buildBank({
    root: ROOT,
    today: '2026-11-29',
    files: files.map((file) => ({ path: file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') })),
    role: { path: 'vp-operations.role', text: fs.readFileSync(path.join(ROOT, 'vp-operations.role'), 'utf8') },
  });
}

function tree(report: BankReport): BankNode[] {
  return buildBankTree({ rootUri: 'file:///bank', version: 1, report, coveredThreshold: REQUIREMENT_COVERED_THRESHOLD, competencyNames: Object.fromEntries(COMPETENCIES.map((c) => [c.id, c.name])) });
}

const walk = (nodes: readonly BankNode[]): BankNode[] => nodes.flatMap((node) => [node, ...walk(node.children ?? [])]);

describe('the Story Bank tree', () => {
  const report = fixtureReport();
  const [role, competencies, questions, kinds] = tree(report);

  it('has four groupings: the target role, competencies, questions and kinds', () => {
    assert.deepEqual([role.id, competencies.id, questions.id, kinds.id], ['role', 'competencies', 'questions', 'kinds']);
    assert.equal(role.label, 'VP Operations');
    const requirements = report.role?.requirements ?? [];
    assert.equal(role.description, `${requirements.filter((r) => r.covered).length} of ${requirements.length} requirements covered`);
  });

  it('marks each uncovered requirement as a gap with no stories under it, and lists the covering stories under the others', () => {
    const children = role.children ?? [];
    const automation = children.find((node) => node.label.startsWith('Set the five-year automation strategy'));
    assert.ok(automation?.gap, 'the automation requirement is a gap');
    assert.equal(automation.icon, 'requirement-gap');
    assert.deepEqual(automation.children, []);
    const covered = children.filter((node) => !node.gap);
    assert.ok(covered.length > 0);
    for (const node of covered) {
      assert.equal(node.icon, 'requirement-covered');
      assert.ok((node.children ?? []).length > 0, `${node.label} has its stories`);
      for (const story of node.children ?? []) assert.match(story.description ?? '', /^fit \d\.\d\d/);
    }
  });

  it('lists every competency of the taxonomy, gaps marked, inferred ones said so', () => {
    assert.equal(competencies.children?.length, 16);
    const gaps = (competencies.children ?? []).filter((node) => node.gap);
    for (const node of gaps) assert.equal(node.description, 'no story');
    const storyDescriptions = new Set(walk(competencies.children ?? []).filter((node) => node.icon === 'story').map((node) => node.description));
    assert.ok(storyDescriptions.has('inferred') && storyDescriptions.has('tagged'), [...storyDescriptions].join(', '));
    assert.equal(competencies.children?.[0].label, 'Leading people');
  });

  it('lists every question with its ranked stories, gaps marked', () => {
    assert.equal(questions.children?.length, report.questions.length);
    const gap = (questions.children ?? []).find((node) => node.gap);
    assert.ok(gap, "the fixture has a question no story answers");
    assert.equal(gap.icon, "question-gap");
    const answered = (questions.children ?? []).find((node) => !node.gap && (node.children ?? []).length > 1);
    assert.ok(answered);
    const scores = (answered.children ?? []).map((node) => Number(/fit (\d\.\d\d)/.exec(node.description ?? '')?.[1]));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  });

  it('counts stories per kind, and every story node opens its file at its title line', () => {
    const counts = Object.fromEntries((kinds.children ?? []).map((node) => [node.label, Number(node.description)]));
    assert.equal(counts.failure, report.balance.failure);
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), report.stories.length);
    for (const node of walk([kinds])) {
      if (node.icon !== 'story') continue;
      const story = report.stories.find((candidate) => candidate.title === node.label);
      assert.deepEqual(node.open, { path: story?.path, line: story?.line });
      // What the item's context menu (Rehearse Story) gets: the document and its 0-based title line.
      assert.deepEqual(node.story, { uri: `file:///bank/${story?.path}`, line: (story?.line ?? 0) - 1 });
    }
  });

  it('joins a story path to the bank root URI segment by segment, encoded', () => {
    assert.equal(joinUri('file:///home/me/My%20Bank/', 'drafts/a #1 story.story'), 'file:///home/me/My%20Bank/drafts/a%20%231%20story.story');
    assert.equal(joinUri('vscode-vfs://github/me/bank', 'x.story'), 'vscode-vfs://github/me/bank/x.story');
  });

  it('keeps node ids unique, so the view keeps what is expanded across refreshes', () => {
    const ids = walk(tree(report)).map((node) => node.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
