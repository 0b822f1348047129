/**
 * Runs one checker over every `*.story` file under the given folders, one file at a time on one
 * thread, and prints `{tool, files, words, messages}` as JSON. Started as a fresh process per run,
 * like the story-coach CLI, so start-up is counted the same way for every tool.
 *
 *   node out/bench/peers.js alex|write-good|story-coach-api DIR…
 *
 * `story-coach-api` is Story Coach's engine through the same harness (one thread, no CLI
 * formatting): a like-for-like reference next to the CLI, which spreads files over worker threads.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export function findStoryFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.story')) files.push(full);
    }
  };
  if (fs.statSync(root).isDirectory()) walk(root);
  else files.push(root);
  return files.sort();
}

type Checker = (text: string, file: string) => number;

async function loadChecker(tool: string): Promise<Checker> {
  const load = createRequire(__filename);
  switch (tool) {
    case 'alex': {
      // alex is ESM only; its plain-text entry, as the files are not Markdown to it.
      const alex = await import('alex');
      return (text) => alex.text(text).messages.length;
    }
    case 'write-good': {
      const writeGood = load('write-good') as (text: string) => readonly unknown[];
      return (text) => writeGood(text).length;
    }
    case 'story-coach-api': {
      const engine = load(path.join(__dirname, '..', 'server', 'src', 'engine')) as typeof import('../server/src/engine');
      return (text, file) => engine.lint(text, { fileName: path.basename(file) }).findings.length;
    }
    default:
      throw new Error(`unknown tool "${tool}": use alex, write-good or story-coach-api`);
  }
}

async function main(): Promise<void> {
  const [tool, ...roots] = process.argv.slice(2);
  if (!tool || roots.length === 0) throw new Error('usage: peers.js TOOL DIR…');
  const check = await loadChecker(tool);
  const files = roots.flatMap(findStoryFiles);
  let messages = 0;
  let bytes = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    messages += check(text, file);
  }
  process.stdout.write(`${JSON.stringify({ tool, files: files.length, chars: bytes, messages })}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`peers: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
