import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

const SECTION = 'storyCoach';

/**
 * Answers the server's workspace/configuration for `storyCoach` with only the settings the user has
 * set (user, workspace, folder, or for the story language), never the contributed defaults: the
 * server lays these over the nearest `.storycoach.json`, so a default must not hide the file's value.
 */
export function explicitSettingsMiddleware(context: vscode.ExtensionContext): NonNullable<Middleware['workspace']>['configuration'] {
  const keys = contributedKeys(context);
  return async (params, token, next) => {
    const answers = await next(params, token);
    if (!Array.isArray(answers)) return answers;
    return params.items.map((item, index) => (item.section === SECTION ? explicitSettings(keys, item.scopeUri) : answers[index]));
  };
}

/** `storyCoach.*` keys without the prefix ("rules.hedging", "wordsPerMinute", …), from package.json. */
function contributedKeys(context: vscode.ExtensionContext): string[] {
  const configuration = (context.extension.packageJSON as { contributes?: { configuration?: Array<{ properties?: Record<string, unknown> }> } }).contributes?.configuration ?? [];
  return configuration.flatMap((group) => Object.keys(group.properties ?? {})).filter((key) => key.startsWith(`${SECTION}.`)).map((key) => key.slice(SECTION.length + 1));
}

function explicitSettings(keys: readonly string[], scopeUri: string | undefined): Record<string, unknown> {
  const scope = scopeUri ? { uri: vscode.Uri.parse(scopeUri), languageId: 'story' } : { languageId: 'story' };
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const value = explicitValue(config.inspect(key));
    if (value !== undefined) setPath(result, key.split('.'), value);
  }
  return result;
}

/** The most specific value the user set, as VS Code ranks them; undefined when only the default applies. */
function explicitValue(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']>): unknown {
  if (!inspected) return undefined;
  return (
    inspected.workspaceFolderLanguageValue ??
    inspected.workspaceFolderValue ??
    inspected.workspaceLanguageValue ??
    inspected.workspaceValue ??
    inspected.globalLanguageValue ??
    inspected.globalValue
  );
}

function setPath(target: Record<string, unknown>, [head, ...rest]: readonly string[], value: unknown): void {
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}
