import * as vscode from 'vscode';

const DEFAULT_TIMEOUT_MS = 15_000;

/** Polls until `read` returns a value that passes `accept`; fails with the last value seen. */
export async function waitFor<T>(what: string, read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${describe(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

/** The rule id of a diagnostic (VS Code wraps the code in {value, target} when it links a page). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function storyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'story-coach');
}

/** Waits until the document's Story Coach diagnostics satisfy `accept` (default: there are some). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  what = 'Story Coach diagnostics',
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} on ${uri.toString()}`, () => storyDiagnostics(uri), accept);
}

export function hasRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule);
}

function describe(value: unknown): string {
  if (Array.isArray(value) && value.every((item) => item instanceof vscode.Diagnostic)) {
    return `[${(value as vscode.Diagnostic[]).map((diagnostic) => `${ruleOf(diagnostic)}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`).join(', ')}]`;
  }
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value);
  } catch {
    return String(value);
  }
}
