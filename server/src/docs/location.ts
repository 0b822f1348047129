import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule pages ship inside the package (docs/rules, beside dist/ where the bundles run), so links
 * work offline and show the documentation of the installed version. Which rules have a page comes
 * from docs/rules/rules.json, generated from the registry.
 */
const DOCS_ROOT = path.join(__dirname, '..', 'docs', 'rules');

interface RulesFile {
  readonly rules: readonly { readonly id: string; readonly page: string }[];
}

let pages: ReadonlyMap<string, string> | undefined;

/** The file URL of a rule's page; undefined when the package holds none (say, when run from sources). */
export function ruleDocsUrl(ruleId: string): string | undefined {
  pages ??= readPages();
  const page = pages.get(ruleId);
  return page === undefined ? undefined : pathToFileURL(path.join(DOCS_ROOT, page)).href;
}

function readPages(): ReadonlyMap<string, string> {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(DOCS_ROOT, 'rules.json'), 'utf8')) as RulesFile;
    return new Map(file.rules.map((rule) => [rule.id, rule.page]));
  } catch {
    return new Map();
  }
}
