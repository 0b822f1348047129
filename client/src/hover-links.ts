import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS } from '../../server/src/protocol';

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
    const value = content.value.replace(RULE_PAGE_LINK, (_link, id: string) => `](command:${CLIENT_COMMANDS.showRuleDocumentation}?${encodeURIComponent(JSON.stringify([id]))})`);
    if (value === content.value) return content;
    const rewritten = new vscode.MarkdownString(value, content.supportThemeIcons);
    rewritten.isTrusted = { enabledCommands: [CLIENT_COMMANDS.showRuleDocumentation] };
    return rewritten;
  });
  return new vscode.Hover(contents, hover.range);
};
