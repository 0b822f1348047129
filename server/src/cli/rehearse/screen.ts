// Draws a rehearsal as lines of text for a terminal of a given size. Pure: the terminal driver
// writes what this returns, and tests read it. What to show comes from the shared view model.
import type { RehearsalSession, TimerTone } from '../../engine';
import { rehearsalSessionView } from '../../views/rehearsal-session';

export interface ScreenOptions {
  readonly columns: number;
  readonly rows: number;
  readonly color: boolean;
  readonly now: number;
}

const STYLE = { bold: '1', dim: '2', green: '32', yellow: '33', red: '31', cyan: '36' } as const;
const TONE_STYLE: Readonly<Record<TimerTone, keyof typeof STYLE>> = { ok: 'green', near: 'yellow', over: 'red' };

export function renderRehearsal(session: RehearsalSession, options: ScreenOptions): string[] {
  const view = rehearsalSessionView(session, options.now);
  const width = Math.max(20, options.columns);
  const paint = (text: string, style: keyof typeof STYLE): string => (options.color ? `\x1b[${STYLE[style]}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  const add = (text = '', style?: keyof typeof STYLE): void => {
    const fitted = fit(text, width);
    lines.push(style ? paint(fitted, style) : fitted);
  };

  add(`Rehearse · ${view.title}`, 'bold');
  add(`${view.kind} · ${view.plan}`, 'dim');
  add();
  if (view.opening) add(`Open with: “${view.opening}”`);
  add();

  const labelWidth = Math.max(...view.parts.map((part) => part.label.length), 7);
  for (const part of view.parts) {
    const time = part.time ?? '';
    const figures = part.figures.length > 0 ? `  [${part.figures.join(' · ')}]` : '';
    const body = `${part.state === 'current' ? '▸' : ' '} ${part.label.padEnd(labelWidth)}  ${part.firstWords}${figures}`;
    const room = width - time.length - 1;
    add(`${fit(body, room).padEnd(room)} ${time}`, part.state === 'current' ? 'cyan' : part.state === 'done' ? 'dim' : undefined);
  }
  if (view.lesson) add(`  Lesson: ${view.lesson}`);
  add();

  if (view.phase === 'ready') {
    add('Press space to start the timer, then space at the end of each part.', 'bold');
  } else if (view.phase === 'running') {
    const { timer } = view;
    add(`⏱ ${timer.elapsed} / ${timer.planned}  ${bar(timer.fraction, Math.min(30, width - 20))}${timer.tone === 'over' ? '  over time' : ''}`, TONE_STYLE[timer.tone]);
    if (view.revealed) {
      add();
      for (const line of wrap(view.revealed, width)) add(line, 'dim');
    }
  } else if (view.summary) {
    for (const line of summaryLines(view.summary)) add(line);
    add();
    add('How did it go?  1 again · 2 hard · 3 good · 4 easy', 'bold');
  }
  add();
  add(
    view.phase === 'rating' ? 'keys: 1-4 or a/h/g/e rate · q quit without logging' : 'keys: space/enter/→ next part · r reveal the text · q quit without logging',
    'dim',
  );
  return lines.slice(0, Math.max(1, options.rows));
}

export function summaryLines(summary: { readonly overall: string; readonly splits: readonly { readonly message: string }[] }): string[] {
  return [`Done: ${summary.overall}`, ...summary.splits.map((split) => `  ${split.message}`)];
}

function bar(fraction: number, width: number): string {
  const size = Math.max(5, width);
  const filled = Math.min(size, Math.round(fraction * size));
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
