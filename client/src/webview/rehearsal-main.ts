// The script of the rehearsal panel: the cue card, a timer with a split per part, live time against
// the Target, the split summary and the self-rating. What to show comes from the engine's view
// model; this file only draws it (DOM calls and textContent, never HTML strings) and handles keys.
// The session lives in the webview state, so a hidden panel comes back mid-rehearsal.
import type { RehearsalCueCard as CueCard } from '../../../server/src/protocol';
import { ratingForKey, REHEARSAL_RATINGS, RehearsalSession, rehearsalSessionView, type RehearsalSnapshot, type RehearsalSessionView } from '../../../server/src/views/rehearsal-session';
import type { FromRehearsalWebview, ToRehearsalWebview } from './rehearsal-messages';

type RehearsalRating = (typeof REHEARSAL_RATINGS)[number];

interface SavedState {
  readonly storyId: string;
  readonly card: CueCard;
  readonly record: string;
  readonly snapshot: RehearsalSnapshot;
  readonly status: string;
}
interface VsCodeApi {
  postMessage(message: FromRehearsalWebview): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const TICK_MS = 250;
let storyId = '';
let record = '';
let status = '';
let session: RehearsalSession | null = null;
let generation = 0;
let parts: { row: HTMLElement; time: HTMLElement }[] = [];
let timerText: HTMLElement;
let timerBar: HTMLElement;
let timerBox: HTMLElement;
let reveal: HTMLElement;
let summary: HTMLElement;
let controls: HTMLElement;
let statusLine: HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function button(label: string, key: string, action: () => void): HTMLButtonElement {
  const element = el('button', 'action');
  element.type = 'button';
  element.append(el('span', 'label', label), el('kbd', undefined, key));
  element.addEventListener('click', action);
  return element;
}

/** Builds the page for a card: the parts that never change are drawn once. */
function mount(card: CueCard): void {
  const view = rehearsalSessionView(session as RehearsalSession, Date.now());
  const header = el('header');
  header.append(el('h1', 'title', view.title), el('p', 'plan', `${view.kind} · ${view.plan} · ${record}`));
  const opening = el('p', 'opening');
  if (view.opening) opening.append(el('span', 'cue-label', 'Open with '), el('q', undefined, view.opening));

  const list = el('ol', 'parts');
  parts = view.parts.map((part) => {
    const row = el('li', 'part');
    const figures = el('span', 'figures');
    for (const figure of part.figures) figures.append(el('span', 'figure', figure));
    const time = el('span', 'time');
    row.append(el('span', 'part-label', part.label), el('span', 'first-words', part.firstWords), figures, time);
    list.append(row);
    return { row, time };
  });
  const lesson = el('p', 'lesson');
  if (card.lesson) lesson.append(el('span', 'cue-label', 'Lesson '), el('span', undefined, card.lesson));

  timerBox = el('div', 'timer');
  timerText = el('span', 'timer-text');
  timerText.setAttribute('role', 'timer');
  const track = el('div', 'track');
  timerBar = el('div', 'bar');
  track.append(timerBar);
  timerBox.append(timerText, track);
  reveal = el('blockquote', 'reveal');
  summary = el('ul', 'summary');
  summary.setAttribute('aria-live', 'polite');
  controls = el('div', 'controls');
  statusLine = el('p', 'status');
  statusLine.setAttribute('aria-live', 'polite');
  app.replaceChildren(header, opening, list, lesson, timerBox, reveal, summary, controls, statusLine);
}

let lastControls = '';

function update(): void {
  if (!session) return;
  const view = rehearsalSessionView(session, Date.now());
  view.parts.forEach((part, index) => {
    parts[index].row.className = `part ${part.state}`;
    parts[index].row.toggleAttribute('aria-current', part.state === 'current');
    parts[index].time.textContent = part.time ?? '';
  });
  timerBox.className = `timer ${view.phase} ${view.timer.tone}`;
  timerText.textContent = `${view.timer.elapsed} / ${view.timer.planned}`;
  timerBar.style.width = `${Math.min(100, Math.round(view.timer.fraction * 100))}%`;
  reveal.textContent = view.revealed ?? '';
  reveal.hidden = view.revealed === null;
  drawSummary(view);
  drawControls(view);
  statusLine.textContent = status;
  vscode.setState({ storyId, card: session.card, record, snapshot: session.snapshot(), status });
  report(view);
}

function drawSummary(view: RehearsalSessionView): void {
  const lines = view.summary ? [view.summary.overall, ...view.summary.splits.map((split) => split.message)] : [];
  if (summary.childElementCount === lines.length) return;
  summary.replaceChildren(
    ...lines.map((line, index) => el('li', index === 0 ? 'overall' : `split ${view.summary?.splits[index - 1].verdict ?? ''}`, line)),
  );
}

/** The buttons for the phase: every action has one, so the panel works from the keyboard alone or the mouse. */
function drawControls(view: RehearsalSessionView): void {
  const key = `${view.phase}:${view.revealed !== null}`;
  if (key === lastControls) return;
  lastControls = key;
  const buttons: HTMLButtonElement[] = [];
  if (view.phase === 'ready') buttons.push(button('Start', 'Space', () => act('next')));
  if (view.phase === 'running') {
    const last = view.current === view.parts.length - 1;
    buttons.push(button(last ? 'Finish' : 'Next part', 'Space', () => act('next')), button(view.revealed ? 'Hide text' : 'Reveal text', 'R', () => act('reveal')));
  }
  if (view.phase === 'rating') {
    const prompt = el('span', 'prompt', 'How did it go?');
    controls.replaceChildren(prompt, ...REHEARSAL_RATINGS.map((rating, index) => button(capitalise(rating), String(index + 1), () => rate(rating))));
    (controls.querySelector('button') as HTMLButtonElement | null)?.focus();
    return;
  }
  if (view.phase === 'done') buttons.push(button('Rehearse again', 'Enter', restart));
  controls.replaceChildren(...buttons);
  buttons[0]?.focus();
}

function act(action: 'next' | 'reveal'): void {
  if (!session) return;
  if (action === 'next') session.next(Date.now());
  else session.toggleReveal();
  update();
}

function rate(rating: RehearsalRating): void {
  if (!session || session.phase !== 'rating') return;
  session.rate(rating);
  status = 'Logging…';
  update();
  vscode.postMessage({ type: 'finished', storyId, measured: session.measuredSeconds(), rating });
}

function restart(): void {
  if (!session) return;
  session = new RehearsalSession(session.card);
  status = '';
  lastControls = '';
  update();
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

function report(view: RehearsalSessionView): void {
  vscode.postMessage({
    type: 'state',
    state: {
      storyId,
      phase: view.phase,
      current: view.current,
      title: (app.querySelector('.title') as HTMLElement | null)?.textContent ?? '',
      opening: (app.querySelector('.opening q') as HTMLElement | null)?.textContent ?? '',
      parts: parts.map(({ row }, index) => [...[...row.children].map(shownText), view.parts[index].state].join('|')),
      timer: timerText.textContent ?? '',
      tone: view.timer.tone,
      summary: [...summary.children].map((child) => child.textContent ?? ''),
      status,
      generation: ++generation,
    },
  });
}

/** An element's text as read: figures one by one. */
function shownText(element: Element): string {
  return element.classList.contains('figures') ? [...element.children].map((child) => child.textContent ?? '').join(' · ') : (element.textContent ?? '');
}

function onKey(event: KeyboardEvent): void {
  if (!session || event.altKey || event.ctrlKey || event.metaKey) return;
  // A focused button answers Space and Enter itself (a click): the page must not act twice.
  if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
  const phase = session.phase;
  if (phase === 'rating') {
    const rating = ratingForKey(event.key);
    if (rating) {
      event.preventDefault();
      rate(rating);
    }
    return;
  }
  if (event.key === ' ' || event.key === 'Enter' || event.key === 'ArrowRight') {
    event.preventDefault();
    if (phase === 'done') restart();
    else act('next');
  } else if ((event.key === 'r' || event.key === 'R') && phase === 'running') {
    event.preventDefault();
    act('reveal');
  }
}

function load(next: SavedState): void {
  storyId = next.storyId;
  record = next.record;
  status = next.status;
  session = new RehearsalSession(next.card, next.snapshot);
  lastControls = '';
  mount(next.card);
  update();
}

document.addEventListener('keydown', onKey);
setInterval(() => {
  if (session?.phase === 'running') update();
}, TICK_MS);

window.addEventListener('message', (event: MessageEvent<ToRehearsalWebview>) => {
  const message = event.data;
  if (message.type === 'load') {
    const saved = vscode.getState();
    // The same story mid-rehearsal (the panel was hidden, or the command re-run): carry on with it.
    const carryOn = saved !== undefined && saved.storyId === message.storyId && saved.snapshot.phase !== 'done';
    if (carryOn) load({ ...saved, record: message.record });
    else load({ storyId: message.storyId, card: message.card, record: message.record, snapshot: new RehearsalSession(message.card).snapshot(), status: '' });
  } else if (message.type === 'logged') {
    status = message.message;
    if (message.ok) record = message.message;
    update();
  } else if (message.type === 'testKey') {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: message.key, bubbles: true, cancelable: true }));
  }
});

const saved = vscode.getState();
if (saved) load(saved);
vscode.postMessage({ type: 'ready' });
