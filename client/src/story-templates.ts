import * as fs from 'node:fs';
import * as vscode from 'vscode';

export interface StoryTemplate {
  readonly name: string;
  readonly description: string;
  readonly body: string;
}

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly description?: string;
  readonly body: string | readonly string[];
}

/** A snippet is a whole-story template when it has sections (headings or S:/T:/A:/R: labels). */
const HAS_SECTIONS = /^(?:#{2,6} |[STAR]: )/m;

/** The story templates, straight from the contributed snippets so the two never drift apart. */
export function loadStoryTemplates(context: vscode.ExtensionContext): StoryTemplate[] {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'story.json').fsPath;
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SnippetEntry>;
  return Object.entries(snippets)
    .map(([name, snippet]) => ({
      name,
      description: snippet.description ?? '',
      body: typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n'),
    }))
    .filter((template) => HAS_SECTIONS.test(template.body));
}
