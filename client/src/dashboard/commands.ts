// "Story Coach: Open Dashboard" and "Story Coach: Open Interview Sheet", and the test hooks the
// integration tests drive them with (hidden from the command palette).
import * as vscode from 'vscode';
import type { ViewKind } from '../webview/messages';
import type { BankSource } from './bank-source';
import { BankViews, type RenderedState } from './view-panel';

export const OPEN_DASHBOARD_COMMAND = 'storyCoach.openDashboard';
export const OPEN_SHEET_COMMAND = 'storyCoach.openInterviewSheet';
/** Test hook: (kind, minGeneration?) → the view's next rendered state after that generation. */
export const VIEW_STATE_COMMAND = 'storyCoach.test.viewState';
/** Test hook: (kind, selector) → whether the element was there to click. */
export const VIEW_CLICK_COMMAND = 'storyCoach.test.clickInView';

export function registerBankViewCommands(context: vscode.ExtensionContext, source: BankSource): vscode.Disposable {
  const views = new BankViews(context.extensionUri, source);
  const viewOf = (kind: unknown) => {
    const view = views.get(kind === 'sheet' ? 'sheet' : 'dashboard');
    if (!view) throw new Error(`no ${String(kind)} view is open`);
    return view;
  };
  return vscode.Disposable.from(
    views,
    vscode.commands.registerCommand(OPEN_DASHBOARD_COMMAND, () => void views.open('dashboard')),
    vscode.commands.registerCommand(OPEN_SHEET_COMMAND, () => void views.open('sheet')),
    vscode.commands.registerCommand(VIEW_STATE_COMMAND, (kind: ViewKind, after = 0): Promise<RenderedState> => viewOf(kind).waitForRender((state) => state.generation > after)),
    vscode.commands.registerCommand(VIEW_CLICK_COMMAND, (kind: ViewKind, selector: string): Promise<boolean> => viewOf(kind).click(selector)),
  );
}
