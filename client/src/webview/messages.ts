// Messages between the extension and the dashboard/sheet webviews (both directions).
import type { BankReport } from '../../../server/src/protocol';

export type ViewKind = 'dashboard' | 'sheet';

export type ToWebview =
  | { readonly type: 'report'; readonly report: BankReport; readonly competencyNames: Readonly<Record<string, string>> }
  /** Test hook: click the first element matching the selector, as a user would. */
  | { readonly type: 'testClick'; readonly selector: string };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'openStory'; readonly story: string }
  | { readonly type: 'writeStory'; readonly question: string }
  | { readonly type: 'saveSheet' }
  /** After each render: what the page shows (positive signal for tests and the status of the view). */
  | { readonly type: 'rendered'; readonly view: ViewKind; readonly titles: readonly string[]; readonly charts: number; readonly gaps: number; readonly generation: number }
  | { readonly type: 'testClicked'; readonly selector: string; readonly found: boolean };
