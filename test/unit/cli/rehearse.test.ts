/* eslint-disable no-control-regex -- the screens are matched with their colour codes */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, localIsoDate, parseRehearsalLog, parseStoryDocument, rehearsalLine, rehearsedDates, scheduleRehearsals } from '../../../server/src/engine';
import { CLI_JS, runCli } from '../support/cli';
import { FIXTURES } from '../support/paths';
import { TmuxTerminal } from '../support/tmux';

// Our own story, shared with the VS Code rehearsal tests.
const STORY = fs.readFileSync(path.join(FIXTURES, 'practice', 'depot.story'), 'utf8');
const PARTS = 5; // the opening and four sections

describe('story-coach rehearse (in a real terminal, through tmux)', function () {
  this.timeout(60_000);
  let dir: string;
  let terminal: TmuxTerminal | undefined;
  const logFile = () => path.join(dir, '.storycoach', 'rehearsals.jsonl');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-rehearse-'));
    fs.writeFileSync(path.join(dir, '.storycoach.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'depot.story'), STORY);
  });
  afterEach(() => {
    terminal?.dispose();
    terminal = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI in the terminal; its exit status lands in `status`, the terminal's settings after it in `stty`. */
  const start = (args: string, env = '') => {
    terminal = new TmuxTerminal(`${env} '${process.execPath}' '${CLI_JS}' rehearse ${args}; echo $? > status; stty -a > stty; sleep 60`, dir);
    return terminal;
  };
  const status = async () => {
    const deadline = Date.now() + 10_000;
    while (!fs.existsSync(path.join(dir, 'stty'))) {
      if (Date.now() > deadline) throw new Error(`the command did not finish; the terminal showed:\n${terminal?.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Number(fs.readFileSync(path.join(dir, 'status'), 'utf8'));
  };

  it('shows the cue card and a running timer; advancing and rating logs one line and adds today to Rehearsed:', async () => {
    const tty = start('depot.story');
    const card = await tty.waitFor((screen) => screen.includes('Depot pick rate rescue') && screen.includes('Press space'), 'the cue card');
    assert.match(card, /Open with: “Our busiest depot kept shipping late on Fridays\.”/);
    assert.match(card, /Situation +In spring 2022 the north depot missed… {2}\[31%\]/);
    assert.match(card, /target 1m30s/);

    tty.keys('Space');
    const timer = (screen: string) => /⏱ (\d+:\d\d) \/ 1:30/.exec(screen)?.[1];
    await tty.waitFor((screen) => timer(screen) === '0:01', 'the timer to reach 0:01');
    await tty.waitFor((screen) => timer(screen) === '0:02', 'the timer to keep running');
    tty.keys('Space');
    await tty.waitFor((screen) => /▸ Situation/.test(screen), 'the Situation to become current');
    tty.keys('Enter');
    tty.keys('Right');
    await tty.waitFor((screen) => /▸ Action/.test(screen), 'the Action to become current (enter and → advance too)');
    tty.keys('Space');
    await tty.waitFor((screen) => /▸ Result/.test(screen), 'the Result to become current');
    tty.keys('Space');
    const summary = await tty.waitFor((screen) => screen.includes('How did it go?'), 'the rating prompt');
    assert.match(summary, /Done: \d+s of a 1m30s target: 1m\d+s to spare\./);
    assert.match(summary, /Opening ran \d+s of \d+s \(planned 13s\): check nothing was skipped/);
    tty.keys('g');

    assert.equal(await status(), 0);
    const log = parseRehearsalLog(fs.readFileSync(logFile(), 'utf8'));
    assert.deepEqual(log.errors, []);
    assert.equal(log.entries.length, 1);
    const [entry] = log.entries;
    assert.equal(entry.story, 'depot.story#depot-pick-rate-rescue');
    assert.equal(entry.rating, 'good');
    assert.deepEqual(Object.keys(entry.sections), ['intro', 'situation', 'task', 'action', 'result']);
    assert.ok(entry.sections.intro >= 2 && entry.seconds >= 2 && entry.seconds < 30, JSON.stringify(entry));
    const today = localIsoDate(new Date());
    assert.equal(entry.at.slice(0, 10), today);
    const text = fs.readFileSync(path.join(dir, 'depot.story'), 'utf8');
    assert.deepEqual(rehearsedDates(parseStoryDocument(text).stories[0]), [today]);
    assert.equal(text.replace(`Rehearsed: ${today}\n`, ''), STORY, 'only the Rehearsed: line was added');
    const after = tty.screen();
    assert.match(after, /Logged to \.storycoach\/rehearsals\.jsonl; Rehearsed: \d{4}-\d\d-\d\d\. Now rehearsed 1× · last today · due/);
  });

  it("caps the next rehearsal by the target role's Interview: date", async () => {
    const today = localIsoDate(new Date());
    fs.writeFileSync(path.join(dir, 'ops.role'), `# Head of Operations\nInterview: ${addDays(today, 4)}\n\n- Lead a team of 200 people.\n`);
    const tty = start('depot.story');
    await tty.waitFor((screen) => screen.includes('Press space'), 'the cue card');
    for (let part = 0; part <= PARTS; part++) tty.keys('Space');
    await tty.waitFor((screen) => screen.includes('How did it go?'), 'the rating prompt');
    tty.keys('e');
    assert.equal(await status(), 0);
    const history = parseRehearsalLog(fs.readFileSync(logFile(), 'utf8')).entries;
    const capped = rehearsalLine(scheduleRehearsals(history, { today, interviewDate: addDays(today, 4) }), today);
    assert.notEqual(capped, rehearsalLine(scheduleRehearsals(history, { today }), today), 'an easy first run waits longer than the cap');
    // The screen wraps long lines at the terminal's width.
    assert.ok(tty.screen().replace(/\n/g, '').includes(`Now ${capped}.`), tty.screen());
  });

  it('Ctrl-C logs nothing and gives the terminal back (raw mode off, cursor shown, main screen)', async () => {
    const tty = start('depot.story --story "depot pick rate rescue"');
    await tty.waitFor((screen) => screen.includes('Press space'), 'the cue card');
    assert.equal(tty.format('#{alternate_on}'), '1');
    tty.keys('Space');
    await tty.waitFor((screen) => /⏱ 0:0\d/.test(screen), 'the timer');
    tty.keys('C-c');
    assert.equal(await status(), 130);
    assert.equal(fs.existsSync(logFile()), false);
    assert.equal(fs.readFileSync(path.join(dir, 'depot.story'), 'utf8'), STORY);
    assert.match(tty.screen(), /rehearsal stopped; nothing logged/);
    assert.equal(tty.format('#{alternate_on}'), '0');
    assert.equal(tty.format('#{cursor_flag}'), '1');
    const stty = fs.readFileSync(path.join(dir, 'stty'), 'utf8');
    assert.match(stty, /(?<![-\w])icanon\b/);
    assert.match(stty, /(?<![-\w])echo\b/);
  });

  it('redraws for a new terminal size', async () => {
    const tty = start('depot.story');
    await tty.waitFor((screen) => screen.includes('Open with: “Our busiest depot kept shipping late on Fridays.”'), 'the full opening at 100 columns');
    tty.resize(40, 30);
    // Only a redraw cuts the line with an ellipsis at the new width (tmux itself just crops).
    await tty.waitFor((screen) => screen.split('\n').some((line) => line.startsWith('Open with: “Our busiest') && line.endsWith('…') && [...line].length === 40), 'a redraw at 40 columns');
    tty.keys('q');
    assert.equal(await status(), 130);
  });

  it('colours the timer, and NO_COLOR turns colour off', async () => {
    const coloured = start('depot.story');
    await coloured.waitFor((screen) => screen.includes('Press space'), 'the cue card');
    coloured.keys('Space');
    await coloured.waitFor((screen) => screen.includes('⏱'), 'the timer');
    assert.match(coloured.screen(true), /\x1b\[32m⏱/, 'green while well under the target');
    coloured.keys('q');
    await status();
    coloured.dispose();
    fs.rmSync(path.join(dir, 'stty'));

    const plain = start('depot.story', 'NO_COLOR=1');
    await plain.waitFor((screen) => screen.includes('Press space'), 'the cue card');
    plain.keys('Space');
    await plain.waitFor((screen) => screen.includes('⏱'), 'the timer');
    assert.doesNotMatch(plain.screen(true), /\x1b\[(?:3\d|1|2)m/);
    plain.keys('q');
    await status();
  });

  it('refuses to write when the story changed during the rehearsal, and logs nothing', async () => {
    const tty = start('depot.story');
    await tty.waitFor((screen) => screen.includes('Press space'), 'the cue card');
    for (let part = 0; part <= PARTS; part++) tty.keys('Space');
    await tty.waitFor((screen) => screen.includes('How did it go?'), 'the rating prompt');
    const edited = STORY.replace('eight weeks', 'seven weeks');
    fs.writeFileSync(path.join(dir, 'depot.story'), edited);
    tty.keys('4');
    assert.equal(await status(), 1);
    assert.match(tty.screen(), /the file changed since the rehearsal began; nothing logged and Rehearsed:\s+not updated/);
    assert.equal(fs.readFileSync(path.join(dir, 'depot.story'), 'utf8'), edited);
    assert.equal(fs.existsSync(logFile()), false);
  });
});

describe('story-coach rehearse without a terminal', () => {
  it('exits 2 with one line on stderr', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-rehearse-'));
    try {
      fs.writeFileSync(path.join(dir, 'depot.story'), STORY);
      const run = await runCli(['rehearse', 'depot.story'], dir);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'story-coach: rehearse needs an interactive terminal (stdin and stdout must be a TTY)\n');
      assert.equal(fs.existsSync(path.join(dir, '.storycoach')), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
