// `story-coach check` output formats (spec §6): text, the JSON document, SARIF 2.1.0.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EMOJI_STORY, makeTree, removeTree, runCli, runJson, spanText, writeFile, type JsonFinding } from '../support/cli';
import { REPO_ROOT } from '../support/paths';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const SECTIONS = ['situation', 'task', 'action', 'result', 'lessons', 'intro', 'metadata', null];
const RULE_IDS = [
  'missing-section', 'unquantified-result', 'vague-claim', 'blame-phrasing', 'excuse', 'passive-ownership',
  'missing-lessons', 'no-follow-through', 'we-without-i', 'no-team', 'hedging', 'boastful', 'humblebrag-failure',
  'damaging-failure', 'speaking-time', 'section-balance', 'unknown-section', 'unknown-metadata', 'unknown-directive',
];
const MODEL_STORIES = ['examples/supply-chain-turnaround.story', 'examples/pricing-launch-failure.story'];

describe('story-coach check: output formats', function () {
  this.timeout(30000);
  let root: string;
  before(() => (root = makeTree()));
  after(() => removeTree(root));

  describe('text', () => {
    it('lists findings per file as line:column, severity, message and rule, then totals', async () => {
      const run = await runCli(['check', 'emoji.story'], root);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      const out = run.stdout.split('\n');
      assert.equal(out[0], 'emoji.story');
      const hedge = out.find((line) => line.includes('hedging'));
      assert.ok(hedge, run.stdout);
      assert.match(hedge, /^ {2}5:9 +warning +"kind of" hedges: cut it and say it plainly\. +hedging$/);
      assert.match(run.stdout, /✖ \d+ problems? \(0 errors, \d+ warnings?, \d+ infos?, \d+ hints?\) in 1 story\n/);
      assert.match(run.stdout, /fixable with --fix\.\n$/);
      assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    });

    it('says so when there is nothing to report', async () => {
      const run = await runCli(['check', 'clean.story'], root);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '✔ 1 story in 1 file: no problems\n');
    });
  });

  describe('json', () => {
    it('prints exactly the spec document: version, files, stories and findings', async () => {
      const run = await runJson(['check', 'emoji.story', 'fixable.story', 'clean.story'], root);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      const { json } = run;
      assert.deepEqual(Object.keys(json), ['version', 'files']);
      assert.equal(json.version, 1);
      assert.deepEqual(json.files.map((file) => file.path), ['clean.story', 'emoji.story', 'fixable.story']);
      for (const file of json.files) {
        assert.deepEqual(Object.keys(file), ['path', 'stories', 'findings']);
        for (const story of file.stories) {
          assert.deepEqual(Object.keys(story), ['title', 'kind', 'line', 'words', 'speakingSeconds', 'sections']);
          assert.equal(typeof story.title, 'string');
          assert.ok(['achievement', 'failure', 'challenge'].includes(story.kind));
          assert.ok(Number.isInteger(story.line) && story.line >= 1);
          assert.ok(Number.isInteger(story.words) && story.words > 0);
          assert.ok(Number.isInteger(story.speakingSeconds) && story.speakingSeconds > 0);
          assert.ok(story.sections.every((section) => SECTIONS.includes(section)), story.sections.join());
        }
        const text = fs.readFileSync(path.join(root, file.path), 'utf8');
        for (const finding of file.findings) {
          assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'story', 'section', 'fixable']);
          assert.ok(RULE_IDS.includes(finding.rule), finding.rule);
          assert.ok(SEVERITIES.includes(finding.severity));
          assert.ok(finding.message.length > 0);
          for (const n of [finding.line, finding.column, finding.endLine, finding.endColumn]) assert.ok(Number.isInteger(n) && n >= 1);
          assert.ok(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column));
          assert.ok(finding.story === null || file.stories.some((story) => story.title === finding.story));
          assert.ok(SECTIONS.includes(finding.section), String(finding.section));
          assert.equal(typeof finding.fixable, 'boolean');
          assert.ok(finding.endLine <= text.split('\n').length);
        }
      }
      const emoji = json.files[1];
      assert.deepEqual(emoji.stories, [
        { title: 'Launch 🚀 story', kind: 'achievement', line: 1, words: emoji.stories[0].words, speakingSeconds: emoji.stories[0].speakingSeconds, sections: ['situation', 'task', 'action', 'result'] },
      ]);
      assert.deepEqual(json.files[0].findings, [], 'the model story is clean');
    });

    it('reports 1-based lines and UTF-16 columns, end exclusive, after emoji', async () => {
      const { json } = await runJson(['check', 'emoji.story'], root);
      const hedge = json.files[0].findings.find((finding) => finding.rule === 'hedging');
      assert.deepEqual(hedge, {
        rule: 'hedging',
        severity: 'warning',
        message: '"kind of" hedges: cut it and say it plainly.',
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 16,
        story: 'Launch 🚀 story',
        section: 'situation',
        fixable: true,
      } satisfies JsonFinding);
      assert.equal(spanText(EMOJI_STORY, hedge), 'kind of');
    });

    it('counts positions the same with CRLF line endings and a byte-order mark (which takes no column)', async () => {
      writeFile(root, 'crlf.story', '\uFEFF' + EMOJI_STORY.replace(/\n/g, '\r\n'));
      const { json } = await runJson(['check', 'crlf.story', 'emoji.story'], root);
      const [crlf, lf] = json.files;
      assert.ok(crlf.findings.some((finding) => finding.line === 1), 'a finding on the first line, where the mark is');
      assert.deepEqual(crlf.findings, lf.findings);
      assert.deepEqual(crlf.stories, lf.stories);
    });

    it('checks examples/ from the repository root: the two model stories have no warning or error', async () => {
      const run = await runJson(['check', 'examples'], REPO_ROOT);
      assert.equal(run.code, 0, run.stderr);
      const paths = run.json.files.map((file) => file.path);
      for (const model of MODEL_STORIES) {
        const file = run.json.files.find((candidate) => candidate.path === model);
        assert.ok(file, `${model} in ${paths.join(', ')}`);
        const serious = file.findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
        assert.deepEqual(serious, [], `${model} should be clean`);
        assert.ok(file.stories.length >= 1);
      }
      const drafts = run.json.files.filter((file) => file.path.includes('weak-draft'));
      assert.ok(drafts.length >= 2, paths.join(', '));
      for (const draft of drafts) assert.ok(draft.findings.some((finding) => finding.severity === 'warning'), `${draft.path} shows the rules at work`);
      assert.ok(paths.every((p) => p.startsWith('examples/') && p.endsWith('.story')));
    });
  });

  describe('sarif', () => {
    interface Sarif {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } };
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
        }[];
      }[];
    }

    it('is SARIF 2.1.0: a driver with every rule, results with ruleId, level and a region', async () => {
      const run = await runCli(['check', 'emoji.story', 'fixable.story', '--format', 'sarif'], root);
      assert.equal(run.code, 0);
      const sarif = JSON.parse(run.stdout) as Sarif;
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const { driver } = sarif.runs[0].tool;
      assert.equal(driver.name, 'story-coach');
      assert.deepEqual(driver.rules.map((rule) => rule.id).sort(), [...RULE_IDS].sort());
      for (const rule of driver.rules) assert.ok(rule.shortDescription.text.length > 0);

      const { json } = await runJson(['check', 'emoji.story', 'fixable.story'], root);
      const expected = json.files.flatMap((file) => file.findings.map((finding) => ({ file: file.path, finding })));
      const results = sarif.runs[0].results;
      assert.equal(results.length, expected.length);
      results.forEach((result, i) => {
        const { file, finding } = expected[i];
        assert.equal(result.ruleId, finding.rule);
        assert.ok(driver.rules.some((rule) => rule.id === result.ruleId));
        assert.equal(result.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[finding.severity]);
        assert.equal(result.message.text, finding.message);
        const [location] = result.locations;
        assert.equal(location.physicalLocation.artifactLocation.uri, file);
        assert.deepEqual(location.physicalLocation.region, { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      });
      const hedge = results.find((result) => result.ruleId === 'hedging' && result.locations[0].physicalLocation.artifactLocation.uri === 'emoji.story');
      assert.deepEqual(hedge?.locations[0].physicalLocation.region, { startLine: 5, startColumn: 9, endLine: 5, endColumn: 16 });
    });

    it('writes artifact locations as URI references', async () => {
      writeFile(root, 'my drafts/50% done.story', EMOJI_STORY);
      const run = await runCli(['check', 'my drafts', '--format', 'sarif'], root);
      const sarif = JSON.parse(run.stdout) as Sarif;
      const uris = new Set(sarif.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris], ['my%20drafts/50%25%20done.story']);
    });
  });
});
