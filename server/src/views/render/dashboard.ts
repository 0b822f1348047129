// The dashboard, drawn from its model: the same tree for the standalone page (`bank --format html`)
// and the VS Code webview. `host` decides only what "write a story for this" does: a button the
// editor answers with a new file, or the skeleton to copy in a page.
import type { DashboardModel } from '../dashboard';
import { formatDuration } from '../dates';
import { balanceBar, heatMapChart, readinessRing, sparkline, speakingChart } from './charts';
import { h, type Child, type ChildArg, type VElement } from './node';

export type DashboardHost = 'editor' | 'page';

export function renderDashboard(model: DashboardModel, host: DashboardHost): VElement {
  const index = new Map(model.stories.map((story, position) => [story.id, position]));
  const link = (id: string, title: string): VElement => h('a', { class: 'story-link', href: `#story-${index.get(id) ?? 0}`, 'data-story': id }, title);
  return h(
    'main',
    { class: 'dashboard', 'data-view': 'dashboard' },
    h('header', null, h('h1', null, model.title), h('p', { class: 'subtitle' }, model.subtitle)),
    section('readiness', 'Readiness', readinessPanel(model)),
    section('coverage', 'Coverage', coveragePanel(model, link)),
    section('balance', 'Balance', balancePanel(model)),
    section('speaking', 'Speaking time', speakingPanel(model, link)),
    section('findings', 'Open findings', findingsPanel(model, link)),
    section('rehearsals', 'Rehearsals', rehearsalPanel(model, link)),
    section('gaps', 'Questions without a story', gapsPanel(model, host, link)),
    section('stories', 'Stories', storiesPanel(model)),
  );
}

function section(id: string, title: string, ...content: ChildArg[]): VElement {
  return h('section', { id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), content);
}

/** A chart with its live detail line and its table equivalent. */
function figure(chart: VElement, caption: string, table: VElement | null): VElement {
  return h(
    'figure',
    null,
    h('div', { class: 'chart-scroll' }, chart),
    h('figcaption', null, caption),
    h('p', { class: 'detail', 'aria-live': 'polite' }),
    table && h('details', { class: 'table-equivalent' }, h('summary', null, 'Show as a table'), table),
  );
}

function table(headers: readonly string[], rows: readonly (readonly ChildArg[])[], caption?: string): VElement {
  return h(
    'table',
    null,
    caption && h('caption', null, caption),
    h('thead', null, h('tr', null, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', null, rows.map((cells) => h('tr', null, cells.map((cell, column) => (column === 0 ? h('th', { scope: 'row' }, cell) : h('td', null, cell)))))),
  );
}

function readinessPanel(model: DashboardModel): VElement {
  return h(
    'div',
    { class: 'readiness' },
    model.readiness.map((measure) => h('div', { class: 'measure', 'data-measure': measure.id }, readinessRing(measure), h('div', null, h('strong', null, measure.label), h('p', null, measure.text)))),
  );
}

type Link = (id: string, title: string) => VElement;

function coveragePanel(model: DashboardModel, link: Link): Child[] {
  const { heatMap } = model;
  if (heatMap.stories.length === 0 || heatMap.rows.length === 0) return [h('p', { class: 'empty' }, 'No competencies yet: tag stories with Competencies: or add a target role.')];
  const titles = new Map(heatMap.stories.map((story) => [story.id, story.title]));
  const storiesWith = (row: (typeof heatMap.rows)[number], source: string): Child[] =>
    row.cells.filter((cell) => cell.source === source).flatMap((cell, position) => [position > 0 ? ', ' : '', link(cell.story, titles.get(cell.story) ?? cell.story)]);
  return [
    h(
      'ul',
      { class: 'legend' },
      h('li', null, h('span', { class: 'swatch cell-tagged' }), 'tagged by the story'),
      h('li', null, h('span', { class: 'swatch cell-inferred' }), 'inferred from its text'),
      h('li', null, '★ weighed by the target role'),
    ),
    figure(
      heatMapChart(heatMap),
      'Competencies (the role’s first) against stories. Select a cell to open the story.',
      table(
        ['Competency', 'Role weighs it', 'Tagged', 'Inferred'],
        heatMap.rows.map((row) => [row.name, row.weighted ? 'yes' : 'no', storiesWith(row, 'tagged'), storiesWith(row, 'inferred')]),
      ),
    ),
  ];
}

function balancePanel(model: DashboardModel): Child[] {
  const { balance } = model;
  return [
    figure(balanceBar(balance), balance.text, null),
    h('ul', { class: 'legend' }, balance.slices.map((slice) => h('li', null, h('span', { class: `swatch kind-${slice.kind}` }), `${slice.label}: ${slice.count}`))),
  ];
}

function speakingPanel(model: DashboardModel, link: Link): Child[] {
  const { speakingTime } = model;
  if (speakingTime.bars.length === 0) return [h('p', { class: 'empty' }, 'No stories yet.')];
  const summary = `${speakingTime.long} running long, ${speakingTime.short} running short. The tick marks each story’s Target.`;
  return [
    figure(
      speakingChart(speakingTime),
      summary,
      table(
        ['Story', 'Speaking time', 'Target', 'Status'],
        speakingTime.bars.map((bar) => [link(bar.story, bar.title), formatDuration(bar.seconds), bar.target === null ? '—' : formatDuration(bar.target), bar.status === 'ok' ? 'on target' : `runs ${bar.status}`]),
      ),
    ),
  ];
}

function findingsPanel(model: DashboardModel, link: Link): Child[] {
  const { findings } = model;
  const titles = new Map(model.stories.map((story) => [story.id, story.title]));
  const perStory =
    findings.rows.length === 0
      ? h('p', { class: 'empty' }, 'No story has an open finding.')
      : table(
          ['Story', 'Errors', 'Warnings', 'Other', ...findings.guidelines],
          findings.rows.map((row) => [
            link(row.story, row.title),
            String(row.counts.error),
            String(row.counts.warning),
            String(row.counts.info + row.counts.hint),
            ...row.byGuideline.map((count) => (count > 0 ? String(count) : '')),
          ]),
          `${findings.rows.length} ${findings.rows.length === 1 ? 'story has' : 'stories have'} open findings; ${findings.cleanStories} ${findings.cleanStories === 1 ? 'is' : 'are'} clean. Columns after the counts are guidelines.`,
        );
  const bank =
    findings.bank.length === 0
      ? null
      : h(
          'div',
          null,
          h('h3', null, 'About the bank'),
          h(
            'ul',
            { class: 'bank-findings' },
            findings.bank.map((finding) =>
              h(
                'li',
                { class: `severity-${finding.severity}` },
                h('span', { class: 'badge' }, finding.severity),
                ' ',
                finding.message,
                ' ',
                h('code', null, finding.rule),
                finding.stories.map((story) => [' · ', link(story, titles.get(story) ?? story)]),
              ),
            ),
          ),
        );
  return [perStory, bank].filter((child): child is VElement => child !== null);
}

function rehearsalPanel(model: DashboardModel, link: Link): Child[] {
  const { rehearsals } = model;
  const interview = rehearsals.daysToInterview === null ? '' : rehearsals.daysToInterview === 0 ? ' The interview is today.' : ` The interview is in ${rehearsals.daysToInterview} days.`;
  return [
    h('p', null, `${rehearsals.rehearsed} of ${rehearsals.rows.length} stories rehearsed (${rehearsals.total} rehearsals); ${rehearsals.due} due now.${interview}`),
    table(
      ['Story', 'Rehearsals', 'Last', 'Next', 'Timing trend'],
      rehearsals.rows.map((row) => [
        link(row.story, row.title),
        String(row.count),
        row.last === null ? 'never' : row.daysSince === null ? row.last : `${row.last} (${row.daysSince === 0 ? 'today' : `${row.daysSince} d ago`})`,
        row.due ? h('span', { class: 'badge due' }, 'due') : (row.next ?? '—'),
        h('span', { class: 'trend' }, sparkline(row.timings, row.target, `${row.title}: ${row.text}`), ' ', row.trend ?? (row.timings.length === 1 ? formatDuration(row.timings[0]) : '')),
      ]),
    ),
  ];
}

/** Gaps shown before the rest fold away (the most urgent come first). */
const GAPS_SHOWN = 6;

function gapsPanel(model: DashboardModel, host: DashboardHost, link: Link): ChildArg[] {
  if (model.gaps.length === 0) return [h('p', { class: 'empty' }, 'Every question has a story.')];
  const item = (gap: DashboardModel['gaps'][number]): VElement =>
    h(
      'li',
      { 'data-gap': gap.question },
      h('p', { class: 'question' }, gap.text),
      h(
        'p',
        { class: 'meta' },
        `Kind: ${gap.kind}`,
        gap.competencies.length > 0 ? ` · probes ${gap.competencies.join(', ')}` : '',
        gap.best ? [' · closest: ', link(gap.best.story, gap.best.title), ` (${Math.round(gap.best.score * 100)}%)`] : ' · no story comes close',
      ),
      host === 'editor'
        ? h('button', { type: 'button', class: 'write', 'data-write': gap.question }, 'Write a story for this')
        : h('details', { class: 'skeleton' }, h('summary', null, 'Write a story for this'), h('p', null, `Save as ${gap.fileName}:`), h('pre', null, gap.skeleton), h('button', { type: 'button', 'data-copy': '' }, 'Copy')),
    );
  const rest = model.gaps.slice(GAPS_SHOWN);
  return [
    h('p', null, `${model.gaps.length} ${model.gaps.length === 1 ? 'question has' : 'questions have'} no story that fits well; those the role weighs come first.`),
    h('ul', { class: 'gaps' }, model.gaps.slice(0, GAPS_SHOWN).map(item)),
    rest.length > 0 && h('details', { class: 'more-gaps' }, h('summary', null, `${rest.length} more`), h('ul', { class: 'gaps' }, rest.map(item))),
  ];
}

function storiesPanel(model: DashboardModel): Child[] {
  if (model.stories.length === 0) return [h('p', { class: 'empty' }, 'No stories yet.')];
  const bars = new Map(model.speakingTime.bars.map((bar) => [bar.story, bar]));
  const findings = new Map(model.findings.rows.map((row) => [row.story, row]));
  const rehearsals = new Map(model.rehearsals.rows.map((row) => [row.story, row]));
  return [
    h(
      'table',
      { class: 'stories' },
      h('thead', null, h('tr', null, ['Story', 'Kind', 'When', 'Competencies', 'Time', 'Findings', 'Rehearsed', 'File'].map((header) => h('th', { scope: 'col' }, header)))),
      h(
        'tbody',
        null,
        model.stories.map((story, position) => {
          const found = findings.get(story.id);
          return h(
            'tr',
            { id: `story-${position}`, 'data-story-row': story.id },
            h('th', { scope: 'row' }, h('a', { class: 'story-link story-title', href: `#story-${position}`, 'data-story': story.id }, story.title)),
            h('td', null, story.kind),
            h('td', null, story.when ?? '—'),
            h('td', null, story.competencies.flatMap((competency, index) => [index > 0 ? ', ' : '', competency.inferred ? h('em', { title: 'inferred' }, `${competency.name} (inferred)`) : competency.name])),
            h('td', null, formatDuration(bars.get(story.id)?.seconds ?? 0)),
            h('td', null, found ? `${found.total}` : '0'),
            h('td', null, String(rehearsals.get(story.id)?.count ?? 0)),
            h('td', null, h('code', null, `${story.path}:${story.line}`)),
          );
        }),
      ),
    ),
  ];
}
