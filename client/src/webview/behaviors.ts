// What the rendered views do in a browser: chart marks report their detail in the live line beside
// the chart, stories and gaps answer clicks and Enter/Space. Shared by the standalone page and the
// VS Code webview; only the host (what "open a story" means) differs. Text is set with textContent.

export interface ViewHost {
  /** Opens a story; returns true when it handled the click (the page's own link is then skipped). */
  openStory(storyId: string): boolean;
  writeStory(questionId: string): void;
}

export function attachBehaviors(document: Document, host: ViewHost): void {
  const showDetail = (target: EventTarget | null): void => {
    const mark = target instanceof Element ? target.closest('[data-detail]') : null;
    if (!mark) return;
    const line = mark.closest('figure')?.querySelector('.detail');
    if (line) line.textContent = mark.getAttribute('data-detail') ?? '';
  };
  document.addEventListener('focusin', (event) => showDetail(event.target));
  document.addEventListener('mouseover', (event) => showDetail(event.target));

  const activate = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const write = target.closest('[data-write]');
    if (write) {
      event.preventDefault();
      host.writeStory(write.getAttribute('data-write') ?? '');
      return;
    }
    const copy = target.closest('[data-copy]');
    if (copy) {
      const text = copy.parentElement?.querySelector('pre')?.textContent ?? '';
      void navigator.clipboard?.writeText(text).then(() => (copy.textContent = 'Copied'), () => (copy.textContent = 'Select the text to copy'));
      return;
    }
    const story = target.closest('[data-story]');
    if (story && host.openStory(story.getAttribute('data-story') ?? '')) event.preventDefault();
  };
  document.addEventListener('click', activate);
  // SVG marks and labels are focusable with role=button: Enter and Space act like a click.
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (target.closest('svg') && target.getAttribute('role') === 'button') {
      event.preventDefault();
      activate(event);
    }
  });
}

/** The standalone page's host: a story scrolls to its row in the story table. */
export function pageHost(document: Document): ViewHost {
  return {
    openStory(storyId) {
      const row = [...document.querySelectorAll('tr[data-story-row]')].find((candidate) => candidate.getAttribute('data-story-row') === storyId);
      if (!row) return false;
      document.location.hash = row.id;
      row.querySelector('a')?.focus();
      return true;
    },
    writeStory(questionId) {
      const gap = [...document.querySelectorAll('[data-gap]')].find((candidate) => candidate.getAttribute('data-gap') === questionId);
      const details = gap?.querySelector('details');
      if (details) details.open = true;
    },
  };
}
