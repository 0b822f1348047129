// Helpers for CLI tests: run the built `story-coach` (dist/cli.js) as a user would, in a temporary
// copy of a small story tree, and read back what it printed and wrote.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST, EXAMPLES } from './paths';

export const CLI_JS = path.join(DIST, 'cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ARGS…` in cwd; never rejects on a non-zero exit. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_JS, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The spec's §6 JSON document. */
export interface JsonReport {
  readonly version: number;
  readonly files: readonly {
    readonly path: string;
    readonly stories: readonly { title: string; kind: string; line: number; words: number; speakingSeconds: number; sections: string[] }[];
    readonly findings: readonly JsonFinding[];
    readonly [extra: string]: unknown;
  }[];
}

export interface JsonFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly story: string | null;
  readonly section: string | null;
  readonly fixable: boolean;
}

/** Runs with `--format json` and parses stdout (failing loudly if it is not one JSON document). */
export async function runJson(args: readonly string[], cwd: string): Promise<CliRun & { json: JsonReport }> {
  const run = await runCli([...args, '--format', 'json'], cwd);
  try {
    return { ...run, json: JSON.parse(run.stdout) as JsonReport };
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}): ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

// --- the fixture tree ----------------------------------------------------------------------------

const lines = (...text: string[]): string => text.join('\n') + '\n';

/**
 * A story with a hedge after two emoji (two UTF-16 code units each): "kind of" is at 1-based UTF-16
 * columns 9–16 (end exclusive) of line 5, but code-point columns 7–14.
 */
export const EMOJI_STORY = lines(
  '# Launch 🚀 story',
  'Kind: achievement',
  '',
  '## Situation',
  '🚀🚀 We kind of had a problem with the launch of the new checkout in March.',
  '',
  '## Task',
  'I owned getting checkout live for 3 regions before the freeze.',
  '',
  '## Action',
  'I rewrote the deploy pipeline with the platform team and ran daily reviews with support.',
  '',
  '## Result',
  'Checkout went live 2 weeks early and conversion rose 4%.',
);

/** Safe fixes (a hedge, a misspelt metadata key, a misspelt heading) and an unsafe one (a Result with no figure). */
export const FIXABLE_STORY = lines(
  '# Checkout rebuild',
  'Knd: achievement',
  '',
  '## Situation',
  'Our checkout was slow and we kind of ignored it for a year.',
  '',
  '## Task',
  'I owned getting checkout latency down before the peak season.',
  '',
  '## Action',
  'I profiled the payment flow with the platform team and removed three blocking calls.',
  '',
  '## Reslt',
  'Checkout got faster and customers were happier.',
);

/** What --fix must make of FIXABLE_STORY: the safe fixes applied, the Result left for the writer. */
export const FIXABLE_STORY_FIXED = FIXABLE_STORY.replace('Knd:', 'Kind:').replace('we kind of ignored', 'we ignored').replace('## Reslt', '## Result');

/** A finding with no fix at all (a blamed vendor), so --fix must leave the file alone. */
export const UNFIXABLE_STORY = lines(
  '# Vendor cut-over',
  'Kind: achievement',
  '',
  '## Situation',
  'Our payment vendor dropped the ball on the cut-over two weeks before launch.',
  '',
  '## Task',
  'I owned the launch date and the rollback plan for 40,000 merchants.',
  '',
  '## Action',
  'I moved the cut-over to a weekend, paired our team with their engineers, and ran a dry run.',
  '',
  '## Result',
  'We launched on the original date with zero failed payments and kept all 40,000 merchants.',
);

export const HEDGY_STORY = lines(
  '# Hedgy',
  '## Situation',
  'Our onboarding took 9 days and I think it cost us 12% of trials.',
  '## Task',
  'I owned cutting it to one day.',
  '## Action',
  'I rebuilt the flow with the growth team.',
  '## Result',
  'Onboarding fell to 1 day and trial conversion rose 6%.',
);

/**
 * The tree every CLI test starts from. `team/.storycoach.json` makes hedging an error for everything
 * below it; node_modules and dot-folders hold stories that must never be found by a folder search.
 */
export function fixtureFiles(): Record<string, string> {
  return {
    'emoji.story': EMOJI_STORY,
    'fixable.story': FIXABLE_STORY,
    'unfixable.story': UNFIXABLE_STORY,
    'clean.story': fs.readFileSync(path.join(EXAMPLES, 'supply-chain-turnaround.story'), 'utf8'),
    'notes.txt': 'not a story: kind of ignored\n',
    'team/.storycoach.json': JSON.stringify({ rules: { hedging: 'error' } }),
    'team/deep/nested/hedgy.story': HEDGY_STORY,
    'relaxed.json': JSON.stringify({ rules: { hedging: 'off' } }),
    'node_modules/pkg/skipped.story': HEDGY_STORY,
    '.drafts/skipped.story': HEDGY_STORY,
  };
}

/** A fresh temporary folder holding the files (path → text or bytes); remove it with removeTree. */
export function makeTree(files: Record<string, string | Buffer> = fixtureFiles()): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-cli-')));
  for (const [relative, content] of Object.entries(files)) writeFile(root, relative, content);
  return root;
}

export function writeFile(root: string, relative: string, content: string | Buffer): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** The text of line `line` (1-based) between 1-based UTF-16 columns, end exclusive: what a finding covers. */
export function spanText(text: string, finding: Pick<JsonFinding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const all = text.split(/\r\n|\r|\n/);
  if (finding.line === finding.endLine) return all[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1);
  return [all[finding.line - 1].slice(finding.column - 1), ...all.slice(finding.line, finding.endLine - 1), all[finding.endLine - 1].slice(0, finding.endColumn - 1)].join('\n');
}
