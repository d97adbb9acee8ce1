/**
 * What a reader reads, line by line in reading order, from any rendering of the guide: the elements'
 * DOM (through their shadow roots, server-rendered or live) or the static snippet. Used by the drift
 * tests to compare the renderings' outputs, both made from one outline (src/lib/guide-outline.ts).
 *
 * Each block-level element starts a line; spaces collapse as a browser shows them, except in `<pre>`,
 * whose line breaks are lines. What only the interactive elements show is left out (see `isControl`):
 * the snippet has no controls. Pure (no DOM): the node tests use it on markup parsed by `parseMarkup`.
 */

/** The little of a node the reading needs: an element (tag, attributes, children) or a text. */
export interface MarkupNode {
  tag?: string;
  attrs?: Record<string, string>;
  children?: MarkupNode[];
  text?: string;
}

const BLOCKS = new Set(
  'address article aside blockquote details dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['style', 'script', 'input', 'progress']);

/**
 * What only the interactive elements show, which the snippet cannot: the tabs (each panel's heading names its
 * method), progress and status lines, buttons (but the subject's copy chip, whose label "Copy" alone goes),
 * the "opens in a new tab" hint of links, and what is hidden from assistive technology (the warning's "!").
 */
function isControl(node: MarkupNode, parent: MarkupNode | undefined): boolean {
  const attrs = node.attrs ?? {};
  if (attrs['aria-hidden'] === 'true' || attrs.role === 'tablist' || attrs.role === 'status') return true;
  if (node.tag === 'button') return attrs.part !== 'copy-subject';
  if (parent?.attrs?.part === 'copy-subject' && node.tag === 'strong') return true;
  return parent?.tag === 'a' && /\bvisually-hidden\b/.test(attrs.class ?? '');
}

/**
 * The lines a reader reads in `root`. `interactive`: `root` is an element's rendering, whose controls are left
 * out and whose status tags ("Unconfirmed") read as the snippet writes them, in parentheses.
 */
export function readingLines(root: MarkupNode, interactive: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const breakLine = (): void => {
    lines.push(line);
    line = '';
  };
  const walk = (node: MarkupNode, parent: MarkupNode | undefined, pre: boolean): void => {
    if (node.text !== undefined) {
      if (!pre) line += node.text;
      else
        node.text.split(/\r?\n/).forEach((part, index) => {
          if (index) breakLine();
          line += part;
        });
      return;
    }
    const tag = node.tag ?? '';
    if (SKIPPED.has(tag) || (interactive && isControl(node, parent))) return;
    const block = BLOCKS.has(tag) || tag === 'br' || tag.includes('-');
    if (block) breakLine();
    const tagged = interactive && /\btag\b/.test(node.attrs?.class ?? '');
    if (tagged) line += '(';
    for (const child of node.children ?? []) walk(child, node, pre || tag === 'pre');
    if (tagged) line += ')';
    if (block) breakLine();
  };
  walk(root, undefined, false);
  breakLine();
  return lines.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

/** The first line where two readings differ, with the lines around it, for a failure message; undefined when they agree. */
export function firstDifference(actual: readonly string[], expected: readonly string[]): string | undefined {
  const at = [...Array(Math.max(actual.length, expected.length)).keys()].find((i) => actual[i] !== expected[i]);
  if (at === undefined) return undefined;
  return `line ${at + 1}: "${actual[at] ?? '(none)'}" where the other has "${expected[at] ?? '(none)'}" (after "${actual[at - 1] ?? 'the start'}")`;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name!] ?? whole),
  );

/**
 * Well-formed HTML (the snippet, or the elements rendered on the server with declarative shadow roots) as a
 * tree. Enough for markup this project writes, not a general HTML parser: comments (and Lit's markers) go, `<template>` (a shadow
 * root) is read as its children, `<style>` and `<script>` keep their text raw.
 */
export function parseMarkup(markup: string): MarkupNode {
  const root: MarkupNode = { tag: '#root', children: [] };
  const open: MarkupNode[] = [root];
  const token =
    /<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(markup))) {
    const [whole, closing, name, attributes = '', selfClosing] = match;
    const current = open[open.length - 1]!;
    if (/^<[?!]/.test(whole)) continue; // comments and Lit's markers
    if (!name) {
      current.children!.push({ text: decode(whole) });
      continue;
    }
    const tag = name.toLowerCase();
    if (closing) {
      const index = open.map((node) => node.tag).lastIndexOf(tag);
      if (index > 0) open.length = index;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, key, , double, single, bare] of attributes.matchAll(
      /([^\s=>/]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    ))
      attrs[key!.toLowerCase()] = decode(double ?? single ?? bare ?? '');
    const element: MarkupNode = { tag, attrs, children: [] };
    current.children!.push(element);
    if (tag === 'style' || tag === 'script') {
      const end = markup.indexOf(`</${tag}>`, token.lastIndex);
      element.children!.push({ text: markup.slice(token.lastIndex, end) });
      token.lastIndex = end + tag.length + 3;
    } else if (!VOID.has(tag) && !selfClosing) {
      open.push(element);
    }
  }
  return root;
}
