import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let docsRoot: string | null | undefined;

/**
 * The rule pages ship inside the package (docs/rules), so links work offline and show the
 * documentation of the installed version. Found by walking up from the running bundle.
 */
export function ruleDocsUrl(ruleId: string): string | undefined {
  if (docsRoot === undefined) docsRoot = findDocsRoot(__dirname);
  return docsRoot ? pathToFileURL(path.join(docsRoot, `${ruleId}.md`)).href : undefined;
}

function findDocsRoot(start: string): string | null {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
