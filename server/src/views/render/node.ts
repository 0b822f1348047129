// A tiny element tree: the renderers build it once; `toHtml` serialises it with escaping (CLI,
// standalone files) and `toDom` mounts it with DOM calls (webviews). Text is always text: there is
// no way to put markup in a text node, and event-handler attributes are refused.

export type Child = VElement | string;
export type AttrValue = string | number | boolean | null | undefined;

export interface VElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly Child[];
}

export type ChildArg = Child | null | undefined | false | readonly ChildArg[];

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTRIBUTE = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;

export function h(tag: string, attrs: Readonly<Record<string, AttrValue>> | null = null, ...children: ChildArg[]): VElement {
  if (!NAME.test(tag) || tag.toLowerCase() === 'script' || tag.toLowerCase() === 'style') throw new Error(`not an element the views may build: ${tag}`);
  for (const name of Object.keys(attrs ?? {})) {
    if (!ATTRIBUTE.test(name) || /^on/i.test(name) || name.toLowerCase() === 'style') throw new Error(`not an attribute the views may set: ${name}`);
  }
  const flat: Child[] = [];
  const add = (child: ChildArg): void => {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) (child as readonly ChildArg[]).forEach(add);
    else flat.push(child as Child);
  };
  children.forEach(add);
  return { tag, attrs: attrs ?? {}, children: flat };
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** HTML for a tree; every text and attribute value escaped. */
export function toHtml(node: Child): string {
  if (typeof node === 'string') return escapeHtml(node);
  let attributes = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    attributes += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attributes}>`;
  return `<${node.tag}${attributes}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The part of the DOM `toDom` needs (kept structural so the server code needs no DOM types). */
export interface DomDocument {
  createElement(tag: string): DomElement;
  createElementNS(namespace: string, tag: string): DomElement;
  createTextNode(text: string): unknown;
}
export interface DomElement {
  setAttribute(name: string, value: string): void;
  appendChild(child: never): unknown;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** DOM nodes for a tree: text through text nodes, never parsed as HTML. */
export function toDom(node: Child, document: DomDocument, inSvg = false): unknown {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const element = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) element.appendChild(toDom(child, document, svg && node.tag !== 'foreignObject') as never);
  return element;
}

/** Every text of a tree, in order (for tests and text equivalents). */
export function textOf(node: Child): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
