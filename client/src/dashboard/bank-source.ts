// Where the dashboard and sheet get the bank: the language server's `storyCoach/bank` request, and
// its `storyCoach/bankChanged` notification for live updates.
import type * as vscode from 'vscode';
import type { BankReport } from '../../../server/src/protocol';

/** What the views need of a `storyCoach/bank` result. */
export interface BankData {
  /** URI of the bank root; story paths in the report are relative to it. */
  readonly rootUri: string;
  readonly report: BankReport;
  readonly competencyNames: Readonly<Record<string, string>>;
}

export interface BankSource {
  /** The bank of the folder holding `uri` (default: the first workspace folder); null without one. */
  fetch(uri?: string): Promise<BankData | null>;
  onDidChange(listener: () => void): vscode.Disposable;
}

/** What the Story Bank view's provider offers: the bank it last fetched, a refresh, and its change event. */
export interface BankFeed {
  readonly bank: BankData | null;
  refresh(): Promise<void>;
  readonly onDidChangeTreeData: vscode.Event<unknown>;
}

/**
 * The dashboard reads the bank the Story Bank view already keeps up to date: a language client has
 * one handler per notification, so `storyCoach/bankChanged` is handled there once, and each change
 * is fetched once for every view.
 */
export function bankSourceFrom(feed: BankFeed): BankSource {
  return {
    async fetch() {
      if (!feed.bank) await feed.refresh();
      return feed.bank;
    },
    onDidChange: (listener) => feed.onDidChangeTreeData(() => listener()),
  };
}
