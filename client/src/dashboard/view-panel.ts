// The dashboard and interview-sheet webviews. The page is drawn in the webview by dist/webview/views.js
// (the renderer shared with the standalone HTML); the extension feeds it the bank, refreshes it on
// `storyCoach/bankChanged`, and answers its clicks.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { BankReport } from '../../../server/src/protocol';
import type { FromWebview, ToWebview, ViewKind } from '../webview/messages';
import { webviewShellHtml } from '../webview/shell';
import type { BankData, BankSource } from './bank-source';
import { openStory, writeNewStory } from './story-locations';

export const VIEW_TYPES: Readonly<Record<ViewKind, string>> = { dashboard: 'storyCoach.dashboard', sheet: 'storyCoach.interviewSheet' };
const TITLES: Readonly<Record<ViewKind, string>> = { dashboard: 'Story Bank Dashboard', sheet: 'Interview Sheet' };

export type RenderedState = Extract<FromWebview, { type: 'rendered' }>;

export class BankViewPanel implements vscode.Disposable {
  private data: BankData | null = null;
  private rendered: RenderedState | null = null;
  private renders = 0;
  private readonly renderWaiters: ((state: RenderedState) => void)[] = [];
  private readonly clickWaiters = new Map<string, (found: boolean) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly kind: ViewKind,
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly source: BankSource,
    onDispose: () => void,
  ) {
    const scripts = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    panel.webview.options = { enableScripts: true, localResourceRoots: [scripts] };
    panel.webview.html = this.shell(vscode.Uri.joinPath(scripts, 'views.js'));
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      source.onDidChange(() => void this.refresh()),
      // Shown again: the page may have been unloaded while hidden, and the bank may have changed.
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible) void this.refresh();
      }),
      panel.onDidDispose(() => {
        onDispose();
        this.dispose();
      }),
    );
  }

  /** What the webview last drew (null before its first render). */
  get lastRendered(): RenderedState | null {
    return this.rendered;
  }

  /** Fetches the bank and sends it to the webview; refreshes run one after another, never interleaved. */
  refresh(): Promise<void> {
    this.queue = this.queue.then(async () => {
      this.data = await this.source.fetch();
      await this.post({ type: 'report', report: this.data?.report ?? emptyReport(), competencyNames: this.data?.competencyNames ?? {} });
    });
    return this.queue;
  }

  /** Resolves with the next render whose state passes `accept` (or the current one if it does). */
  waitForRender(accept: (state: RenderedState) => boolean, timeoutMs = 20_000): Promise<RenderedState> {
    if (this.rendered && accept(this.rendered)) return Promise.resolve(this.rendered);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the ${this.kind} did not render the expected state in ${timeoutMs} ms`)), timeoutMs);
      const waiter = (state: RenderedState): void => {
        if (!accept(state)) return;
        clearTimeout(timer);
        this.renderWaiters.splice(this.renderWaiters.indexOf(waiter), 1);
        resolve(state);
      };
      this.renderWaiters.push(waiter);
    });
  }

  /** Test hook: clicks an element of the page as a user would; resolves with whether it was there. */
  click(selector: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.clickWaiters.set(selector, resolve);
      void this.post({ type: 'testClick', selector });
    });
  }

  /** Where clicked stories open: the first column, or the second when the view itself is in the first (it stays in sight). */
  private besideColumn(): vscode.ViewColumn {
    return this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  private async post(message: ToWebview): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.refresh();
        break;
      case 'rendered': {
        // Counted here: the webview's own count restarts when it is hidden and shown again.
        const rendered = { ...message, generation: ++this.renders };
        this.rendered = rendered;
        for (const waiter of [...this.renderWaiters]) waiter(rendered);
        break;
      }
      case 'openStory':
        if (this.data && !(await openStory(this.data, message.story, this.besideColumn()))) void vscode.window.showWarningMessage('Story Coach: that story is no longer in the bank.');
        break;
      case 'writeStory':
        if (this.data) await writeNewStory(this.data, message.fileName, message.skeleton, this.besideColumn());
        break;
      case 'saveSheet':
        await this.saveSheet(message.html);
        break;
      case 'testClicked':
        this.clickWaiters.get(message.selector)?.(message.found);
        this.clickWaiters.delete(message.selector);
        break;
    }
  }

  /** "Save as HTML…": the standalone sheet the webview rendered (prints on A4 or Letter), where the user chooses. */
  private async saveSheet(html: string): Promise<void> {
    const folder = this.data ? vscode.Uri.parse(this.data.rootUri) : vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'interview-sheet.html') : undefined,
      filters: { HTML: ['html'] },
      saveLabel: 'Save Interview Sheet',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
    void vscode.window.showInformationMessage(`Story Coach: interview sheet saved to ${target.fsPath}. Open it in a browser to print.`);
  }

  private shell(script: vscode.Uri): string {
    return webviewShellHtml({
      kind: this.kind,
      title: TITLES[this.kind],
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      scriptUri: this.panel.webview.asWebviewUri(script).toString(),
    });
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function emptyReport(): BankReport {
  return { version: 1, root: '', stories: [], balance: {}, competencies: [], questions: [], role: null, findings: [] };
}

/** Opens (or reveals) the view of a kind; one panel per kind. */
export class BankViews implements vscode.Disposable {
  private readonly panels = new Map<ViewKind, BankViewPanel>();
  private readonly serializers: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: BankSource,
  ) {
    // Panels come back after a reload with their saved state, then refresh from the server.
    this.serializers = (Object.keys(VIEW_TYPES) as ViewKind[]).map((kind) =>
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPES[kind], {
        deserializeWebviewPanel: async (panel) => {
          this.adopt(kind, panel);
        },
      }),
    );
  }

  open(kind: ViewKind): BankViewPanel {
    const existing = this.panels.get(kind);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPES[kind], TITLES[kind], vscode.ViewColumn.Beside, { enableScripts: true });
    return this.adopt(kind, panel);
  }

  get(kind: ViewKind): BankViewPanel | undefined {
    return this.panels.get(kind);
  }

  private adopt(kind: ViewKind, panel: vscode.WebviewPanel): BankViewPanel {
    const view = new BankViewPanel(kind, panel, this.extensionUri, this.source, () => this.panels.delete(kind));
    this.panels.set(kind, view);
    return view;
  }

  dispose(): void {
    for (const view of this.panels.values()) view.panel.dispose();
    for (const serializer of this.serializers) serializer.dispose();
  }
}
