// What the views need beyond the report itself.
import type { BankReport } from '../engine/browser';
import { isoToday } from './dates';

export interface ViewOptions {
  /** Display name of a competency id (the taxonomy's); unknown ids (custom tags) show as written. */
  readonly competencyName: (id: string) => string;
  /** For stories without a Target: above this the story runs long (seconds; spec default 180). */
  readonly maxSeconds: number;
  /** For stories without a Target: below this it runs short (seconds; spec default 45). */
  readonly minSeconds: number;
  /** The day the views are relative to (ISO date). */
  readonly today: string;
}

export function viewOptions(report: BankReport, overrides: Partial<ViewOptions> = {}): ViewOptions {
  return {
    competencyName: (id) => id,
    maxSeconds: 180,
    minSeconds: 45,
    today: report.today ?? isoToday(),
    ...overrides,
  };
}
