// Issue 11's bar, on a bank of our own writing (test/fixtures/bank: 14 stories in 9 files, a target
// role, custom questions, 5 untagged stories), through `story-coach bank --format json` as a user runs it.
// What a "sensible" answer is was written down from a coach's reading of the stories, not from the output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BankReport } from '../../../server/src/engine';
import { runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';

const BANK = path.join(FIXTURES, 'bank');
const id = (file: string, slug: string): string => `${file}#${slug}`;

const STORIES = [
  id('customers.story', 'fixing-the-returns-experience'),
  id('customers.story', 'same-day-delivery-pilot'),
  id('drafts/christmas-backlog.story', 'clearing-the-christmas-backlog-at-northampton'),
  id('failures.story', 'the-forecast-i-got-wrong'),
  id('failures.story', 'missing-the-leeds-opening-date'),
  id('learning-sql.story', 'learning-sql-to-fix-our-inventory-reports'),
  id('operations.story', 'peak-season-fulfilment-turnaround'),
  id('operations.story', 'carrier-contract-renegotiation'),
  id('people.story', 'rebuilding-the-night-shift'),
  id('people.story', 'letting-a-long-serving-supervisor-go'),
  id('people.story', 'disagreeing-with-the-cfo-on-headcount-cuts'),
  id('safety.story', 'safety'),
  id('sales-promises.story', 'getting-sales-to-stop-promising-next-day-delivery-everywhere'),
  id('volunteering.story', 'running-the-food-bank-s-saturday-distribution'),
];

// The custom questions of .storycoach.json and the stories a coach would accept first for each.
const ANSWERABLE: Readonly<Record<string, readonly string[]>> = {
  'Tell me about a time you made a process easier for your customers.': [STORIES[0], STORIES[1]],
  'How did you deal with someone who kept breaking the rules?': [STORIES[9]],
  'Tell me about a time your numbers were wrong.': [STORIES[3]],
  'Tell me about a time you got people outside your team to change how they worked.': [STORIES[12], STORIES[10]],
  'How have you kept people safe at work?': [STORIES[11]],
  'What have you done outside work that you are proud of?': [STORIES[13]],
  'Describe a time you taught yourself a new skill to solve a problem.': [STORIES[5]],
};
const UNANSWERABLE = 'Tell me about a time you launched a business in a new country.';

// The role's requirements, by line, and whether a story of the bank covers each (a coach's reading).
const UNCOVERED_LINES = [21, 28, 29];
const COVERED_LINES = [12, 15, 16, 17, 18, 19, 20, 22, 25, 26, 27];
const BOILERPLATE_LINES = [8, 9, 32, 33, 34, 37, 38, 41];

// For each untagged story: competencies a coach would accept, and the one (of several) it must lead with.
const UNTAGGED: Readonly<Record<string, { accept: readonly string[]; lead: readonly string[] }>> = {
  [STORIES[2]]: { accept: ['execution', 'leadership', 'customer', 'business'], lead: ['execution', 'leadership'] },
  [STORIES[5]]: { accept: ['growth', 'innovation', 'quality', 'ownership', 'judgment'], lead: ['growth'] },
  [STORIES[11]]: { accept: ['quality', 'ownership', 'leadership', 'judgment'], lead: ['quality', 'ownership'] },
  [STORIES[12]]: { accept: ['influence', 'conflict', 'customer', 'collaboration', 'communication'], lead: ['influence', 'conflict'] },
  [STORIES[13]]: { accept: ['execution', 'leadership', 'innovation', 'customer', 'collaboration', 'quality'], lead: ['execution', 'leadership', 'innovation', 'customer'] },
};

describe('story-coach bank: issue 11 bar on a held-back bank of our own', function () {
  this.timeout(60000);
  let report: BankReport;

  before(async () => {
    const run = await runCli(['bank', '.', '--format', 'json'], BANK);
    assert.equal(run.code, 0, run.stderr);
    report = JSON.parse(run.stdout) as BankReport;
  });

  it('reports every story with the spec\'s ids, the role and its root', () => {
    assert.deepEqual([...report.stories.map((story) => story.id)].sort(), [...STORIES].sort());
    assert.equal(report.version, 1);
    assert.equal(report.root, fs.realpathSync(BANK));
    assert.equal(report.role?.path, 'vp-operations.role');
    assert.equal(report.role?.title, 'VP Operations');
  });

  it('reports the duplicate pair, the overloaded story and the competency the role needs that no story shows', () => {
    const duplicate = report.findings.filter((finding) => finding.rule === 'bank-duplicate');
    assert.deepEqual(duplicate.map((finding) => [...finding.stories].sort()), [[STORIES[2], STORIES[6]].sort()]);
    const overloaded = report.findings.filter((finding) => finding.rule === 'bank-overloaded');
    assert.deepEqual(overloaded.map((finding) => finding.stories), [[STORIES[0]]]);
    const coverage = report.findings.filter((finding) => finding.rule === 'bank-coverage');
    assert.deepEqual(coverage.map((finding) => [finding.path, finding.line, /\bstrategy\b/.test(finding.message)]), [['vp-operations.role', 1, true]]);
  });

  it('finds the uncovered requirements, with at most one false alarm, and no boilerplate line as a requirement', () => {
    const requirements = report.role?.requirements ?? [];
    assert.deepEqual(requirements.map((requirement) => requirement.line).sort((a, b) => a - b), [...COVERED_LINES, ...UNCOVERED_LINES].sort((a, b) => a - b));
    const flagged = requirements.filter((requirement) => !requirement.covered).map((requirement) => requirement.line);
    const caught = UNCOVERED_LINES.filter((line) => flagged.includes(line));
    const falseAlarms = flagged.filter((line) => COVERED_LINES.includes(line));
    assert.ok(caught.length >= 2, `caught ${caught.length} of 3 uncovered requirements: ${flagged.join(', ')}`);
    assert.ok(falseAlarms.length <= 1, `false alarms on lines ${falseAlarms.join(', ')}`);
    for (const line of BOILERPLATE_LINES) assert.ok(!requirements.some((requirement) => requirement.line === line), `boilerplate line ${line} read as a requirement`);
    const diagnostics = report.findings.filter((finding) => finding.rule === 'role-uncovered').map((finding) => finding.line);
    assert.deepEqual(diagnostics, flagged);
  });

  it('ranks a sensible first story for the answerable questions, explains it, and marks the unanswerable one a gap', () => {
    let sensible = 0;
    const misses: string[] = [];
    for (const [text, accepted] of Object.entries(ANSWERABLE)) {
      const question = report.questions.find((candidate) => candidate.text === text);
      assert.ok(question, `question missing: ${text}`);
      assert.equal(question.source, 'config');
      const first = question.matches[0];
      if (first && !question.gap && accepted.includes(first.story)) sensible++;
      else misses.push(`${text} → ${first?.story}`);
      if (first) assert.ok((first.competencies?.length ?? 0) + (first.terms?.length ?? 0) > 0, `no explanation for ${text}`);
      for (const match of question.matches) assert.ok(match.score >= 0 && match.score <= 1);
    }
    assert.ok(sensible >= 6, `sensible first story for ${sensible} of 7: ${misses.join('; ')}`);
    assert.equal(report.questions.find((candidate) => candidate.text === UNANSWERABLE)?.gap, true);
  });

  it('infers competencies that make sense for the untagged stories, marked inferred', () => {
    let sensible = 0;
    const misses: string[] = [];
    for (const [storyId, expected] of Object.entries(UNTAGGED)) {
      const story = report.stories.find((candidate) => candidate.id === storyId);
      assert.ok(story, storyId);
      assert.ok(story.competencies.length > 0 && story.competencies.every((competency) => competency.source === 'inferred'), storyId);
      const ids = story.competencies.map((competency) => competency.id);
      if (expected.lead.includes(ids[0]) && ids.every((one) => expected.accept.includes(one))) sensible++;
      else misses.push(`${storyId}: ${ids.join(', ')}`);
    }
    assert.ok(sensible >= 4, `sensible for ${sensible} of 5: ${misses.join('; ')}`);
  });

  it('pins a story to the question its Question: line names', () => {
    const question = report.questions.find((candidate) => candidate.id === 'turned-around-a-project');
    assert.deepEqual(question?.matches[0], { ...question?.matches[0], story: STORIES[6], score: 1, pinned: true });
  });

  it('reports bank-balance when the bank has no failure story', async () => {
    const withoutFailures = fs.readdirSync(BANK).filter((name) => name.endsWith('.story') && name !== 'failures.story');
    const run = await runCli(['bank', ...withoutFailures, '--format', 'json'], BANK);
    const variant = JSON.parse(run.stdout) as BankReport;
    assert.equal(variant.balance.failure, 0);
    const balance = variant.findings.filter((finding) => finding.rule === 'bank-balance');
    assert.deepEqual(balance.map((finding) => finding.severity), ['warning']);
    assert.equal(report.findings.find((finding) => finding.rule === 'bank-balance')?.severity, 'info');
  });
});
