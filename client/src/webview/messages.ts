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
  /** "Write a story for this": the new story for a gap's question, made by the views. */
  | { readonly type: 'writeStory'; readonly question: string; readonly fileName: string; readonly skeleton: string }
  /** "Save as HTML…": the standalone sheet, rendered in the webview. */
  | { readonly type: 'saveSheet'; readonly html: string }
  /** After each render: what the page shows (positive signal for tests and the status of the view). */
  | {
      readonly type: 'rendered';
      readonly view: ViewKind;
      /** Story titles as the page shows them (text content), in page order. */
      readonly titles: readonly string[];
      /** Charts drawn (SVG elements). */
      readonly charts: number;
      /** Gap questions listed, as the page shows them. */
      readonly gaps: readonly string[];
      /** Counts renders (the extension counts them across reloads of the page). */
      readonly generation: number;
    }
  | { readonly type: 'testClicked'; readonly selector: string; readonly found: boolean };
