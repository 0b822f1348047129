// Cases for the project's own ESLint rules: real source text with one line added at the top, linted
// at the file's real path with the project's configuration, exactly as `eslint .` does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from './paths';

export const eslint = new ESLint({ cwd: REPO_ROOT });

/** `[what, file, line added at the top]`, plus for a failing case the message it must give. */
export type FailingCase = readonly [string, string, string, RegExp];
export type PassingCase = readonly [string, string, string];

/** The messages of rule `ruleId` for `file` with `line` added at the top. */
export async function ruleErrors(ruleId: string, file: string, line: string): Promise<string[]> {
  const filePath = path.join(REPO_ROOT, file);
  const source = fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : 'export {};\n';
  const [result] = await eslint.lintText(`${line}\n${source}`, { filePath });
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

/** One test per case: exactly one error of the rule, with the reason; or none. */
export function ruleCases(ruleId: string, failing: readonly FailingCase[], passing: readonly PassingCase[]): void {
  for (const [what, file, line, reason] of failing) {
    it(`fails when ${what}`, async () => {
      const errors = await ruleErrors(ruleId, file, line);
      assert.equal(errors.length, 1, `expected one ${ruleId} error, got: ${JSON.stringify(errors)}`);
      assert.match(errors[0], reason);
    });
  }
  for (const [what, file, line] of passing) {
    it(`passes when ${what}`, async () => assert.deepEqual(await ruleErrors(ruleId, file, line), []));
  }
}
