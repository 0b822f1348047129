// Runs a rehearsal in a terminal: raw keys, the alternate screen, a redraw on every tick and
// resize. Whatever ends it (a rating, q, Ctrl-C, a signal), the terminal is given back as found:
// raw mode off, cursor shown, the main screen restored.
import type * as tty from 'node:tty';
import { ratingForKey, RehearsalSession, type CueCard, type RehearsalRating } from '../../engine';
import { renderRehearsal } from './screen';


export interface TerminalIo {
  readonly input: tty.ReadStream;
  readonly output: tty.WriteStream;
  readonly color: boolean;
  readonly now?: () => number;
}

export interface FinishedRehearsal {
  readonly rating: RehearsalRating;
  /** Seconds per part of the card. */
  readonly measured: readonly number[];
}

const TICK_MS = 200;
const ENTER_SCREEN = '\x1b[?1049h\x1b[?25l';
const LEAVE_SCREEN = '\x1b[?25h\x1b[?1049l';
const NEXT_KEYS = new Set([' ', '\r', '\n', '\x1b[C', '\x1bOC']);
const QUIT_KEYS = new Set(['q', 'Q', '\x1b', '\x03', '\x04']);

/** Resolves with the rating and splits, or null when the rehearsal was abandoned (nothing to log). */
export function rehearseInTerminal(card: CueCard, io: TerminalIo): Promise<FinishedRehearsal | null> {
  const now = io.now ?? (() => performance.now());
  const session = new RehearsalSession(card);
  const { input, output } = io;

  return new Promise((resolve) => {
    let finished = false;
    const draw = (): void => {
      const lines = renderRehearsal(session, { columns: output.columns || 80, rows: output.rows || 24, color: io.color, now: now() });
      output.write(`\x1b[H${lines.map((line) => `${line}\x1b[K`).join('\r\n')}\x1b[J`);
    };
    const finish = (result: FinishedRehearsal | null): void => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      input.off('data', onKey);
      output.off('resize', draw);
      for (const signal of SIGNALS) process.off(signal, onSignal);
      process.off('exit', restore);
      restore();
      resolve(result);
    };
    const restore = (): void => {
      if (input.isRaw) input.setRawMode(false);
      input.pause();
      output.write(LEAVE_SCREEN);
    };
    const onSignal = (): void => {
      session.cancel();
      finish(null);
    };
    const onKey = (chunk: string): void => {
      for (const key of splitKeys(chunk)) {
        if (finished) return;
        if (QUIT_KEYS.has(key)) return onSignal();
        if (session.phase === 'rating') {
          const rating = ratingForKey(key);
          if (rating) {
            session.rate(rating);
            return finish({ rating, measured: session.measuredSeconds() });
          }
        } else if (NEXT_KEYS.has(key)) session.next(now());
        else if (key === 'r' || key === 'R') session.toggleReveal();
      }
      draw();
    };

    const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', restore);
    output.write(ENTER_SCREEN);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onKey);
    input.resume();
    // Node turns SIGWINCH into 'resize' on the output stream.
    output.on('resize', draw);
    const timer = setInterval(() => {
      if (session.phase === 'running') draw();
    }, TICK_MS);
    draw();
  });
}

/** Splits what one read returned into keys: fast typing or a paste can bring several at once. */
export function splitKeys(chunk: string): string[] {
  const keys: string[] = [];
  // An escape sequence (arrows: ESC [ C or ESC O C) is one key; so is CR LF.
  // eslint-disable-next-line no-control-regex -- the escape character is what is being matched
  const pattern = /\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])|\r\n|[\s\S]/gu;
  for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) keys.push(match[0]);
  return keys;
}
