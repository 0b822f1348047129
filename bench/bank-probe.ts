/**
 * Runs in a fresh process (spawned by bench/bank.ts): builds the bank index of a folder cold and
 * prints the figures as one JSON line. Files are read before the clock starts: the figure is the
 * engine's (lint, records, questions, role, bank rules), not the disk's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BankIndex, lint, type LintResult } from '../server/src/engine';

const folder = process.argv[2];
const role = process.argv[3] ?? null;
// `fast`: the cold pass lints without grammar analysis (passive voice, superlatives), as the language
// server's first pass does; the grammar findings follow when each file is linted in full.
const grammar = process.argv[4] !== 'fast';
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.story') ? [path.join(dir, entry.name)] : []));
const files = walk(folder).map((file) => ({ path: path.relative(folder, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }));
const roleText = role ? fs.readFileSync(role, 'utf8') : null;
const today = '2026-11-29';
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 1. Cold: a new index over every file (lint included), then the report.
const cpuMs = (since: NodeJS.CpuUsage): number => (process.cpuUsage(since).user + process.cpuUsage(since).system) / 1000;
const cpu = process.cpuUsage();
let started = performance.now();
const index = new BankIndex({ engine: { grammar } });
for (const file of files) index.setFile(file.path, file.text);
if (roleText) index.setRole('target.role', roleText);
// What the language server publishes first: the bank findings (no question map).
index.summary({ root: folder, today });
const coldSummaryMs = performance.now() - started;
const coldSummaryCpuMs = cpuMs(cpu);
const report = index.report({ root: folder, today });
const coldMs = performance.now() - started;
const coldCpuMs = cpuMs(cpu);

// 2. The language server's case: files already linted (for their diagnostics), then indexed.
const linted: LintResult[] = files.map((file) => lint(file.text, { fileName: path.basename(file.path), grammar }));
started = performance.now();
const fromLintCpu = process.cpuUsage();
const warm = new BankIndex({ engine: { grammar } });
files.forEach((file, i) => warm.setFile(file.path, file.text, linted[i]));
if (roleText) warm.setRole('target.role', roleText);
warm.report({ root: folder, today });
const fromLintMs = performance.now() - started;
const fromLintCpuMs = cpuMs(fromLintCpu);

// 3. An edit to one file → the updated report (the file re-linted, everything else reused).
const edits: number[] = [];
const editCpu: number[] = [];
for (let i = 0; i < 15; i++) {
  const file = files[(i * 37) % files.length];
  const text = `${file.text}\nI also presented the results to the board in week ${i + 2}.\n`;
  started = performance.now();
  const before = process.cpuUsage();
  index.setFile(file.path, text);
  index.report({ root: folder, today });
  edits.push(performance.now() - started);
  editCpu.push(cpuMs(before));
}

process.stdout.write(
  `${JSON.stringify({
    files: files.length,
    stories: report.stories.length,
    coldMs: Math.round(coldMs),
    coldCpuMs: Math.round(coldCpuMs),
    coldSummaryMs: Math.round(coldSummaryMs),
    coldSummaryCpuMs: Math.round(coldSummaryCpuMs),
    fromLintMs: Math.round(fromLintMs),
    fromLintCpuMs: Math.round(fromLintCpuMs),
    editMedianMs: Math.round(median(edits)),
    editMedianCpuMs: Math.round(median(editCpu)),
    findings: report.findings.length,
    gaps: report.questions.filter((question) => question.gap).length,
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  })}\n`,
);
