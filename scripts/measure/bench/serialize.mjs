// Runs IN THE PAGE (passed to page.evaluate, so it must be self-contained): turns a rendered
// <az-cancel-guide> into static HTML for the "static floor" baseline of the first-render benchmark.
//
// mode 'flat': plain HTML with no shadow roots. Every shadow host becomes
//   <div class="az-host host-TAG" ...its attributes>…its shadow content…</div>
//   and each element's stylesheets go into one <style>, scoped with CSS nesting:
//   `.host-TAG { <sheet with :host → &> }`. Scoping is approximate (an outer element's
//   rules also reach into inner ones, which shadow DOM would stop), but the browser
//   parses and matches the same rules over the same nodes and text.
// mode 'dsd': the same tree as declarative shadow DOM (<template shadowrootmode="open">
//   with a <style> per shadow root), i.e. exact styles, no JavaScript.
export function serializeComposed(host, mode) {
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
  const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const cssOf = (root) => {
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet)];
    return sheets
      .filter(Boolean)
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .join('\n');
  };
  const scopedCss = new Map(); // tag -> css of its shadow root (once per element type)
  let elements = 0;
  let textChars = 0;

  const attrsOf = (el, extra = []) => {
    const list = [...extra];
    for (const { name, value } of el.attributes) {
      if (name === 'class' && extra.some(([n]) => n === 'class')) continue;
      list.push([name, value]);
    }
    // State that lives in properties, not attributes.
    if (el instanceof HTMLInputElement && el.checked && !el.hasAttribute('checked')) list.push(['checked', '']);
    if (el instanceof HTMLProgressElement && !el.hasAttribute('value')) list.push(['value', String(el.value)]);
    return list.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escAttr(v)}"`)).join('');
  };

  const children = (parent) => [...parent.childNodes].map(walk).join('');

  function walk(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      textChars += node.data.length;
      return escText(node.data);
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return ''; // comments (Lit's markers) and the rest
    if (node.localName === 'style' || node.localName === 'script') return '';
    elements++;
    const tag = node.localName;
    if (node.shadowRoot) {
      if (mode === 'dsd') {
        return `<${tag}${attrsOf(node)}><template shadowrootmode="open"><style>${cssOf(node.shadowRoot)}</style>${children(
          node.shadowRoot,
        )}</template>${children(node)}</${tag}>`;
      }
      if (!scopedCss.has(tag)) scopedCss.set(tag, cssOf(node.shadowRoot));
      const cls = `az-host host-${tag}${node.getAttribute('class') ? ` ${node.getAttribute('class')}` : ''}`;
      return `<div${attrsOf(node, [['class', cls]])}>${children(node.shadowRoot)}${children(node)}</div>`;
    }
    const open = `<${tag}${attrsOf(node)}>`;
    return VOID.has(tag) ? open : `${open}${children(node)}</${tag}>`;
  }

  const body = walk(host);
  let html = body;
  if (mode === 'flat') {
    const toNested = (css) =>
      css
        // :host(<selector>) → &:is(<selector>); the selectors used have at most one level of parentheses.
        .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '&:is($1)')
        .replace(/:host\b/g, '&');
    const style = [...scopedCss].map(([tag, css]) => `.host-${tag} {\n${toNested(css)}\n}`).join('\n');
    html = `<style>${style}</style>${body}`;
  }
  return { html, elements, textChars, bytes: new TextEncoder().encode(html).length };
}
