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

  // Seeds, so a failure replays; each sequence mixes edits, deletions, additions, renames, copies
  // (duplicate pairs come and go), role edits, and reports asked for between some changes only.
  for (const seed of [20261129, 7, 1234567]) {
    it(`gives after any sequence of edits, deletions, additions and renames the report a rebuild gives (seed ${seed})`, () => {
      const random = rng(seed);
      const files = bankFiles();
      const index = new BankIndex({ questions });
      for (const [file, text] of files) index.setFile(file, text);
      let roleText = role;
      index.setRole('vp-operations.role', roleText);
      const removed = new Map<string, string>();
      let duplicates = 0;
      for (let step = 0; step < 40; step++) {
        const paths = [...files.keys()];
        const pick = (): string => paths[Math.floor(random() * paths.length)];
        const choice = random();
        if (choice < 0.5) {
          const file = pick();
          const edited = EDITS[Math.floor(random() * EDITS.length)](files.get(file) ?? '', random);
          files.set(file, edited);
          index.setFile(file, edited);
        } else if (choice < 0.6 && paths.length > 3) {
          const file = pick();
          removed.set(file, files.get(file) ?? '');
          files.delete(file);
          index.deleteFile(file);
        } else if (choice < 0.7) {
          // A rename: the same text under a new path (new story ids), the old path gone.
          const file = pick();
          const renamed = `renamed/${step}-${file.split('/').pop()}`;
          files.set(renamed, files.get(file) ?? '');
          files.delete(file);
          index.setFile(renamed, files.get(renamed) ?? '');
          index.deleteFile(file);
        } else if (choice < 0.8) {
          // A copy of another file's text: a near-identical pair for bank-duplicate.
          const [from, to] = [pick(), pick()];
          const copied = `${files.get(from) ?? ''}\n`;
          files.set(to, copied);
          index.setFile(to, copied);
        } else if (choice < 0.9 && removed.size > 0) {
          const [file, text] = [...removed][0];
          removed.delete(file);
          files.set(file, text);
          index.setFile(file, text);
        } else {
          roleText = roleText === role ? `${role}\n- Coach site managers through a merger\n` : role;
          index.setRole('vp-operations.role', roleText);
        }
        // Some changes pile up before the next report, as edits do while the server is busy.
        if (random() < 0.3) continue;
        const rebuilt = buildBank({ root: '/bank', today: TODAY, files: [...files].map(([file, text]) => ({ path: file, text })), role: { path: 'vp-operations.role', text: roleText }, options: { questions } });
        if (random() < 0.5) {
          // The summary alone (what the editor publishes first) is the report's, without its question map.
          const { questions: _questions, ...summary } = rebuilt;
          assert.deepEqual(index.summary({ root: '/bank', today: TODAY }), summary, `step ${step}: summary`);
        }
        assert.deepEqual(index.report({ root: '/bank', today: TODAY }), rebuilt, `step ${step}`);
        if (rebuilt.findings.some((finding) => finding.rule === 'bank-duplicate')) duplicates++;
      }
      assert.ok(duplicates > 0, 'duplicate pairs were among the reports');
    });
  }

  it('makes the report a question at a time, starting again when the bank changes meanwhile', () => {
    const files = bankFiles();
    const index = new BankIndex({ questions });
    for (const [file, text] of files) index.setFile(file, text);
    const steps = index.reportSteps({ root: '/bank', today: TODAY });
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      // Halfway through the question map, a story changes.
      if (++yielded === 10) index.setFile('people.story', `${files.get('people.story')}\nI also rebuilt the rota.\n`);
      if (yielded > 1000) assert.fail('the report never finished');
    }
    files.set('people.story', `${files.get('people.story')}\nI also rebuilt the rota.\n`);
    const rebuilt = buildBank({ root: '/bank', today: TODAY, files: [...files].map(([file, text]) => ({ path: file, text })), options: { questions } });
    assert.ok(yielded > rebuilt.questions.length, `started again: ${yielded} steps for ${rebuilt.questions.length} questions`);
    assert.deepEqual(step.value, rebuilt);
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
