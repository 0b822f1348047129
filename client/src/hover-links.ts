import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from './commands/show-rule-documentation';

const RULE_PAGE_LINK = /\]\(file:\/\/[^)\s]*\/docs\/rules\/([a-z-]+)\.md\)/g;

/**
 * The server links rule pages as file URLs, which any editor can open; in VS Code the hover's link
 * runs "Show Rule Documentation" instead, so the page opens rendered beside the story.
 */
export const renderRulePageLinks: Middleware['provideHover'] = async (document, position, token, next) => {
  const hover = await next(document, position, token);
  if (!hover) return hover;
  const contents = hover.contents.map((content) => {
    if (!(content instanceof vscode.MarkdownString)) return content;
    const value = content.value.replace(RULE_PAGE_LINK, (_link, id: string) => `](command:${SHOW_RULE_DOCUMENTATION_COMMAND}?${encodeURIComponent(JSON.stringify([id]))})`);
    if (value === content.value) return content;
    const rewritten = new vscode.MarkdownString(value, content.supportThemeIcons);
    rewritten.isTrusted = { enabledCommands: [SHOW_RULE_DOCUMENTATION_COMMAND] };
    return rewritten;
  });
  return new vscode.Hover(contents, hover.range);
};
