/**
 * `npm run bench`: Story Coach's performance benchmark (issue 5). Prints a table and writes it to
 * bench/results/latest.{json,md}. `--smoke` runs a short version (few edits, 50 files) that only
 * checks that every part still runs: it exits non-zero when something fails, never on a timing.
 *
 * Options: --smoke, --seed N, --edits N (per document), --rounds N (CLI runs per tool),
 * --cold-runs N, --files N, --folder-words N, --skip-peers, --dist DIR (another build),
 * --server-prof DIR (CPU profiles of the language server).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../server/src/engine';
import { applyChange, nextEdit, positionAt, type EditKind } from './edits';
import { countWords, DEFAULT_GENERATE, generateSet, Rng, type GeneratedSet } from './generate';
import { type Diagnostic, LspClient, type PublishedDiagnostics } from './lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
// `--dist DIR` measures another build (say, a copy of dist/ from before a change) with the same harness.
const DIST = path.resolve(argumentAfter('--dist') ?? path.join(ROOT, 'dist'));
const SERVER = path.join(DIST, 'server.js');
const CLI = path.join(DIST, 'cli.js');
const PEERS = path.join(__dirname, 'peers.js');
const PROBE = path.join(__dirname, 'probe.js');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'stories');
const TIME = '/usr/bin/time';

function argumentAfter(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Config {
  readonly smoke: boolean;
  readonly seed: number;
  readonly edits: number;
  readonly warmup: number;
  readonly debouncedEdits: number;
  readonly coldRuns: number;
  readonly rounds: number;
  readonly files: number;
  readonly folderWords: number;
  readonly skipPeers: boolean;
  readonly dataDir: string;
  readonly resultsBase: string;
}

function readConfig(argv: readonly string[]): Config {
  const smoke = argv.includes('--smoke');
  const value = (flag: string, fallback: number): number => {
    const at = argv.indexOf(flag);
    if (at < 0) return fallback;
    const parsed = Number(argv[at + 1]);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag} needs a number`);
    return parsed;
  };
  const files = value('--files', smoke ? 50 : DEFAULT_GENERATE.files);
  return {
    smoke,
    seed: value('--seed', DEFAULT_GENERATE.seed),
    edits: value('--edits', smoke ? 6 : 60),
    warmup: smoke ? 1 : 5,
    debouncedEdits: smoke ? 2 : 12,
    coldRuns: value('--cold-runs', smoke ? 1 : 5),
    rounds: value('--rounds', smoke ? 1 : 3),
    files,
    folderWords: value('--folder-words', Math.round((DEFAULT_GENERATE.folderWords / DEFAULT_GENERATE.files) * files)),
    skipPeers: argv.includes('--skip-peers'),
    dataDir: path.join(ROOT, 'bench', 'data', smoke ? 'smoke' : 'full'),
    resultsBase: path.join(ROOT, 'bench', 'results', smoke ? 'smoke' : 'latest'),
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  const mid = sorted.length >> 1;
  return {
    count: sorted.length,
    median: sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    p95: rank(0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Language server sessions

interface ServerHandle {
  readonly client: LspClient;
  readonly heapFile: string;
}

/** Starts dist/server.js over stdio, push diagnostics (no pull capability), and initializes it. */
async function startServer(settings: Record<string, unknown>, withProbe: boolean): Promise<{ handle: ServerHandle; initializeMs: number }> {
  const heapFile = path.join(os.tmpdir(), `story-coach-bench-heap-${process.pid}-${Date.now()}.json`);
  // `--server-prof DIR`: CPU profiles of the language server (node --cpu-prof), one file per session.
  const profile = argumentAfter('--server-prof');
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const args = withProbe ? [...nodeArgs, '--require', PROBE, SERVER, '--stdio'] : [...nodeArgs, SERVER, '--stdio'];
  const client = new LspClient(
    process.execPath,
    args,
    (method, params) => {
      // The server reads `storyCoach` settings through workspace/configuration, as VS Code serves them.
      if (method === 'workspace/configuration') return ((params as { items?: unknown[] }).items ?? []).map(() => settings);
      return null;
    },
    { ...process.env, STORY_COACH_BENCH_HEAP: heapFile },
  );
  await client.request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { synchronization: { didSave: false }, publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: { settings },
  });
  const initializeMs = performance.now() - client.spawnedAt;
  client.notify('initialized', {});
  return { handle: { client, heapFile }, initializeMs };
}

interface EditSample {
  readonly kind: EditKind;
  readonly ms: number;
  readonly diagnostics: number;
}

interface EditRun {
  readonly file: string;
  readonly words: number;
  readonly openMs: number;
  readonly samples: readonly EditSample[];
  readonly latency: Summary;
  readonly byKind: Readonly<Record<string, number>>;
  readonly finalDiagnostics: number;
  readonly verified: boolean;
  /** A burst of edits sent without waiting: how many, and the time from the last one to its diagnostics. */
  readonly burstEdits: number;
  readonly burstMs: number;
  /** The document as the session left it (still open). */
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

/**
 * Opens a file, then applies edits one at a time: each didChange is timed to the
 * publishDiagnostics carrying its version. A short pause between edits stands for the writer.
 */
async function editSession(client: LspClient, file: string, edits: number, warmup: number, rng: Rng, engine: typeof Engine, errors: string[]): Promise<EditRun> {
  const uri = pathToFileURL(file).href;
  let text = fs.readFileSync(file, 'utf8');
  let version = 1;
  const opened = client.waitForDiagnostics(uri, version);
  const openAt = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'story', version, text } });
  let published = await opened;
  const openMs = published.receivedAt - openAt;

  const samples: EditSample[] = [];
  for (let index = 0; index < warmup + edits; index++) {
    const change = nextEdit(rng, text, index);
    const range = { start: positionAt(text, change.start), end: positionAt(text, change.end) };
    text = applyChange(text, change);
    version++;
    const arrived = client.waitForDiagnostics(uri, version);
    const sentAt = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: change.text }] });
    published = await arrived;
    if (index >= warmup) samples.push({ kind: change.kind, ms: published.receivedAt - sentAt, diagnostics: published.diagnostics.length });
    await sleep(25);
  }

  let verified = verifyDiagnostics(engine, file, text, published.diagnostics, errors);

  // A typing burst: edits back to back, as fast as the pipe takes them. Only the last version's
  // diagnostics are awaited; stale work in between may be dropped, but the end must be exact.
  const burst = Math.max(3, Math.min(20, edits));
  let lastSentAt = 0;
  let last: Promise<PublishedDiagnostics> | null = null;
  for (let index = 0; index < burst; index++) {
    const change = nextEdit(rng, text, index * 7);
    const range = { start: positionAt(text, change.start), end: positionAt(text, change.end) };
    text = applyChange(text, change);
    version++;
    if (index === burst - 1) last = client.waitForDiagnostics(uri, version);
    lastSentAt = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: change.text }] });
  }
  published = await (last as Promise<PublishedDiagnostics>);
  const burstMs = published.receivedAt - lastSentAt;
  verified = verifyDiagnostics(engine, file, text, published.diagnostics, errors) && verified;
  const byKind: Record<string, number[]> = {};
  for (const sample of samples) (byKind[sample.kind] ??= []).push(sample.ms);
  return {
    file: path.relative(ROOT, file),
    words: countWords(text),
    openMs,
    samples,
    latency: summarize(samples.map((sample) => sample.ms)),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, round1(summarize(values).median)])),
    finalDiagnostics: published.diagnostics.length,
    verified,
    burstEdits: burst,
    burstMs,
    uri,
    text,
    version,
  };
}

const STRUCTURE_REQUESTS = ['textDocument/hover', 'textDocument/codeLens', 'textDocument/documentSymbol', 'textDocument/completion'] as const;
type StructureRequest = (typeof STRUCTURE_REQUESTS)[number];

/**
 * Structure requests on an open document, each round right after an edit and its diagnostics (when
 * VS Code asks for code lenses and the outline): client-measured from request to answer. The order
 * rotates, so each request is sometimes the first to read the new version's parse.
 */
interface StructureTimes {
  readonly all: Summary;
  /** Only the rounds where this request was the first after the edit (it reads the new version's parse first). */
  readonly firstAfterEdit: Summary;
}

async function structureSession(client: LspClient, run: EditRun, rounds: number, rng: Rng): Promise<Record<StructureRequest, StructureTimes>> {
  let { text, version } = run;
  const times = Object.fromEntries(STRUCTURE_REQUESTS.map((method) => [method, { all: [] as number[], first: [] as number[] }])) as Record<StructureRequest, { all: number[]; first: number[] }>;
  for (let round = 0; round < rounds; round++) {
    const change = nextEdit(rng, text, round);
    const range = { start: positionAt(text, change.start), end: positionAt(text, change.end) };
    text = applyChange(text, change);
    version++;
    const arrived = client.waitForDiagnostics(run.uri, version);
    client.notify('textDocument/didChange', { textDocument: { uri: run.uri, version }, contentChanges: [{ range, text: change.text }] });
    await arrived;
    // Hover over a word somewhere in the file; complete at the start of a line (headings, metadata keys).
    const word = positionAt(text, rng.int(0, Math.max(0, text.length - 1)));
    const lineStart = { line: word.line, character: 0 };
    const params: Record<StructureRequest, unknown> = {
      'textDocument/hover': { textDocument: { uri: run.uri }, position: word },
      'textDocument/codeLens': { textDocument: { uri: run.uri } },
      'textDocument/documentSymbol': { textDocument: { uri: run.uri } },
      'textDocument/completion': { textDocument: { uri: run.uri }, position: lineStart },
    };
    for (let index = 0; index < STRUCTURE_REQUESTS.length; index++) {
      const method = STRUCTURE_REQUESTS[(index + round) % STRUCTURE_REQUESTS.length];
      const sentAt = performance.now();
      await client.request(method, params[method]);
      const elapsed = performance.now() - sentAt;
      times[method].all.push(elapsed);
      if (index === 0) times[method].first.push(elapsed);
    }
    await sleep(25);
  }
  return Object.fromEntries(STRUCTURE_REQUESTS.map((method) => [method, { all: summarize(times[method].all), firstAfterEdit: summarize(times[method].first) }])) as Record<StructureRequest, StructureTimes>;
}

/** The server's last diagnostics must equal a fresh full lint of the same text, in this process. */
function verifyDiagnostics(engine: typeof Engine, file: string, text: string, diagnostics: readonly Diagnostic[], errors: string[]): boolean {
  const result = engine.lint(text, { fileName: path.basename(file) });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const position = (offset: number): string => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return `${low}:${offset - lineStarts[low]}`;
  };
  const expected = result.findings.map((finding) => `${finding.rule} ${position(finding.span.start)}-${position(finding.span.end)} ${finding.message}`).sort();
  const actual = diagnostics
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character} ${diagnostic.message}`)
    .sort();
  const missing = expected.filter((key) => !actual.includes(key));
  const extra = actual.filter((key) => !expected.includes(key));
  if (missing.length === 0 && extra.length === 0) return true;
  // Grammar checks skipped under the time budget make a difference that is not a bug.
  if ([...expected, ...actual].some((key) => key.startsWith('analysis-limit'))) return true;
  errors.push(
    `${path.basename(file)}: server diagnostics differ from a fresh lint after the edits (${missing.length} missing, ${extra.length} extra): ` +
      [...missing.slice(0, 3).map((key) => `- ${key}`), ...extra.slice(0, 3).map((key) => `+ ${key}`)].join(' | '),
  );
  return false;
}

interface ServerMemory {
  readonly rssMB: number;
  readonly peakRssMB: number;
  readonly heapUsedMB: number | null;
  readonly heapTotalMB: number | null;
}

async function serverMemory(handle: ServerHandle): Promise<ServerMemory> {
  const status = fs.readFileSync(`/proc/${handle.client.pid}/status`, 'utf8');
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
  let heap: { heapUsed: number; heapTotal: number } | null = null;
  fs.rmSync(handle.heapFile, { force: true });
  handle.client.process.kill('SIGUSR2');
  for (let waited = 0; waited < 3000 && heap === null; waited += 50) {
    await sleep(50);
    try {
      heap = JSON.parse(fs.readFileSync(handle.heapFile, 'utf8')) as { heapUsed: number; heapTotal: number };
    } catch {
      heap = null;
    }
  }
  fs.rmSync(handle.heapFile, { force: true });
  const mb = (bytes: number): number => round1(bytes / 1e6);
  return {
    rssMB: mb(kib('VmRSS') * 1024),
    peakRssMB: mb(kib('VmHWM') * 1024),
    heapUsedMB: heap ? mb(heap.heapUsed) : null,
    heapTotalMB: heap ? mb(heap.heapTotal) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Whole-bank runs

interface ProcessRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node ARGS…` from a fresh process: wall time here, CPU and peak RSS from /usr/bin/time -v (or the probe). */
function measureNode(args: readonly string[]): Promise<ProcessRun> {
  const useTime = fs.existsSync(TIME);
  const usageFile = path.join(os.tmpdir(), `story-coach-bench-usage-${process.pid}-${Date.now()}.json`);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-v', process.execPath, ...args] : ['--require', PROBE, ...args];
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, STORY_COACH_BENCH_USAGE: useTime ? '' : usageFile } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - startedAt;
      const stderr = Buffer.concat(err).toString('utf8');
      let cpuMs = NaN;
      let maxRssKiB = NaN;
      if (useTime) {
        const field = (name: string): number => Number(new RegExp(`${name}:\\s*([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
        cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
        maxRssKiB = field('Maximum resident set size \\(kbytes\\)');
      } else {
        try {
          const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKiB: number; userMs: number; systemMs: number };
          cpuMs = usage.userMs + usage.systemMs;
          maxRssKiB = usage.maxRssKiB;
        } catch {
          // left NaN: reported as missing
        }
        fs.rmSync(usageFile, { force: true });
      }
      resolve({ wallMs, cpuMs, maxRssMB: round1((maxRssKiB * 1024) / 1e6), exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

interface ToolRun {
  readonly tool: string;
  readonly runs: readonly { wallMs: number; cpuMs: number; maxRssMB: number }[];
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly files: number;
  readonly messages: number;
}

type ToolName = 'story-coach' | 'story-coach-api' | 'alex' | 'write-good';

async function runTool(tool: ToolName, target: string | readonly string[], expectedFiles: number): Promise<{ run: ProcessRun; files: number; messages: number }> {
  const targets = typeof target === 'string' ? [target] : target;
  const args = tool === 'story-coach' ? [CLI, 'check', ...targets, '--format', 'json'] : [PEERS, tool, ...targets];
  const run = await measureNode(args);
  // story-coach exits 1 when a finding is an error; 2 means it could not run.
  const ran = tool === 'story-coach' ? run.exitCode === 0 || run.exitCode === 1 : run.exitCode === 0;
  if (!ran) throw new Error(`${tool} exited with ${run.exitCode}: ${run.stderr.slice(-1500)}`);
  let files: number;
  let messages: number;
  if (tool === 'story-coach') {
    const report = JSON.parse(run.stdout) as { files: Array<{ findings: unknown[]; error?: string }> };
    const failed = report.files.filter((file) => file.error);
    if (failed.length > 0) throw new Error(`story-coach could not check ${failed.length} file(s): ${failed[0].error}`);
    files = report.files.length;
    messages = report.files.reduce((sum, file) => sum + file.findings.length, 0);
  } else {
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { files: number; messages: number };
    files = summary.files;
    messages = summary.messages;
  }
  if (files !== expectedFiles) throw new Error(`${tool} checked ${files} files, expected ${expectedFiles}`);
  return { run, files, messages };
}

/** Every tool over the same files, `rounds` times, in rotating order so drift on a busy machine is shared. */
async function compareTools(tools: readonly ToolName[], folder: string, expectedFiles: number, rounds: number, errors: string[]): Promise<ToolRun[]> {
  const collected = new Map<ToolName, { runs: ProcessRun[]; files: number; messages: number }>();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < tools.length; i++) {
      const tool = tools[(i + round) % tools.length];
      try {
        const { run, files, messages } = await runTool(tool, folder, expectedFiles);
        const entry = collected.get(tool) ?? { runs: [], files, messages };
        entry.runs.push(run);
        collected.set(tool, entry);
        process.stderr.write(`  ${tool}: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU\n`);
      } catch (error) {
        errors.push(`${tool}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return tools.flatMap((tool) => {
    const entry = collected.get(tool);
    if (!entry) return [];
    const byWall = [...entry.runs].sort((a, b) => a.wallMs - b.wallMs);
    const median = byWall[(byWall.length - 1) >> 1];
    return [{
      tool,
      runs: entry.runs.map((run) => ({ wallMs: Math.round(run.wallMs), cpuMs: Math.round(run.cpuMs), maxRssMB: run.maxRssMB })),
      wallMs: Math.round(median.wallMs),
      cpuMs: Math.round(median.cpuMs),
      maxRssMB: Math.max(...entry.runs.map((run) => run.maxRssMB)),
      files: entry.files,
      messages: entry.messages,
    }];
  });
}

// ---------------------------------------------------------------------------------------------
// Report

interface Row {
  readonly measure: string;
  readonly result: string;
  readonly target: string;
  readonly met: boolean | null;
}

function markdownTable(rows: readonly Row[]): string {
  const lines = ['| Measure | Result | Target | Met |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.result} | ${row.target} | ${row.met === null ? '' : row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

function textTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.measure, row.result, row.target, row.met === null ? '' : row.met ? 'yes' : 'NO']);
  const header = ['Measure', 'Result', 'Target', 'Met'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell: string[]): string => cell.map((value, i) => value.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const config = readConfig(process.argv.slice(2));
  const errors: string[] = [];
  for (const file of [SERVER, CLI, path.join(DIST, 'cli-worker.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require('../server/src/engine') as typeof Engine;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DEFAULT_DEBOUNCE_MS } = require('../server/src/lsp/settings') as typeof import('../server/src/lsp/settings');
  const startedAt = performance.now();
  const loadBefore = os.loadavg();
  const log = (message: string): void => void process.stderr.write(`${message}\n`);

  log(`generating data (seed ${config.seed}, ${config.files} files) in ${path.relative(ROOT, config.dataDir)}`);
  const data: GeneratedSet = generateSet({
    seed: config.seed,
    outDir: config.dataDir,
    files: config.files,
    folderWords: config.folderWords,
    storyWords: DEFAULT_GENERATE.storyWords,
    bankWords: DEFAULT_GENERATE.bankWords,
  });

  // (1) edit → diagnostics, debounce 0; (5) memory after the bank file's edits.
  log('LSP: edit → diagnostics (debounce 0)');
  const rng = new Rng(config.seed ^ 0x5eed);
  let story: EditRun | null = null;
  let bank: EditRun | null = null;
  let memory: ServerMemory | null = null;
  let structure: Record<StructureRequest, StructureTimes> | null = null;
  try {
    const { handle } = await startServer({ debounceMs: 0 }, true);
    try {
      story = await editSession(handle.client, data.storyFile, config.edits, config.warmup, rng, engine, errors);
      handle.client.notify('textDocument/didClose', { textDocument: { uri: pathToFileURL(data.storyFile).href } });
      bank = await editSession(handle.client, data.bankFile, config.edits, config.warmup, rng, engine, errors);
      log('LSP: structure requests on the bank file, each round after an edit');
      structure = await structureSession(handle.client, bank, config.edits, rng);
      memory = await serverMemory(handle);
    } finally {
      await handle.client.stop();
    }
  } catch (error) {
    errors.push(`LSP edit session: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Debounce, separately: the same kind of edits with the default setting.
  log(`LSP: edit → diagnostics with the default debounce (${DEFAULT_DEBOUNCE_MS} ms)`);
  let debounced: EditRun | null = null;
  try {
    const { handle } = await startServer({}, false);
    try {
      debounced = await editSession(handle.client, data.storyFile, config.debouncedEdits, 1, new Rng(config.seed ^ 0xdeb), engine, errors);
    } finally {
      await handle.client.stop();
    }
  } catch (error) {
    errors.push(`LSP debounce session: ${error instanceof Error ? error.message : String(error)}`);
  }

  // (2) cold start.
  log('LSP: cold start');
  const initialize: number[] = [];
  const firstDiagnostics: number[] = [];
  const fullDiagnostics: number[] = [];
  // The full set is the one with the grammar findings: as many story-rule diagnostics as the engine finds in-process.
  const storyText = fs.readFileSync(data.storyFile, 'utf8');
  const storyRules = new Set([...engine.RULES.map((rule) => rule.id), engine.ANALYSIS_LIMIT_ID]);
  const fullCount = engine.lint(storyText, { fileName: path.basename(data.storyFile) }).findings.length;
  const isFullSet = (published: PublishedDiagnostics): boolean => published.diagnostics.filter((diagnostic) => storyRules.has(String(diagnostic.code))).length === fullCount;
  for (let run = 0; run < config.coldRuns; run++) {
    try {
      const { handle, initializeMs } = await startServer({ debounceMs: 0 }, false);
      try {
        const uri = pathToFileURL(data.storyFile).href;
        const first = handle.client.waitForDiagnostics(uri, 1);
        const full = handle.client.waitForDiagnostics(uri, 1, 30_000, isFullSet);
        full.catch(() => undefined); // awaited below; a timeout meanwhile is reported there
        handle.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'story', version: 1, text: storyText } });
        const published = await first;
        initialize.push(initializeMs);
        firstDiagnostics.push(published.receivedAt - handle.client.spawnedAt);
        fullDiagnostics.push((await full).receivedAt - handle.client.spawnedAt);
      } finally {
        await handle.client.stop();
      }
    } catch (error) {
      errors.push(`cold start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // (3) + (4) the folder bank through the CLI, with write-good and alex on the same files.
  log(`CLI: ${data.folderFiles} files, ${data.folderWords} words, ${config.rounds} round(s)`);
  const tools: ToolName[] = config.skipPeers ? ['story-coach'] : ['story-coach', 'alex', 'write-good', 'story-coach-api'];
  const toolRuns = await compareTools(tools, data.folder, data.folderFiles, config.rounds, errors);
  const toolRun = (tool: ToolName): ToolRun | undefined => toolRuns.find((run) => run.tool === tool);

  // The shared corpus, when this checkout sits next to it.
  let corpus: { files: number; words: number; wallMs: number; cpuMs: number; findings: number } | null = null;
  if (fs.existsSync(CORPUS)) {
    log('CLI: shared corpus');
    try {
      // The corpus holds .txt files: the CLI searches folders for *.story only, so it is given the files.
      const files = fs.readdirSync(CORPUS).filter((name) => /\.(?:txt|story)$/.test(name)).sort().map((name) => path.join(CORPUS, name));
      const words = files.reduce((sum, file) => sum + countWords(fs.readFileSync(file, 'utf8')), 0);
      const { run, messages } = await runTool('story-coach', files, files.length);
      corpus = { files: files.length, words, wallMs: Math.round(run.wallMs), cpuMs: Math.round(run.cpuMs), findings: messages };
    } catch (error) {
      errors.push(`corpus: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Engine alone, in this process: what the server adds on top of it.
  const engineTimes = (file: string): { coldMs: number; warmMedianMs: number } => {
    const text = fs.readFileSync(file, 'utf8');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('../server/src/engine/text/grammar') as typeof import('../server/src/engine/text/grammar')).clearGrammarCache();
    let at = performance.now();
    engine.lint(text, { fileName: path.basename(file) });
    const coldMs = performance.now() - at;
    const warm: number[] = [];
    for (let i = 0; i < (config.smoke ? 3 : 15); i++) {
      at = performance.now();
      engine.lint(text, { fileName: path.basename(file) });
      warm.push(performance.now() - at);
    }
    return { coldMs: round1(coldMs), warmMedianMs: round1(summarize(warm).median) };
  };
  const engineStory = engineTimes(data.storyFile);
  const engineBank = engineTimes(data.bankFile);

  const bundles = fs
    .readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ file: `dist/${name}`, bytes: fs.statSync(path.join(DIST, name)).size }));
  // What the server loads at start: the loader (dist/server.js) and the bundle (dist/server-main.js);
  // compromise (dist/compromise.js) follows after the first lint.
  const startBundles = bundles.filter((bundle) => bundle.file === 'dist/server.js' || bundle.file === 'dist/server-main.js');
  const serverBundle = startBundles.length > 0 ? { file: 'dist/server.js + dist/server-main.js', bytes: startBundles.reduce((sum, bundle) => sum + bundle.bytes, 0) } : undefined;

  // ----- table
  const rows: Row[] = [];
  const latencyRows = (label: string, run: EditRun | null, medianTarget: number, p95Target: number): void => {
    if (!run) return;
    rows.push({ measure: `edit → diagnostics, ${label}: median`, result: ms(run.latency.median), target: `≤ ${medianTarget} ms`, met: run.latency.median <= medianTarget });
    rows.push({ measure: `edit → diagnostics, ${label}: p95`, result: ms(run.latency.p95), target: `≤ ${p95Target} ms`, met: run.latency.p95 <= p95Target });
  };
  latencyRows(`${data.storyWords.toLocaleString('en-US')}-word story (${story?.samples.length ?? 0} edits)`, story, 10, 20);
  latencyRows(`${data.bankWords.toLocaleString('en-US')}-word bank file (${bank?.samples.length ?? 0} edits)`, bank, 15, 30);
  if (story && bank) {
    rows.push({
      measure: `burst of ${bank.burstEdits} edits sent back to back (debounce 0, so each version is linted): last edit → its diagnostics, story / bank`,
      result: `${ms(story.burstMs)} / ${ms(bank.burstMs)}`,
      target: '',
      met: null,
    });
  }
  rows.push({ measure: 'debounce (storyCoach.debounceMs default), excluded above', result: `${DEFAULT_DEBOUNCE_MS} ms`, target: '≈ 150 ms', met: null });
  if (debounced) rows.push({ measure: `edit → diagnostics with default debounce, 1,000-word story (${debounced.samples.length} edits): median`, result: ms(debounced.latency.median), target: '', met: null });
  if (structure && bank) {
    for (const method of STRUCTURE_REQUESTS) {
      const { all, firstAfterEdit } = structure[method];
      rows.push({
        measure: `${method.slice('textDocument/'.length)}, 20,000-word bank file (${all.count} requests after edits): median / p95 / median when first after the edit`,
        result: `${ms(all.median)} / ${ms(all.p95)} / ${ms(firstAfterEdit.median)}`,
        target: '≤ 10 ms median',
        met: all.median <= 10 && firstAfterEdit.median <= 10,
      });
    }
  }
  if (story) rows.push({ measure: 'open → diagnostics, 1,000-word story (first file: loads compromise)', result: ms(story.openMs), target: '', met: null });
  if (bank) rows.push({ measure: 'open → diagnostics, 20,000-word bank file (server already warm)', result: ms(bank.openMs), target: '', met: null });
  if (initialize.length > 0) {
    const init = summarize(initialize);
    const first = summarize(firstDiagnostics);
    rows.push({ measure: `spawn → initialize result (median of ${init.count})`, result: ms(init.median), target: '≤ 150 ms', met: init.median <= 150 });
    rows.push({ measure: `spawn → first diagnostics, 1,000-word story (median of ${first.count})`, result: ms(first.median), target: '≤ 400 ms', met: first.median <= 400 });
  }
  if (fullDiagnostics.length > 0) {
    const full = summarize(fullDiagnostics);
    rows.push({ measure: `spawn → full diagnostics with grammar, 1,000-word story (median of ${full.count})`, result: ms(full.median), target: '≤ 1200 ms', met: full.median <= 1200 });
  }
  const coach = toolRun('story-coach');
  const alex = toolRun('alex');
  const writeGood = toolRun('write-good');
  const api = toolRun('story-coach-api');
  const bankLabel = `${data.folderFiles.toLocaleString('en-US')} files, ${data.folderWords.toLocaleString('en-US')} words`;
  if (coach) {
    rows.push({ measure: `CLI bank (${bankLabel}): wall time (median of ${coach.runs.length})`, result: seconds(coach.wallMs), target: '', met: null });
    rows.push({ measure: 'CLI bank: words per second', result: Math.round(data.folderWords / (coach.wallMs / 1000)).toLocaleString('en-US'), target: '', met: null });
    rows.push({ measure: 'CLI bank: CPU time (all threads)', result: seconds(coach.cpuMs), target: '', met: null });
    rows.push({ measure: 'CLI bank: peak RSS', result: `${coach.maxRssMB} MB`, target: '', met: null });
  }
  if (alex) rows.push({ measure: `alex (text API, 1 thread), same files: wall / CPU`, result: `${seconds(alex.wallMs)} / ${seconds(alex.cpuMs)}`, target: '', met: null });
  if (writeGood) rows.push({ measure: `write-good (API, 1 thread), same files: wall / CPU`, result: `${seconds(writeGood.wallMs)} / ${seconds(writeGood.cpuMs)}`, target: '', met: null });
  if (coach && alex) rows.push({ measure: 'ratio story-coach / alex (wall)', result: `${(coach.wallMs / alex.wallMs).toFixed(2)}×`, target: '≤ 0.7×', met: coach.wallMs / alex.wallMs <= 0.7 });
  if (coach && writeGood) rows.push({ measure: 'ratio story-coach / write-good (wall)', result: `${(coach.wallMs / writeGood.wallMs).toFixed(2)}×`, target: '≤ 2.5×', met: coach.wallMs / writeGood.wallMs <= 2.5 });
  if (coach && writeGood) rows.push({ measure: 'ratio story-coach / write-good (CPU time, for a busy machine)', result: `${(coach.cpuMs / writeGood.cpuMs).toFixed(2)}×`, target: '', met: null });
  if (coach && alex) rows.push({ measure: 'ratio story-coach / alex (CPU time)', result: `${(coach.cpuMs / alex.cpuMs).toFixed(2)}×`, target: '', met: null });
  if (api) rows.push({ measure: 'story-coach engine through the same 1-thread harness: wall / CPU', result: `${seconds(api.wallMs)} / ${seconds(api.cpuMs)}`, target: '', met: null });
  if (memory) {
    rows.push({ measure: 'server RSS, 20,000-word file open after the edits', result: `${memory.rssMB} MB (peak ${memory.peakRssMB} MB)`, target: '≤ 150 MB', met: memory.rssMB <= 150 });
    if (memory.heapUsedMB !== null) rows.push({ measure: 'server heap used / total (same moment)', result: `${memory.heapUsedMB} / ${memory.heapTotalMB} MB`, target: '', met: null });
  }
  if (serverBundle) rows.push({ measure: `server code loaded at start, ${serverBundle.file} (minified)`, result: `${(serverBundle.bytes / 1024).toFixed(0)} KiB`, target: '≤ 700 KiB', met: serverBundle.bytes <= 700 * 1024 });
  for (const bundle of bundles.filter((candidate) => !startBundles.includes(candidate))) rows.push({ measure: `bundle ${bundle.file}`, result: `${(bundle.bytes / 1024).toFixed(0)} KiB`, target: '', met: null });
  if (corpus) {
    rows.push({ measure: `CLI on ../shared/corpus/stories (${corpus.files} files, ${corpus.words.toLocaleString('en-US')} words)`, result: `${seconds(corpus.wallMs)} (${Math.round(corpus.words / (corpus.wallMs / 1000)).toLocaleString('en-US')} words/s)`, target: '', met: null });
  }
  rows.push({ measure: 'engine alone, in-process lint: 1,000-word story cold / warm', result: `${ms(engineStory.coldMs)} / ${ms(engineStory.warmMedianMs)}`, target: '', met: null });
  rows.push({ measure: 'engine alone, in-process lint: 20,000-word bank cold / warm (full re-lint)', result: `${ms(engineBank.coldMs)} / ${ms(engineBank.warmMedianMs)}`, target: '', met: null });

  const loadAfter = os.loadavg();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round1(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageBefore: loadBefore.map(round1),
    loadAverageAfter: loadAfter.map(round1),
  };
  const result = {
    version: 1,
    mode: config.smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    command: config.smoke ? 'npm run bench:smoke' : 'npm run bench',
    seed: config.seed,
    machine,
    data: { storyWords: data.storyWords, bankWords: data.bankWords, folderFiles: data.folderFiles, folderWords: data.folderWords },
    lsp: {
      debounceDefaultMs: DEFAULT_DEBOUNCE_MS,
      pauseBetweenEditsMs: 25,
      story: story && { ...story, text: undefined, samples: story.samples.map((sample) => ({ ...sample, ms: round1(sample.ms) })) },
      bank: bank && { ...bank, text: undefined, samples: bank.samples.map((sample) => ({ ...sample, ms: round1(sample.ms) })) },
      structureRequests: structure,
      withDefaultDebounce: debounced && { latency: debounced.latency, edits: debounced.samples.length },
      coldStart: initialize.length > 0 ? { runs: initialize.length, initializeMs: summarize(initialize), firstDiagnosticsMs: summarize(firstDiagnostics), fullDiagnosticsMs: fullDiagnostics.length > 0 ? summarize(fullDiagnostics) : null } : null,
    },
    serverMemory: memory,
    cli: { tools: toolRuns, rounds: config.rounds, measuredWith: fs.existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage() probe' },
    corpus,
    engine: { story: engineStory, bank: engineBank },
    bundles,
    rows,
    errors,
    durationSeconds: round1((performance.now() - startedAt) / 1000),
  };

  const note =
    `Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; load average ${machine.loadAverageBefore[0]} before, ${machine.loadAverageAfter[0]} after. ` +
    `Data: seed ${config.seed} — ${data.storyWords}-word story, ${data.bankWords}-word bank file, ${data.folderFiles} files / ${data.folderWords} words. ` +
    `Latency is client-measured over stdio from didChange sent to the publishDiagnostics of that version, with storyCoach.debounceMs = 0 and a 25 ms pause between edits.`;
  fs.mkdirSync(path.dirname(config.resultsBase), { recursive: true });
  fs.writeFileSync(`${config.resultsBase}.json`, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(
    `${config.resultsBase}.md`,
    `${markdownTable(rows)}\n\n${note}\n\nReproduce: \`${result.command}\` (${new Date().toISOString().slice(0, 10)}).\n${errors.length > 0 ? `\nErrors:\n${errors.map((error) => `- ${error}`).join('\n')}\n` : ''}`,
  );

  process.stdout.write(`\n${textTable(rows)}\n\n${note}\nWritten: ${path.relative(ROOT, config.resultsBase)}.json, .md (${result.durationSeconds} s)\n`);
  if (errors.length > 0) {
    process.stderr.write(`\n${errors.length} part(s) failed:\n${errors.map((error) => `  - ${error}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
