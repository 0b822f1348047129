// The rehearsal panel (issue 12): a webview beside the story. The cue card and the record come from
// the language server; the webview times and rates; the server logs the rehearsal and adds the date
// to `Rehearsed:` as an edit of the open document. Strict CSP: no remote content, one nonce'd script.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LogRehearsalRequest, type RehearsalCard } from '../../../server/src/protocol';
import type { FromRehearsalWebview, RehearsalPageState, ToRehearsalWebview } from '../webview/rehearsal-messages';

export class RehearsalPanel implements vscode.Disposable {
  static readonly viewType = 'storyCoach.rehearsal';
  private static current: RehearsalPanel | undefined;

  /** The last state the page reported (what it shows): the status of the panel, and what tests wait for. */
  lastState: RehearsalPageState | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private story: { readonly uri: vscode.Uri; readonly card: RehearsalCard },
  ) {
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromRehearsalWebview) => void this.receive(message)),
    );
  }

  /** Opens (or reuses) the panel on a story. */
  static show(context: vscode.ExtensionContext, client: LanguageClient, uri: vscode.Uri, card: RehearsalCard): RehearsalPanel {
    const existing = RehearsalPanel.current;
    if (existing) {
      existing.story = { uri, card };
      existing.panel.title = `Rehearse: ${card.card.title}`;
      existing.panel.reveal(vscode.ViewColumn.Beside);
      existing.post(existing.loadMessage());
      return existing;
    }
    const mediaRoots = [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(context.extensionUri, 'media')];
    const panel = vscode.window.createWebviewPanel(RehearsalPanel.viewType, `Rehearse: ${card.card.title}`, vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: mediaRoots,
    });
    RehearsalPanel.current = new RehearsalPanel(panel, context.extensionUri, client, { uri, card });
    return RehearsalPanel.current;
  }

  static get active(): RehearsalPanel | undefined {
    return RehearsalPanel.current;
  }

  /** Sends a message to the page (tests use `testKey` to press keys in it). */
  post(message: ToRehearsalWebview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (RehearsalPanel.current === this) RehearsalPanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private loadMessage(): ToRehearsalWebview {
    const { card } = this.story;
    return { type: 'load', storyId: card.storyId ?? `untitled#${card.storyIndex}`, card: card.card, record: card.record };
  }

  private async receive(message: FromRehearsalWebview): Promise<void> {
    if (message.type === 'ready') this.post(this.loadMessage());
    else if (message.type === 'state') this.lastState = message.state;
    else if (message.type === 'finished') {
      const storyId = this.story.card.storyId;
      if (!storyId) {
        this.post({ type: 'logged', ok: false, message: 'Save the story in a folder to log its rehearsals.' });
        return;
      }
      try {
        const result = await this.client.sendRequest(LogRehearsalRequest, { uri: this.story.uri.toString(), storyId, measured: message.measured, rating: message.rating });
        this.post({ type: 'logged', ok: result.logged, message: result.message });
      } catch (error) {
        this.post({ type: 'logged', ok: false, message: `Not logged: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'rehearsal.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'rehearsal.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
<title>Rehearse</title>
</head>
<body>
<main id="app" aria-label="Rehearsal"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}
