import * as vscode from 'vscode';
import { loadStoryTemplates, type StoryTemplate } from '../story-templates';
import { CLIENT_COMMANDS } from '../../../server/src/protocol';


/**
 * "Story Coach: New Story": an untitled story document filled from a template (the STAR one
 * first), with its tab stops live. An argument naming a template skips the choice.
 */
export function registerNewStoryCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_COMMANDS.newStory, async (templateName?: unknown) => {
    const templates = loadStoryTemplates(context);
    const template = typeof templateName === 'string' ? templates.find((candidate) => candidate.name === templateName) : await pickTemplate(templates);
    if (!template) return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'story', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(template.body));
    return document.uri;
  });
}

async function pickTemplate(templates: readonly StoryTemplate[]): Promise<StoryTemplate | undefined> {
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({ label: template.name, detail: template.description, template })),
    { title: 'New story', placeHolder: 'Choose a template' },
  );
  return picked?.template;
}
