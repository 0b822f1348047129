import * as assert from 'node:assert/strict';
import { dashboardModel } from '../../../server/src/views/dashboard';
import { viewOptions } from '../../../server/src/views/options';
import { renderDashboard } from '../../../server/src/views/render/dashboard';
import { h, textOf, toDom, toHtml, type DomDocument } from '../../../server/src/views/render/node';
import { renderPage, standaloneCsp } from '../../../server/src/views/render/page';
import { dashboardHtml, sheetHtml, sheetMarkdown } from '../../../server/src/views/render/pages';
import { escapeMarkdown } from '../../../server/src/views/render/sheet';
import { emptyReport, loadReport, PROBE_TITLE } from './fixtures';

/** A recording stand-in for the DOM: enough to check what toDom creates. */
class FakeNode {
  readonly children: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  constructor(
    readonly kind: 'element' | 'text',
    readonly name: string,
    readonly namespace: string | null = null,
  ) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  appendChild(child: FakeNode): void {
    this.children.push(child);
  }
}
const fakeDocument: DomDocument = {
  createElement: (tag) => new FakeNode('element', tag),
  createElementNS: (namespace, tag) => new FakeNode('element', tag, namespace),
  createTextNode: (text) => new FakeNode('text', text),
};

describe('views: rendering', () => {
  const report = loadReport();

  it('escapes every text and attribute value', () => {
    const html = toHtml(h('p', { title: '"><script>x</script>' }, PROBE_TITLE));
    assert.equal(html, '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>');
  });

  it('refuses event handlers, style attributes and script elements', () => {
    assert.throws(() => h('div', { onclick: 'x()' }), /attribute/);
    assert.throws(() => h('div', { OnLoad: 'x()' }), /attribute/);
    assert.throws(() => h('div', { style: 'color:red' }), /attribute/);
    assert.throws(() => h('script'), /element/);
    assert.throws(() => h('a b'), /element/);
  });

  it('toDom creates text nodes for text, and SVG elements in the SVG namespace', () => {
    const node = toDom(h('div', { class: 'x', hidden: true }, PROBE_TITLE, h('svg', null, h('rect', { width: 3 }))), fakeDocument) as FakeNode;
    assert.equal(node.kind, 'element');
    assert.equal(node.attributes.get('hidden'), '');
    assert.equal(node.children[0].kind, 'text');
    assert.equal(node.children[0].name, PROBE_TITLE);
    assert.equal(node.children[1].namespace, 'http://www.w3.org/2000/svg');
    assert.equal(node.children[1].children[0].namespace, 'http://www.w3.org/2000/svg');
  });

  it('the dashboard tree shows every story title, a chart per panel and the probe as text', () => {
    const tree = renderDashboard(dashboardModel(report, viewOptions(report)), 'editor');
    const text = textOf(tree);
    for (const story of report.stories) assert.ok(text.includes(story.title), story.title);
    const html = toHtml(tree);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal((html.match(/<svg/g) ?? []).length >= 4, true);
    // No tag carries an event handler (text is escaped, so every `<` starts a real tag).
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) assert.ok(!/\son[a-z]+=/i.test(tag.replace(/"[^"]*"/g, '""')), tag);
    // The editor host gets buttons for gaps; the page host gets the skeleton to copy.
    assert.equal((html.match(/data-write="/g) ?? []).length, 4);
    assert.ok(!html.includes('<pre>'));
    const page = toHtml(renderDashboard(dashboardModel(report, viewOptions(report)), 'page'));
    assert.equal((page.match(/<pre>/g) ?? []).length, 4);
    assert.ok(page.includes('Question: Describe how you turned an unhappy customer around.'));
  });

  it('every focusable chart mark has a text equivalent', () => {
    const html = toHtml(renderDashboard(dashboardModel(report, viewOptions(report)), 'page'));
    const marks = html.match(/<rect[^>]*tabindex="0"[^>]*>/g) ?? [];
    assert.ok(marks.length > 20);
    for (const mark of marks) assert.match(mark, /aria-label="[^"]+"/);
  });

  it('the empty bank renders every panel with a sentence, not an error', () => {
    const text = textOf(renderDashboard(dashboardModel(emptyReport(), viewOptions(emptyReport())), 'page'));
    assert.match(text, /No stories yet/);
    assert.match(text, /Every question has a story/);
  });

  it('standalone pages: strict CSP meta, nonce on style and script, nothing external', () => {
    const html = dashboardHtml(report, { nonce: 'n0nce', script: 'document.title += "";' });
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${standaloneCsp('n0nce').replace(/'/g, '&#39;')}">`));
    assert.match(standaloneCsp('n0nce'), /^default-src 'none';/);
    assert.ok(html.includes('<style nonce="n0nce">'));
    assert.ok(html.includes('<script nonce="n0nce">document.title'));
    assert.ok(!/\s(src|href)="(https?:|\/\/)/.test(html));
    assert.ok(!/<link\b/.test(html));
    const sheet = sheetHtml(report, { nonce: 'n0nce' });
    assert.ok(!sheet.includes('<script'));
    assert.ok(sheet.includes('@page'));
    assert.ok(sheet.includes('&lt;img') || !sheet.includes('img src'));
  });

  it('an inline script cannot close its own element early', () => {
    const html = renderPage({ title: 't', body: h('main'), css: 'a{}', csp: "default-src 'none'", nonce: 'n', script: { inline: 'let s = "</script><script>alert(1)</script>";' } });
    assert.equal((html.match(/<\/script>/g) ?? []).length, 1);
  });

  it('the sheet in Markdown keeps text as text', () => {
    const markdown = sheetMarkdown(report);
    assert.match(markdown, /^# Interview sheet: VP Operations, Northwind Logistics$/m);
    assert.match(markdown, /^## 1\. Warehouse consolidation under budget$/m);
    assert.match(markdown, /^- \*\*Lesson:\*\* I now ask for the forecast error range/m);
    assert.match(markdown, /no story yet: prepare an answer/);
    assert.equal(escapeMarkdown('<img src=x onerror=alert(1)> *bold* [link](x) a_b'), '&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](x) a\\_b');
    const probe = sheetMarkdown({ ...report, role: null });
    assert.ok(!probe.includes('<img'));
  });
});
