// Draws a rehearsal as lines of text for a terminal of a given size. Pure: the terminal driver
// writes what this returns, and tests read it.
import { summarizeRehearsal, timerTone, type RehearsalSummary, type TimerTone } from '../../engine';
import { formatDuration } from '../../engine/parse/duration';
import type { RehearsalSession } from './session';

export interface ScreenOptions {
  readonly columns: number;
  readonly rows: number;
  readonly color: boolean;
  readonly now: number;
}

const STYLE = { bold: '1', dim: '2', green: '32', yellow: '33', red: '31', cyan: '36' } as const;
const TONE_STYLE: Readonly<Record<TimerTone, keyof typeof STYLE>> = { ok: 'green', near: 'yellow', over: 'red' };

export function renderRehearsal(session: RehearsalSession, options: ScreenOptions): string[] {
  const { card } = session;
  const width = Math.max(20, options.columns);
  const paint = (text: string, style: keyof typeof STYLE): string => (options.color ? `\x1b[${STYLE[style]}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  const add = (text = '', style?: keyof typeof STYLE): void => {
    const fitted = fit(text, width);
    lines.push(style ? paint(fitted, style) : fitted);
  };

  const planned = card.targetSeconds ?? card.speakingSeconds;
  add(`Rehearse · ${card.title}`, 'bold');
  add(`${card.kind} · ${card.targetSeconds === null ? `no Target: about ${formatDuration(planned)} at your pace` : `target ${formatDuration(card.targetSeconds)}`}`, 'dim');
  add();
  if (card.opening) add(`Open with: “${card.opening}”`);
  add();

  const labelWidth = Math.max(...card.anchors.map((anchor) => anchor.label.length), 7);
  card.anchors.forEach((anchor, index) => {
    const active = session.phase === 'running' && index === session.current;
    const ms = index < session.splits.length ? session.splits[index] : active ? session.partElapsed(options.now) : null;
    const time = ms === null ? '' : clock(ms / 1000);
    const figures = anchor.figures.length > 0 ? `  [${anchor.figures.join(' · ')}]` : '';
    const body = `${active ? '▸' : ' '} ${anchor.label.padEnd(labelWidth)}  ${anchor.firstWords}${figures}`;
    const room = width - time.length - 1;
    const text = `${fit(body, room).padEnd(room)} ${time}`;
    add(text, active ? 'cyan' : index < session.splits.length ? 'dim' : undefined);
  });
  if (card.lesson) add(`  Lesson: ${card.lesson}`);
  add();

  if (session.phase === 'ready') {
    add('Press space to start the timer, then space at the end of each part.', 'bold');
  } else if (session.phase === 'running') {
    const total = session.totalElapsed(options.now) / 1000;
    const tone = timerTone(total, planned);
    add(`⏱ ${clock(total)} / ${clock(planned)}  ${bar(total, planned, Math.min(30, width - 20))}${tone === 'over' ? '  over time' : ''}`, TONE_STYLE[tone]);
    if (session.revealed) {
      add();
      for (const line of wrap(card.anchors[session.current].text, width)) add(line, 'dim');
    }
  } else if (session.phase === 'rating' || session.phase === 'done') {
    for (const line of summaryLines(summarizeRehearsal(card, session.measuredSeconds()))) add(line);
    add();
    add('How did it go?  1 again · 2 hard · 3 good · 4 easy', 'bold');
  }
  add();
  add(
    session.phase === 'rating' ? 'keys: 1-4 or a/h/g/e rate · q quit without logging' : 'keys: space/enter/→ next part · r reveal the text · q quit without logging',
    'dim',
  );
  return lines.slice(0, Math.max(1, options.rows));
}

export function summaryLines(summary: RehearsalSummary): string[] {
  return [`Done: ${summary.overall}`, ...summary.splits.map((split) => `  ${split.message}`)];
}

/** m:ss */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function bar(seconds: number, planned: number, width: number): string {
  const size = Math.max(5, width);
  const filled = Math.min(size, Math.round((seconds / Math.max(1, planned)) * size));
  return `${'█'.repeat(filled)}${'░'.repeat(size - filled)}`;
}

/** Cuts text to a width in code points, with an ellipsis. */
function fit(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
