// Where the dashboard and sheet get the bank: the language server's `storyCoach/bank` request, and
// its `storyCoach/bankChanged` notification for live updates.
import type * as vscode from 'vscode';
import type { BankReport } from '../webview/messages';

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
