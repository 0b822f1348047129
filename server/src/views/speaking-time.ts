// Speaking time per story against its Target (or, without one, the default limits of the
// speaking-time rule: long above maxSeconds, short below minSeconds).
import type { BankReport } from '../engine/browser';
import { formatDuration } from './dates';
import type { ViewOptions } from './options';

/** Over 125% of Target runs long (as the speaking-time rule); under half of it runs short. */
const LONG_RATIO = 1.25;
const SHORT_RATIO = 0.5;

export type SpeakingStatus = 'long' | 'short' | 'ok';

export interface SpeakingBar {
  readonly story: string;
  readonly title: string;
  readonly seconds: number;
  readonly target: number | null;
  readonly status: SpeakingStatus;
  readonly text: string;
}

export interface SpeakingTime {
  readonly bars: readonly SpeakingBar[];
  /** The axis end: the longest time or target, rounded up to a whole half-minute. */
  readonly axisSeconds: number;
  readonly long: number;
  readonly short: number;
}

export function speakingTime(report: BankReport, options: ViewOptions): SpeakingTime {
  const bars = report.stories.map((story): SpeakingBar => {
    const seconds = story.speakingSeconds;
    const target = story.targetSeconds;
    const status: SpeakingStatus =
      target !== null
        ? seconds > target * LONG_RATIO ? 'long' : seconds < target * SHORT_RATIO ? 'short' : 'ok'
        : seconds > options.maxSeconds ? 'long' : seconds < options.minSeconds ? 'short' : 'ok';
    const against = target !== null ? `target ${formatDuration(target)}` : 'no target';
    const verdict = status === 'long' ? ', runs long' : status === 'short' ? ', runs short' : '';
    return { story: story.id, title: story.title, seconds, target, status, text: `${formatDuration(seconds)} (${against})${verdict}` };
  });
  const longest = Math.max(30, ...bars.map((bar) => Math.max(bar.seconds, bar.target ?? 0)));
  return {
    bars,
    axisSeconds: Math.ceil(longest / 30) * 30,
    long: bars.filter((bar) => bar.status === 'long').length,
    short: bars.filter((bar) => bar.status === 'short').length,
  };
}
