// Entry point VS Code's extension host loads (extensionTestsPath): runs every *.test.js beside it with
// mocha. Any failure — or no test at all — rejects, and the test host exits with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // STORY_COACH_TEST_GREP runs the matching tests only (e.g. "Rehearsal panel" while working on it).
  const grep = process.env.STORY_COACH_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, slow: 2_000, ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no integration tests found in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const started = Date.now();
  const { failures, passes } = await new Promise<{ failures: number; passes: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ failures: runner.stats?.failures ?? 1, passes: runner.stats?.passes ?? 0 }));
  });
  console.log(`Story Coach integration suite: ${passes} passed, ${failures} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  if (passes === 0) throw new Error('no integration test ran');
}
