// Plain-SVG charts over the view models. Colours come from CSS classes (theme variables), never from
// inline styles, so a strict CSP holds; every mark that carries data is focusable and has a text
// equivalent (`aria-label`, `<title>`, `data-detail` for the live detail line).
import type { Balance } from '../balance';
import type { HeatMap } from '../coverage';
import { formatDuration } from '../dates';
import type { ReadinessMeasure } from '../readiness';
import type { SpeakingTime } from '../speaking-time';
import { h, type VElement } from './node';

const round = (value: number): number => Math.round(value * 10) / 10;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A readiness ring: the share done, with the figure in the middle. */
export function readinessRing(measure: ReadinessMeasure): VElement {
  const radius = 26;
  const circumference = 2 * Math.PI * radius;
  const ratio = measure.ratio ?? 0;
  const level = measure.ratio === null ? 'none' : ratio >= 0.8 ? 'good' : ratio >= 0.5 ? 'fair' : 'poor';
  return h(
    'svg',
    { class: 'ring', viewBox: '0 0 64 64', width: 64, height: 64, role: 'img', 'aria-label': `${measure.label}: ${measure.text}` },
    h('circle', { class: 'ring-track', cx: 32, cy: 32, r: radius, fill: 'none', 'stroke-width': 7 }),
    measure.ratio !== null &&
      h('circle', {
        class: `ring-value level-${level}`,
        cx: 32,
        cy: 32,
        r: radius,
        fill: 'none',
        'stroke-width': 7,
        'stroke-dasharray': `${round(circumference * ratio)} ${round(circumference)}`,
        transform: 'rotate(-90 32 32)',
      }),
    h('text', { class: 'ring-label', x: 32, y: 37, 'text-anchor': 'middle' }, measure.ratio === null ? '–' : `${Math.round(ratio * 100)}%`),
  );
}

/** Balance as one stacked bar, a segment per kind. */
export function balanceBar(model: Balance): VElement {
  const width = 320;
  let x = 0;
  const segments = model.slices
    .filter((slice) => slice.count > 0)
    .map((slice) => {
      const segment = h(
        'rect',
        {
          class: `kind-${slice.kind} mark`,
          x: round(x),
          y: 0,
          width: round(slice.ratio * width),
          height: 24,
          tabindex: 0,
          'data-detail': `${slice.label}: ${slice.count} of ${model.total}`,
          'aria-label': `${slice.label}: ${slice.count} of ${model.total}`,
        },
        h('title', null, `${slice.label}: ${slice.count}`),
      );
      x += slice.ratio * width;
      return segment;
    });
  return h(
    'svg',
    { class: 'chart balance-chart', viewBox: `0 0 ${width} 24`, width, height: 24, role: 'group', 'aria-label': `Balance: ${model.text}` },
    model.total === 0 ? h('rect', { class: 'empty', x: 0, y: 0, width, height: 24 }) : segments,
  );
}

/** The coverage heat map: a row per competency, a column per story. */
export function heatMapChart(model: HeatMap): VElement {
  const cell = 22;
  const gap = 4;
  const labelWidth = 230;
  const headerHeight = 150;
  // Room on the right for the last rotated story title.
  const width = labelWidth + model.stories.length * (cell + gap) + 40 + Math.round(headerHeight * 0.6);
  const height = headerHeight + model.rows.length * (cell + gap) + 4;
  const titles = new Map(model.stories.map((story) => [story.id, story.title]));
  const headers = model.stories.map((story, column) => {
    const x = labelWidth + column * (cell + gap) + cell / 2;
    return h(
      'text',
      { class: 'axis-label story-link', x, y: headerHeight - 8, transform: `rotate(-55 ${x} ${headerHeight - 8})`, 'data-story': story.id, tabindex: 0, role: 'button', 'aria-label': `Open story ${story.title}` },
      truncate(story.title, 26),
      h('title', null, story.title),
    );
  });
  const rows = model.rows.map((row, index) => {
    const y = headerHeight + index * (cell + gap);
    const label = h('text', { class: `axis-label${row.weighted ? ' weighted' : ''}`, x: labelWidth - 8, y: y + cell * 0.7, 'text-anchor': 'end' }, `${row.weighted ? '★ ' : ''}${truncate(row.name, 30)}`, h('title', null, row.name));
    const cells = row.cells.map((entry, column) => {
      const x = labelWidth + column * (cell + gap);
      if (entry.source === null) return h('rect', { class: 'cell cell-none', x, y, width: cell, height: cell, rx: 3 });
      const detail = `${titles.get(entry.story) ?? entry.story}: ${row.name} (${entry.source})`;
      return h(
        'rect',
        { class: `cell cell-${entry.source} mark`, x, y, width: cell, height: cell, rx: 3, tabindex: 0, role: 'button', 'data-story': entry.story, 'data-detail': detail, 'aria-label': detail },
        h('title', null, detail),
      );
    });
    const count = h('text', { class: 'axis-label count', x: labelWidth + model.stories.length * (cell + gap) + 4, y: y + cell * 0.7 }, String(row.count));
    return h('g', { class: 'heat-row' }, label, cells, count);
  });
  return h(
    'svg',
    { class: 'chart heat-map', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Coverage heat map: competencies by story; filled cells are tagged, outlined cells inferred' },
    headers,
    rows,
  );
}

/** Speaking time: a bar per story, its Target as a tick. */
export function speakingChart(model: SpeakingTime): VElement {
  const labelWidth = 210;
  const barArea = 300;
  const row = 24;
  const width = labelWidth + barArea + 60;
  const height = model.bars.length * row + 24;
  const scale = (seconds: number): number => round((seconds / model.axisSeconds) * barArea);
  const ticks: VElement[] = [];
  for (let seconds = 0; seconds <= model.axisSeconds; seconds += model.axisSeconds > 300 ? 120 : 60) {
    const x = labelWidth + scale(seconds);
    ticks.push(h('line', { class: 'grid', x1: x, x2: x, y1: 0, y2: height - 18 }), h('text', { class: 'axis-label', x, y: height - 4, 'text-anchor': 'middle' }, formatDuration(seconds)));
  }
  const bars = model.bars.map((bar, index) => {
    const y = index * row;
    const detail = `${bar.title}: ${bar.text}`;
    return h(
      'g',
      null,
      h('text', { class: 'axis-label story-link', x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', 'data-story': bar.story, tabindex: 0, role: 'button', 'aria-label': `Open story ${bar.title}` }, truncate(bar.title, 30), h('title', null, bar.title)),
      h(
        'rect',
        { class: `bar speaking-${bar.status} mark`, x: labelWidth, y: y + 4, width: Math.max(1, scale(bar.seconds)), height: row - 8, tabindex: 0, 'data-story': bar.story, 'data-detail': detail, 'aria-label': detail },
        h('title', null, detail),
      ),
      bar.target !== null && h('line', { class: 'target-tick', x1: labelWidth + scale(bar.target), x2: labelWidth + scale(bar.target), y1: y + 1, y2: y + row - 1, 'stroke-width': 3 }),
      h('text', { class: 'axis-label value', x: labelWidth + scale(bar.seconds) + 6, y: y + 15 }, formatDuration(bar.seconds)),
    );
  });
  return h('svg', { class: 'chart speaking-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Speaking time per story against its target' }, ticks, bars);
}

/** A rehearsal timing sparkline, the Target as a dashed line. */
export function sparkline(timings: readonly number[], target: number | null, label: string): VElement {
  const width = 96;
  const height = 24;
  if (timings.length === 0) return h('svg', { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `${label}: no timings` });
  const top = Math.max(...timings, target ?? 0) * 1.1;
  const y = (seconds: number): number => round(height - 2 - (seconds / top) * (height - 4));
  const x = (index: number): number => (timings.length === 1 ? width / 2 : round(2 + (index / (timings.length - 1)) * (width - 4)));
  const points = timings.map((seconds, index) => `${x(index)},${y(seconds)}`).join(' ');
  return h(
    'svg',
    { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label },
    target !== null && h('line', { class: 'target-line', x1: 0, x2: width, y1: y(target), y2: y(target), 'stroke-dasharray': '3 2' }),
    h('polyline', { class: 'spark', points, fill: 'none', 'stroke-width': 1.5 }),
    timings.map((seconds, index) => h('circle', { class: 'spark-dot', cx: x(index), cy: y(seconds), r: 2 })),
  );
}
