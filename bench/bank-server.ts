/**
 * `npm run bench:bank-server`: the story bank in the language server on a 1,000-story workspace (issue 11).
 * - cold: from `initialized` to the first bankChanged notification (every story linted and indexed,
 *   the role's requirements ranked, the bank findings published), then to the full report with the
 *   question map (a `storyCoach/bank` request, as the Story Bank view makes after that notification);
 * - edit → bank diagnostics: an open story's `Competencies:` line is edited so that
 *   `bank-overloaded` on its title appears, then goes; the time from `didChange` to the publish
 *   that shows the new state (targets: median ≤ 100 ms);
 * - the server's resident memory with that workspace open (target ≤ 200 MB).
 * Options: --stories N (default 1000), --edits N (default 40), --smoke (100 stories, 6 edits:
 * checks that everything runs, never fails on a timing). Writes bench/results/bank-server.{json,md}.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../test/unit/support/lsp-client';
import { generateStory, Rng } from './generate';

const ROOT = path.resolve(__dirname, '..', '..');
const ROLE = path.join(ROOT, 'test', 'fixtures', 'bank', 'vp-operations.role');
const RESULTS = path.join(ROOT, 'bench', 'results');
const SEED = 20261129;
const OVERLOADED = 'Competencies: execution, leadership, customer, business, innovation, quality';
const FOCUSED = 'Competencies: execution, leadership';

function option(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One story per file, 250–450 words (the length of a story told in two or three minutes), in ten folders, and the target role. */
function writeWorkspace(folder: string, stories: number): string {
  fs.rmSync(folder, { recursive: true, force: true });
  const rng = new Rng(SEED);
  for (let index = 0; index < stories; index++) {
    const group = path.join(folder, `group-${index % 10}`);
    fs.mkdirSync(group, { recursive: true });
    const story = generateStory(rng.fork(), { words: rng.int(250, 450), heading: true, layout: 'headings' });
    fs.writeFileSync(path.join(group, `story-${String(index + 1).padStart(4, '0')}.story`), story);
  }
  fs.copyFileSync(ROLE, path.join(folder, 'vp-operations.role'));
  // The story the benchmark edits: its Competencies line decides bank-overloaded.
  const edited = path.join(folder, 'edited.story');
  fs.writeFileSync(edited, `# Turning round the night shift\nKind: achievement\n${FOCUSED}\n\n${generateStory(new Rng(SEED + 1), { words: 350, heading: false, layout: 'headings' })}`);
  return edited;
}

/** CPU time of a process so far (every thread), in ms; Linux only, NaN elsewhere. */
function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

function rssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kib / 1024) * 10) / 10;
}

async function main(): Promise<number> {
  const smoke = process.argv.includes('--smoke');
  const stories = option('--stories', smoke ? 100 : 1000);
  const edits = option('--edits', smoke ? 6 : 40);
  const folder = path.join(os.tmpdir(), `story-coach-bench-bank-${stories}`);
  const editedFile = writeWorkspace(folder, stories);
  const editedUri = pathToFileURL(editedFile).href;

  const started = performance.now();
  const client = LspTestClient.start({ workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }] });
  try {
    const startup = performance.now();
    await client.initialize();
    const first = await client.waitFor((message) => message.method === 'storyCoach/bankChanged', { timeoutMs: 120_000, what: 'the first bank report' });
    const coldMs = performance.now() - startup;
    const coldCpuMs = cpuMs(client.child.pid as number);
    const indexed = (first.params as { stories: number }).stories;
    const report = await client.request<{ report: { questions: unknown[] } } | null>('storyCoach/bank', {});
    const coldReportMs = performance.now() - startup;
    if (!report || report.report.questions.length === 0) throw new Error('no question map in the bank report');
    const rssIndexed = rssMB(client.child.pid as number);

    const original = fs.readFileSync(editedFile, 'utf8');
    await client.notify('textDocument/didOpen', { textDocument: { uri: editedUri, languageId: 'story', version: 1, text: original } });
    const overloaded = (params: PublishDiagnosticsParams): boolean => params.diagnostics.some((diagnostic) => diagnostic.code === 'bank-overloaded' && diagnostic.range.start.line === 0);
    const latencies: number[] = [];
    const line = { start: { line: 2, character: 0 }, end: { line: 2, character: FOCUSED.length } };
    let current = FOCUSED;
    for (let version = 2; version < edits + 2; version++) {
      const next = current === FOCUSED ? OVERLOADED : FOCUSED;
      const after = client.messages.length;
      const sent = performance.now();
      await client.change(editedUri, version, [{ range: { ...line, end: { line: 2, character: current.length } }, text: next }]);
      await client.waitFor(
        (message) => message.method === 'textDocument/publishDiagnostics' && (message.params as PublishDiagnosticsParams).uri === editedUri && overloaded(message.params as PublishDiagnosticsParams) === (next === OVERLOADED),
        { after, timeoutMs: 30_000, what: `bank-overloaded ${next === OVERLOADED ? 'shown' : 'gone'} after edit ${version}` },
      );
      latencies.push(performance.now() - sent);
      current = next;
      // Typing pauses between edits, as a person does: each edit is measured on its own.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const rssAfter = rssMB(client.child.pid as number);
    const result = {
      date: new Date().toISOString(),
      stories: indexed,
      files: stories + 1,
      coldIndexMs: Math.round(coldMs),
      coldServerCpuMs: Math.round(coldCpuMs),
      coldReportMs: Math.round(coldReportMs),
      edits: latencies.length,
      editToBankDiagnosticsMs: { median: Math.round(median(latencies)), p90: Math.round(percentile(latencies, 90)), max: Math.round(Math.max(...latencies)) },
      serverRssMB: { indexed: rssIndexed, afterEdits: rssAfter },
      targets: { coldIndexMs: 2000, editMedianMs: 100, rssMB: 200 },
      totalMs: Math.round(performance.now() - started),
    };
    const table = [
      '| measure | value | target |',
      '|---|---|---|',
      `| stories in the bank | ${result.stories} (${result.files} files) | 1,000 |`,
      `| cold: initialize → bank diagnostics published (bankChanged) | ${result.coldIndexMs} ms | ≤ 2 s |`,
      `| server CPU from spawn to then (every thread) | ${result.coldServerCpuMs} ms | |`,
      `| cold: initialize → full report with the question map (storyCoach/bank) | ${result.coldReportMs} ms | |`,
      `| edit → updated bank diagnostics (median / p90 / max of ${result.edits}) | ${result.editToBankDiagnosticsMs.median} / ${result.editToBankDiagnosticsMs.p90} / ${result.editToBankDiagnosticsMs.max} ms | median ≤ 100 ms |`,
      `| server RSS, indexed / after the edits | ${result.serverRssMB.indexed} / ${result.serverRssMB.afterEdits} MB | ≤ 200 MB |`,
    ].join('\n');
    console.log(table);
    if (!smoke) {
      fs.mkdirSync(RESULTS, { recursive: true });
      fs.writeFileSync(path.join(RESULTS, 'bank-server.json'), `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(path.join(RESULTS, 'bank-server.md'), `# Story bank in the language server\n\n${table}\n`);
    }
    return indexed >= stories ? 0 : 1;
  } finally {
    client.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
