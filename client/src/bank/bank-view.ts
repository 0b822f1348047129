import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { BankChangedNotification, BankRequest, type BankResult } from '../../../server/src/protocol';
import { type BankIcon, type BankNode, buildBankTree } from './bank-tree-model';

export const BANK_VIEW_ID = 'storyCoach.bank';
export const REFRESH_BANK_COMMAND = 'storyCoach.refreshBank';
/** True when the workspace has no story: the view shows its welcome instead of an empty tree. */
const EMPTY_CONTEXT_KEY = 'storyCoach.bankEmpty';
const REFRESH_DELAY_MS = 80;

const ICONS: Readonly<Record<BankIcon, vscode.ThemeIcon>> = {
  role: new vscode.ThemeIcon('briefcase'),
  'requirement-covered': new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  'requirement-gap': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  competency: new vscode.ThemeIcon('symbol-class'),
  'competency-gap': new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('list.warningForeground')),
  question: new vscode.ThemeIcon('comment-discussion'),
  'question-gap': new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground')),
  kind: new vscode.ThemeIcon('tag'),
  story: new vscode.ThemeIcon('book'),
  info: new vscode.ThemeIcon('info'),
};

/** Opens a bank file (path relative to the bank root) at a 1-based line. */
export async function openInBank(rootUri: string, relativePath: string, line: number): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(vscode.Uri.parse(rootUri), ...relativePath.split('/'));
  const at = new vscode.Position(Math.max(0, line - 1), 0);
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preview: true });
}

/**
 * The Story Bank view: the bank report as a tree, refreshed whenever the server says the bank
 * changed. Gaps carry warning icons; a story opens at its title.
 */
export class BankTreeProvider implements vscode.TreeDataProvider<BankNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BankNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: BankNode[] = [];
  private result: BankResult | null = null;
  private timer: NodeJS.Timeout | undefined;
  private request = 0;
  private loaded: Promise<void> | undefined;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      this.changed,
      client.onNotification(BankChangedNotification, () => this.schedule()),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) this.schedule();
      }),
    );
    if (client.state === State.Running) this.schedule();
  }

  /** The bank as last shown (tests and the Find a Story command read it). */
  get bank(): BankResult | null {
    return this.result;
  }

  /** Fetches the bank now and redraws; resolves once the tree shows it. */
  refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.loaded = this.load();
    return this.loaded;
  }

  getTreeItem(node: BankNode): vscode.TreeItem {
    const collapsible = node.children === undefined ? vscode.TreeItemCollapsibleState.None : node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.icon];
    item.contextValue = node.gap ? `${node.icon}.gap` : node.icon;
    if (node.open && this.result) {
      item.command = { title: 'Open', command: 'storyCoach.openBankItem', arguments: [this.result.rootUri, node.open.path, node.open.line] };
    }
    return item;
  }

  getChildren(node?: BankNode): BankNode[] {
    return node ? [...(node.children ?? [])] : this.roots;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async load(): Promise<void> {
    if (this.client.state !== State.Running) return;
    const request = ++this.request;
    const result = await this.client.sendRequest(BankRequest, {}).catch(() => null);
    // An older answer arriving after a newer one is dropped.
    if (request !== this.request) return;
    this.result = result;
    this.roots = result && result.report.stories.length > 0 ? buildBankTree(result) : [];
    await vscode.commands.executeCommand('setContext', EMPTY_CONTEXT_KEY, result !== null && result.report.stories.length === 0);
    this.changed.fire(undefined);
  }
}

export function registerBankView(client: LanguageClient): { provider: BankTreeProvider; disposable: vscode.Disposable } {
  const provider = new BankTreeProvider(client);
  const view = vscode.window.createTreeView(BANK_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const disposable = vscode.Disposable.from(
    provider,
    view,
    vscode.commands.registerCommand(REFRESH_BANK_COMMAND, () => provider.refresh()),
    vscode.commands.registerCommand('storyCoach.openBankItem', (rootUri: string, relativePath: string, line: number) => openInBank(rootUri, relativePath, line)),
  );
  return { provider, disposable };
}
