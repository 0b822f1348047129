// The pages' CSS. Everything draws with --sc-* variables; a theme block maps them: the standalone
// page to its own light and dark palettes (prefers-color-scheme) and system colours (forced-colors),
// the webview to VS Code's theme variables (light, dark and high contrast follow the workbench).

export const STANDALONE_THEME = `
:root { color-scheme: light dark;
  --sc-fg: #1f2328; --sc-bg: #ffffff; --sc-muted: #59636e; --sc-border: #d1d9e0; --sc-panel: #f6f8fa;
  --sc-link: #0969da; --sc-focus: #0969da; --sc-good: #1a7f37; --sc-fair: #9a6700; --sc-poor: #cf222e;
  --sc-achievement: #0969da; --sc-challenge: #8250df; --sc-failure: #bc4c00; --sc-cell: #0969da;
  --sc-font: system-ui, -apple-system, "Segoe UI", sans-serif; --sc-mono: ui-monospace, monospace; }
@media (prefers-color-scheme: dark) { :root {
  --sc-fg: #e6edf3; --sc-bg: #0d1117; --sc-muted: #9198a1; --sc-border: #3d444d; --sc-panel: #151b23;
  --sc-link: #4493f8; --sc-focus: #4493f8; --sc-good: #3fb950; --sc-fair: #d29922; --sc-poor: #f85149;
  --sc-achievement: #4493f8; --sc-challenge: #ab7df8; --sc-failure: #db6d28; --sc-cell: #4493f8; } }
@media (forced-colors: active) { :root {
  --sc-fg: CanvasText; --sc-bg: Canvas; --sc-muted: CanvasText; --sc-border: CanvasText; --sc-panel: Canvas;
  --sc-link: LinkText; --sc-focus: Highlight; --sc-good: CanvasText; --sc-fair: CanvasText; --sc-poor: CanvasText;
  --sc-achievement: Highlight; --sc-challenge: LinkText; --sc-failure: CanvasText; --sc-cell: Highlight; }
  svg { forced-color-adjust: none; } .mark, .cell, .bar { stroke: CanvasText; } }
`;

export const WEBVIEW_THEME = `
:root {
  --sc-fg: var(--vscode-foreground); --sc-bg: var(--vscode-editor-background); --sc-muted: var(--vscode-descriptionForeground);
  --sc-border: var(--vscode-panel-border, var(--vscode-widget-border, rgba(128,128,128,.35))); --sc-panel: var(--vscode-sideBar-background, transparent);
  --sc-link: var(--vscode-textLink-foreground); --sc-focus: var(--vscode-focusBorder);
  --sc-good: var(--vscode-charts-green); --sc-fair: var(--vscode-charts-yellow); --sc-poor: var(--vscode-charts-red);
  --sc-achievement: var(--vscode-charts-blue); --sc-challenge: var(--vscode-charts-purple); --sc-failure: var(--vscode-charts-orange);
  --sc-cell: var(--vscode-charts-blue); --sc-font: var(--vscode-font-family); --sc-mono: var(--vscode-editor-font-family); }
body.vscode-high-contrast .mark, body.vscode-high-contrast .cell, body.vscode-high-contrast .bar { stroke: var(--vscode-contrastBorder); stroke-width: 1px; }
body.vscode-high-contrast section, body.vscode-high-contrast .card { border-color: var(--vscode-contrastBorder); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); }
button:hover { background: var(--vscode-button-hoverBackground); }
.toolbar { position: sticky; top: 0; background: var(--sc-bg); padding: 6px 0; z-index: 1; }
`;

const BASE = `
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 40px; color: var(--sc-fg); background: var(--sc-bg); font: 14px/1.45 var(--sc-font); }
h1 { font-size: 1.6em; margin: 0 0 2px; } h2 { font-size: 1.15em; margin: 0 0 10px; } h3 { font-size: 1em; margin: 14px 0 6px; }
.subtitle, figcaption, .meta, .empty, .detail { color: var(--sc-muted); }
a, .story-link { color: var(--sc-link); cursor: pointer; text-decoration: none; }
a:hover { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--sc-focus); outline-offset: 2px; }
svg :focus-visible, svg .mark:focus { outline: none; stroke: var(--sc-focus); stroke-width: 3px; }
code, pre { font-family: var(--sc-mono); font-size: 0.92em; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--sc-border); vertical-align: top; }
thead th { font-weight: 600; color: var(--sc-muted); }
caption { text-align: left; color: var(--sc-muted); padding-bottom: 4px; }
button { font: inherit; padding: 3px 10px; border-radius: 3px; cursor: pointer; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; font-size: 0.85em; }
.badge.due, .severity-error .badge { color: var(--sc-poor); } .severity-warning .badge { color: var(--sc-fair); }
`;

export const DASHBOARD_CSS = `${BASE}
.dashboard { max-width: 1100px; }
.dashboard header { margin-bottom: 12px; }
section { border: 1px solid var(--sc-border); border-radius: 6px; padding: 12px 16px; margin: 12px 0; background: var(--sc-panel); }
figure { margin: 0; } .chart-scroll { overflow-x: auto; }
.detail { min-height: 1.45em; margin: 4px 0; }
.readiness { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; }
.measure { display: flex; gap: 10px; align-items: center; } .measure p { margin: 2px 0 0; color: var(--sc-muted); }
.ring-track { stroke: var(--sc-border); } .ring-value.level-good { stroke: var(--sc-good); } .ring-value.level-fair { stroke: var(--sc-fair); } .ring-value.level-poor { stroke: var(--sc-poor); }
.ring-label { fill: var(--sc-fg); font-size: 14px; font-weight: 600; }
.axis-label { fill: var(--sc-fg); font-size: 12px; } .axis-label.weighted { font-weight: 600; } .axis-label.count { fill: var(--sc-muted); }
text.story-link { fill: var(--sc-link); } text.story-link:focus { outline: none; text-decoration: underline; }
.cell-none { fill: none; stroke: var(--sc-border); stroke-width: 1px; }
.cell-tagged { fill: var(--sc-cell); } .cell-inferred { fill: var(--sc-bg); stroke: var(--sc-cell); stroke-width: 2px; stroke-dasharray: 3 2; }
.mark { cursor: pointer; }
.kind-achievement { fill: var(--sc-achievement); background: var(--sc-achievement); } .kind-challenge { fill: var(--sc-challenge); background: var(--sc-challenge); } .kind-failure { fill: var(--sc-failure); background: var(--sc-failure); }
.balance-chart .mark { stroke: var(--sc-bg); stroke-width: 1px; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; gap: 16px; flex-wrap: wrap; color: var(--sc-muted); }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }
.swatch.cell-tagged { background: var(--sc-cell); } .swatch.cell-inferred { border: 2px dashed var(--sc-cell); }
.grid { stroke: var(--sc-border); stroke-width: 1px; }
.bar.speaking-ok { fill: var(--sc-good); } .bar.speaking-long { fill: var(--sc-poor); } .bar.speaking-short { fill: var(--sc-fair); }
.target-tick { stroke: var(--sc-fg); }
.sparkline { vertical-align: middle; } .spark { stroke: var(--sc-link); } .spark-dot { fill: var(--sc-link); } .target-line { stroke: var(--sc-muted); stroke-width: 1px; }
.gaps { list-style: none; padding: 0; margin: 0; } .gaps li { padding: 8px 0; border-bottom: 1px solid var(--sc-border); }
.gaps .question { margin: 0; font-weight: 600; } .gaps .meta { margin: 2px 0 6px; }
.skeleton pre { background: var(--sc-bg); border: 1px solid var(--sc-border); padding: 8px; white-space: pre-wrap; }
.bank-findings { padding-left: 18px; } .bank-findings li { margin: 3px 0; }
table.stories { width: 100%; } tr:target { background: var(--sc-bg); outline: 2px solid var(--sc-focus); }
`;

export const SHEET_CSS = `${BASE}
.sheet { max-width: 190mm; margin: 0 auto; font-size: 12.5px; line-height: 1.35; }
.sheet header { border-bottom: 2px solid var(--sc-fg); margin-bottom: 8px; padding-bottom: 4px; }
.sheet h1 { font-size: 1.5em; } .sheet h2 { font-size: 1.1em; margin: 8px 0 4px; }
.requirements ol { margin: 0; padding-left: 20px; columns: 2; column-gap: 18px; } .requirements li { break-inside: avoid; margin-bottom: 2px; }
.uncovered { color: var(--sc-poor); }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14px; margin-top: 8px; }
.card { border: 1px solid var(--sc-border); border-radius: 4px; padding: 6px 9px; break-inside: avoid; }
.card h3 { margin: 0; font-size: 1.05em; } .card p { margin: 3px 0; } .card .meta { font-size: 0.9em; }
.card .hook { font-style: italic; }
.card .questions { margin: 3px 0 0; padding-left: 16px; font-size: 0.92em; }
@page { margin: 12mm; }
@media print {
  body { padding: 0; background: #fff; color: #000; font-size: 10.5pt; }
  .sheet { max-width: none; font-size: 9.5pt; }
  .toolbar { display: none; }
  a, .story-link { color: inherit; }
  .card { border-color: #888; }
}
`;
