import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/cli';

const STORY = `# Depot pick rate rescue
Kind: achievement
Target: 1m30s

## Situation
In spring 2022 the north depot missed 31% of its Friday cut-offs.

## Action
I moved the 200 fastest-selling items next to the packing benches.

## Result
Missed cut-offs fell to 4% within eight weeks.

# Choir fundraiser
## Situation
Our choir needed a new piano.
## Action
I ran three concerts.
## Result
We raised $9,000 in a month.
`;

describe('story-coach bank: rehearsals', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-bank-rehearsals-'));
    fs.writeFileSync(path.join(dir, '.storycoach.json'), '{ "interviewDate": "2099-01-15" }\n');
    fs.writeFileSync(path.join(dir, 'bank.story'), STORY);
    fs.mkdirSync(path.join(dir, '.storycoach'));
    // A logged rehearsal yesterday, and a damaged line that must be reported, not fatal.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    const entry = { story: 'bank.story#depot-pick-rate-rescue', at: `${day}T09:00:00`, seconds: 95, sections: { situation: 20, action: 50, result: 25 }, rating: 'good' };
    fs.writeFileSync(path.join(dir, '.storycoach', 'rehearsals.jsonl'), `${JSON.stringify(entry)}\n{"story": "bank.story#choir\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the JSON report shows the rehearsal: count, last and next date, history', async () => {
    const run = await runCli(['bank', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout);
    const [depot, choir] = report.stories;
    assert.equal(depot.rehearsals, 1);
    assert.match(depot.lastRehearsed, /^\d{4}-\d\d-\d\d$/);
    assert.ok(depot.nextRehearsal > depot.lastRehearsed);
    assert.equal(depot.due, false);
    assert.equal(depot.rehearsalHistory[0].seconds, 95);
    assert.equal(choir.rehearsals, 0);
    assert.equal(choir.due, true);
    assert.deepEqual(report.findings.filter((finding: { rule: string }) => finding.rule === 'rehearsal-due').map((finding: { stories: string[] }) => finding.stories[0]), ['bank.story#choir-fundraiser']);
  });

  it('the text report lists rehearsals, last and next per story, and which are due', async () => {
    const run = await runCli(['bank'], dir);
    assert.match(run.stdout, /^Rehearsals \(interview 2099-01-15, in \d+ days\): 1 of 2 due$/m);
    assert.match(run.stdout, /^ {4}Depot pick rate rescue +1× +last \d{4}-\d\d-\d\d {2}next \d{4}-\d\d-\d\d$/m);
    assert.match(run.stdout, /^ {2}! Choir fundraiser +never rehearsed +← due$/m);
    assert.match(run.stderr, /rehearsals\.jsonl:2: skipped: not valid JSON/);
  });
});
