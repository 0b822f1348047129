import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { StoryStatsRequest, type StoryStats, type StoryStatsParams } from '../../server/src/protocol';

const REFRESH_DELAY_MS = 200;

/** The speaking time of the story under the cursor, against its Target, in the status bar. */
export class SpeakingTimeStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('storyCoach.speakingTime', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped: only the latest cursor position counts. */
  private request = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Story Coach: speaking time';
    this.item.command = 'workbench.action.gotoSymbol';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection(() => this.schedule()),
      // Diagnostics follow edits and settings (words per minute), so the figures are fresh by then.
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      client.onDidChangeState(() => this.schedule()),
    );
    this.schedule();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'story' || this.client.state !== State.Running) {
      this.item.hide();
      return;
    }
    const request = ++this.request;
    const params: StoryStatsParams = {
      uri: this.client.code2ProtocolConverter.asUri(editor.document.uri),
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    };
    const stats = await this.client.sendRequest(StoryStatsRequest, params).catch(() => null);
    if (request !== this.request) return;
    if (!stats) {
      this.item.hide();
      return;
    }
    this.show(stats);
  }

  private show(stats: StoryStats): void {
    const target = stats.targetText === null ? '' : ` / ${stats.targetText}`;
    this.item.text = `$(clock) ~${stats.secondsText}${target}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(stats.title)}**\n\n`);
    tooltip.appendMarkdown(`${stats.words} words · about ${stats.secondsText} spoken`);
    tooltip.appendMarkdown(stats.targetText === null ? ' · no `Target:` set' : ` · Target ${stats.targetText}`);
    tooltip.appendMarkdown(`\n\n${stats.openFindings === 0 ? 'No open suggestions' : `${stats.openFindings} open suggestion${stats.openFindings === 1 ? '' : 's'}`} · click to go to a story or section`);
    this.item.tooltip = tooltip;
    this.item.show();
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>]/g, '\\$&');
}
