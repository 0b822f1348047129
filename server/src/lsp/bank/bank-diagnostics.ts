import { type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { BankFinding } from '../../engine';
import { coachDiagnostic } from '../diagnostics';
import type { FolderBank } from './folder-bank';

/** What a bank diagnostic carries back to code actions (the `role-uncovered` quick fix finds its requirement by line). */
export interface BankDiagnosticData {
  readonly rule: string;
  readonly bank: true;
  readonly line: number;
  readonly stories: readonly string[];
}

export function toBankDiagnostic(finding: BankFinding): Diagnostic {
  const data: BankDiagnosticData = { rule: finding.rule, bank: true, line: finding.line, stories: finding.stories };
  const start = { line: Math.max(0, finding.line - 1), character: Math.max(0, finding.column - 1) };
  const end = { line: Math.max(start.line, finding.endLine - 1), character: Math.max(0, finding.endColumn - 1) };
  if (end.line === start.line && end.character < start.character) end.character = start.character;
  return coachDiagnostic(finding, { start, end }, data);
}

/**
 * The bank findings by the absolute path of the file they are on (bank-wide findings without a role
 * file have none). A file whose findings are the same as in `previous` keeps its list object from
 * there, so callers see what changed by identity, and nothing is converted or hashed twice.
 */
export function diagnosticsByFile(bank: FolderBank, findings: readonly BankFinding[], previous?: ReadonlyMap<string, Diagnostic[]>): Map<string, Diagnostic[]> {
  const byPath = new Map<string, BankFinding[]>();
  for (const finding of findings) {
    if (finding.path === null) continue;
    const list = byPath.get(finding.path);
    if (list) list.push(finding);
    else byPath.set(finding.path, [finding]);
  }
  const byFile = new Map<string, Diagnostic[]>();
  for (const [relativePath, list] of byPath) {
    const file = bank.absolute(relativePath);
    const key = list.map(findingKey).join('\u0002');
    const known = previous?.get(file);
    if (known && findingKeys.get(known) === key) {
      byFile.set(file, known);
      continue;
    }
    const diagnostics = list.map(toBankDiagnostic);
    findingKeys.set(diagnostics, key);
    byFile.set(file, diagnostics);
  }
  return byFile;
}

/** Everything of a finding that its diagnostic shows. */
function findingKey(finding: BankFinding): string {
  return `${finding.rule}\u0001${finding.severity}\u0001${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}\u0001${finding.message}\u0001${finding.stories.join(' ')}`;
}

const findingKeys = new WeakMap<readonly Diagnostic[], string>();

/** A short, stable id of a file's diagnostics: the same diagnostics, the same id, across versions and restarts. */
export function resultIdOf(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  // Lists are made once per bank update and compared on the next ones: each is hashed once.
  const known = resultIds.get(diagnostics);
  if (known !== undefined) return known;
  const id = hashOf(diagnostics);
  resultIds.set(diagnostics, id);
  return id;
}

const resultIds = new WeakMap<readonly Diagnostic[], string>();

function hashOf(diagnostics: readonly Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${diagnostics.length}-${(hash >>> 0).toString(36)}`;
}

/**
 * The workspace diagnostic report: one entry per bank file (and per file that had bank findings
 * before and has left the bank, to clear them), unchanged where the client already has them.
 */
export function workspaceReport(
  files: ReadonlyMap<string, readonly Diagnostic[]>,
  previous: ReadonlyMap<string, string>,
): { items: WorkspaceDocumentDiagnosticReport[]; changed: boolean } {
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  let changed = false;
  for (const [uri, diagnostics] of files) {
    const resultId = resultIdOf(diagnostics);
    if (previous.get(uri) === resultId) {
      items.push({ kind: 'unchanged', uri, version: null, resultId });
    } else {
      changed = true;
      items.push({ kind: 'full', uri, version: null, resultId, items: [...diagnostics] });
    }
  }
  for (const [uri, resultId] of previous) {
    if (files.has(uri) || resultId === 'none') continue;
    changed = true;
    items.push({ kind: 'full', uri, version: null, resultId: 'none', items: [] });
  }
  return { items, changed };
}
