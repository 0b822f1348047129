// The bank index: an incremental update equals a rebuild (seeded edits), a file's records are
// re-derived only when its text changes, and records carry what the views need.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BankIndex, buildBank, requirementsCoveredBy } from '../../../../server/src/engine';
import { FIXTURES } from '../../support/paths';

const BANK = path.join(FIXTURES, 'bank');
const TODAY = '2026-11-29';

function bankFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.story')) files.set(path.relative(BANK, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(BANK);
  return files;
}

/** mulberry32: a seeded sequence, so a failure replays. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDITS: readonly ((text: string, random: () => number) => string)[] = [
  (text, random) => {
    const at = Math.floor(random() * text.length);
    return `${text.slice(0, at)} I negotiated a new contract with our largest customer and cut costs by 12%. ${text.slice(at)}`;
  },
  (text) => text.replace(/^Competencies: .*$/m, 'Competencies: conflict, strategy, Kubernetes'),
  (text) => text.replace(/^# (.*)$/m, '# $1 (revised)'),
  (text) => text.replace(/^Kind: achievement$/m, 'Kind: failure'),
  (text, random) => text.slice(0, Math.floor(random() * text.length)),
  (text) => `${text}\n# A new story\nKind: failure\n## Situation\nWe lost the bid.\n## Action\nI skipped the customer interviews.\n## Result\nWe lost £2M.\n## Lessons\nI learned to listen first.\n`,
  (text) => text.replace(/^Question: .*$/m, 'Question: Tell me about a time you failed.'),
];

describe('bank index', () => {
  const role = fs.readFileSync(path.join(BANK, 'vp-operations.role'), 'utf8');
  const questions = JSON.parse(fs.readFileSync(path.join(BANK, '.storycoach.json'), 'utf8')).questions;

  it('gives after any sequence of edits, deletions and additions the report a rebuild gives', () => {
    const random = rng(20261129);
    const files = bankFiles();
    const index = new BankIndex({ questions });
    for (const [file, text] of files) index.setFile(file, text);
    index.setRole('vp-operations.role', role);
    const removed = new Map<string, string>();
    for (let step = 0; step < 40; step++) {
      const paths = [...files.keys()];
      const choice = random();
      if (choice < 0.65) {
        const file = paths[Math.floor(random() * paths.length)];
        const edited = EDITS[Math.floor(random() * EDITS.length)](files.get(file) ?? '', random);
        files.set(file, edited);
        index.setFile(file, edited);
      } else if (choice < 0.8 && paths.length > 3) {
        const file = paths[Math.floor(random() * paths.length)];
        removed.set(file, files.get(file) ?? '');
        files.delete(file);
        index.deleteFile(file);
      } else if (removed.size > 0) {
        const [file, text] = [...removed][0];
        removed.delete(file);
        files.set(file, text);
        index.setFile(file, text);
      } else {
        index.setRole('vp-operations.role', `${role}\n- Coach site managers through a merger\n`);
        index.setRole('vp-operations.role', role);
      }
      const incremental = index.report({ root: '/bank', today: TODAY });
      const rebuilt = buildBank({ root: '/bank', today: TODAY, files: [...files].map(([file, text]) => ({ path: file, text })), role: { path: 'vp-operations.role', text: role }, options: { questions } });
      assert.deepEqual(incremental, rebuilt, `step ${step}`);
    }
  });

  it('re-derives only the file that changed', () => {
    const index = new BankIndex();
    const files = bankFiles();
    for (const [file, text] of files) index.setFile(file, text);
    const before = index.records();
    assert.equal(index.setFile('people.story', files.get('people.story') ?? ''), false, 'same text: nothing to do');
    assert.equal(index.setFile('people.story', `${files.get('people.story')}\nOne more line.\n`), true);
    const after = index.records();
    for (const record of after) {
      const old = before.find((candidate) => candidate.id === record.id);
      if (record.path === 'people.story') assert.notEqual(old, record);
      else assert.equal(old, record, `${record.id} was re-derived`);
    }
  });

  it('records hook, figures, lesson, sections and findings by guideline', () => {
    const report = buildBank({ root: '/bank', today: TODAY, files: [...bankFiles()].map(([file, text]) => ({ path: file, text })) });
    const forecast = report.stories.find((story) => story.id === 'failures.story#the-forecast-i-got-wrong');
    assert.ok(forecast);
    assert.match(forecast.hook, /^For the launch of our garden furniture range/);
    assert.ok(forecast.figures.includes('40%') && forecast.figures.includes('£400,000'), forecast.figures.join(' '));
    assert.match(forecast.lesson ?? '', /^I learned to treat a single year as an anecdote/);
    assert.deepEqual(forecast.sections.map((section) => section.kind), ['situation', 'action', 'result', 'lessons']);
    assert.equal(forecast.when, '2022');
    assert.ok(forecast.speakingSeconds > 0 && forecast.words > 100);
    const peak = report.stories.find((story) => story.id === 'operations.story#peak-season-fulfilment-turnaround');
    assert.deepEqual([peak?.line, peak?.targetSeconds, peak?.questions], [3, 150, ['Tell me about a time you turned around a failing project.']]);
    assert.equal(report.stories.find((story) => story.id === 'volunteering.story#running-the-food-bank-s-saturday-distribution')?.context, 'personal');
  });

  it('tells the editor which requirements a story covers and finds stories for free text', () => {
    const index = new BankIndex();
    for (const [file, text] of bankFiles()) index.setFile(file, text);
    index.setRole('vp-operations.role', role);
    const report = index.report({ root: '/bank', today: TODAY });
    assert.ok(requirementsCoveredBy(report, 'customers.story#fixing-the-returns-experience').some((requirement) => /returns process/.test(requirement.text)));
    const found = index.findStories('renegotiating a supplier contract');
    assert.equal(found[0]?.story, 'operations.story#carrier-contract-renegotiation');
    assert.ok((found[0]?.terms ?? []).length > 0);
  });

  it('never throws on hostile input', () => {
    const index = new BankIndex();
    for (const text of ['', '\uFEFF', '\u0000\u0001', '#', '# \n# \n# ', 'x'.repeat(200000), '# A\nCompetencies: ,,,;;\n', '# ' + 'é'.repeat(5000)]) index.setFile('odd.story', text);
    index.setRole('odd.role', '\u0000');
    assert.ok(index.report({ root: '/', today: TODAY }).stories.length >= 1);
  });
});
