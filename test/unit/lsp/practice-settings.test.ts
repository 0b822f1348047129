// The interview date that caps the editor's rehearsal schedule (story-bank spec §7): the target
// role's `Interview:` wins over `interviewDate` in `.storycoach.json`, which applies without one.
// Driven through the language server: the record line of the rehearsal card shows the schedule.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDays, localIsoDate, parseRehearsalLog, rehearsalLine, scheduleRehearsals } from '../../../server/src/engine';
import type { RehearsalCard } from '../../../server/src/protocol';
import { LspTestClient } from '../support/lsp-client';
import { FIXTURES } from '../support/paths';

const STORY = fs.readFileSync(path.join(FIXTURES, 'practice', 'depot.story'), 'utf8');
const STORY_ID = 'depot.story#depot-pick-rate-rescue';

describe('the rehearsal schedule in the language server: which interview date caps it', function () {
  this.timeout(30000);
  let root: string;
  let client: LspTestClient | undefined;
  const today = localIsoDate(new Date());
  const roleDate = addDays(today, 4);
  const configDate = addDays(today, 10);
  const logLine = JSON.stringify({ story: STORY_ID, at: `${today}T09:00:00`, seconds: 80, sections: { intro: 5, situation: 15, task: 10, action: 35, result: 15 }, rating: 'easy' });
  const history = parseRehearsalLog(`${logLine}\n`).entries;
  const lineFor = (interviewDate: string | null) => rehearsalLine(scheduleRehearsals(history, { today, interviewDate }), today);
  const role = (interview: string | null) => `# Head of Operations\n${interview ? `Interview: ${interview}\n` : ''}\n- Lead a team of 200 people in our depots.\n`;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-practice-'));
    fs.writeFileSync(path.join(root, '.storycoach.json'), JSON.stringify({ interviewDate: configDate }));
    fs.writeFileSync(path.join(root, 'ops.role'), role(roleDate));
    fs.writeFileSync(path.join(root, 'depot.story'), STORY);
    fs.mkdirSync(path.join(root, '.storycoach'));
    fs.writeFileSync(path.join(root, '.storycoach', 'rehearsals.jsonl'), `${logLine}\n`);
  });
  afterEach(() => {
    client?.dispose();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("uses the target role's Interview: date, else interviewDate", async () => {
    // The three schedules differ, so the record line tells which date (if any) capped it.
    const expected = { role: lineFor(roleDate), config: lineFor(configDate), none: lineFor(null) };
    assert.equal(new Set(Object.values(expected)).size, 3, JSON.stringify(expected));

    client = await LspTestClient.initialized({ warm: false, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bank' }] });
    const storyUri = pathToFileURL(path.join(root, 'depot.story')).href;
    await client.open(storyUri, STORY);
    const record = async () => (await client?.request<RehearsalCard | null>('storyCoach/rehearsalCard', { uri: storyUri, position: { line: 0, character: 0 } }))?.record;
    assert.equal(await record(), expected.role);

    // The role without a date (open documents override the disk): the settings file's date caps it.
    const roleUri = pathToFileURL(path.join(root, 'ops.role')).href;
    await client.open(roleUri, role(null));
    assert.equal(await record(), expected.config);
  });
});
