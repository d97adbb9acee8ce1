// Server-side rendering with @lit-labs/ssr, from the built package (dist/, via `az-cancel-guide/ssr`),
// the way the server recipe in docs/server-rendering-and-static-snippets.md does it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeFiles } from './helpers.mjs';

// Browser globals the package must not touch on the server. Each is trapped before the package is
// imported: an access from dist/ is recorded (and the value is undefined, so a use would throw).
// Lit and @lit-labs/ssr may probe some of them themselves; only the package's own code counts.
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'matchMedia',
  'getComputedStyle',
  'ShadowRoot',
  'Element',
];
const DIST = new URL('../../dist/', import.meta.url).href;
const touched = [];
Error.stackTraceLimit = 50;
for (const name of BROWSER_GLOBALS) {
  const original = Object.getOwnPropertyDescriptor(globalThis, name);
  let value = original?.get ? original.get.call(globalThis) : original?.value;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      if (stack.includes(DIST))
        touched.push(
          `${name} ${stack
            .split('\n')
            .find((line) => line.includes(DIST))
            ?.trim()}`,
        );
      return value;
    },
    set(replacement) {
      value = replacement; // a shim installed by Lit or @lit-labs/ssr
    },
  });
}

const warnings = [];
const originalWarn = console.warn;
console.warn = (...args) => warnings.push(args.join(' '));
/** Warnings logged while `run` runs. */
function warningsOf(run) {
  const start = warnings.length;
  run();
  return warnings.slice(start);
}

const { render } = await import('@lit-labs/ssr');
const { collectResult, collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { RenderResultReadable } = await import('@lit-labs/ssr/lib/render-result-readable.js');
const { html } = await import('lit');
const ssr = await import('az-cancel-guide/ssr');
const { formatCount } = await import(new URL('i18n/format.js', DIST).href);

const LOCALES = localeFiles();
const en = LOCALES.find((l) => l.name === 'en').data;

/** The text as @lit-labs/ssr writes it into HTML. */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const count = (text, pattern) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

const renderToString = (template) => collectResultSync(render(template));

/** The opening tag of `tag` followed by its declarative shadow root. */
const hostWithShadowRoot = (tag) =>
  new RegExp(`<${tag}\\b[^>]*><template shadowroot="open" shadowrootmode="open">`, 'g');

test('the module exports preloadLocales and the elements, and defines them on import', () => {
  assert.equal(typeof ssr.preloadLocales, 'function');
  for (const tag of ['az-cancel-guide', 'az-cancel-methods', 'az-cancel-checklist'])
    assert.ok(customElements.get(tag), tag);
  assert.equal(customElements.get('az-cancel-guide'), ssr.AzCancelGuide);
});

// Runs before any preloading: the locale modules are not loaded yet.
test('a locale that was not preloaded renders no content, with a warning that names preloadLocales()', () => {
  let output;
  const notPreloaded = LOCALES.at(-1).name;
  const logged = warningsOf(
    () => (output = renderToString(html`<az-cancel-guide lang=${notPreloaded}></az-cancel-guide>`)),
  );
  assert.match(output, hostWithShadowRoot('az-cancel-guide'));
  assert.doesNotMatch(output, /<article/);
  assert.match(output, /<slot><\/slot>/);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /preloadLocales\(\)/);
});

test('preloadLocales matches languages like the lang attribute and resolves to the locales loaded', async () => {
  assert.deepEqual(await ssr.preloadLocales(['zh-CN', 'en-GB', 'fr', 'ru']), ['zh-Hans', 'en', 'ru']);
  assert.deepEqual((await ssr.preloadLocales()).sort(), [...ssr.AVAILABLE_LOCALES].sort());
});

for (const { name: locale, data } of LOCALES) {
  test(`${locale}: the whole guide, its methods and both checklists, in declarative shadow DOM`, () => {
    let output;
    const logged = warningsOf(
      () => (output = renderToString(html`<az-cancel-guide lang=${locale}></az-cancel-guide>`)),
    );
    assert.deepEqual(logged, []);

    // One shadow root for the guide and one for each inner element, nested inside the guide's: the
    // methods, two checklists, and a "what to bring" checklist in each in-person method.
    const bringLists = data.methods.items.filter((m) => m.kind === 'in-person').length;
    assert.equal(count(output, 'shadowrootmode="open"'), 4 + bringLists);
    assert.equal(count(output, hostWithShadowRoot('az-cancel-guide')), 1);
    assert.equal(count(output, hostWithShadowRoot('az-cancel-methods')), 1);
    assert.equal(count(output, hostWithShadowRoot('az-cancel-checklist')), 2 + bringLists);
    assert.ok(
      output.indexOf('<az-cancel-methods') > output.indexOf('shadowrootmode'),
      'inner elements are inside the guide’s shadow root',
    );
    // Inner elements wait for the guide: @lit-labs/ssr-client hydrates them after it.
    assert.equal(count(output, /<az-cancel-(methods|checklist)\b[^>]*\sdefer-hydration[\s>]/.source), 3 + bringLists);
    // Styles travel with the markup, so it is styled before any script runs.
    assert.equal(count(output, '<style>'), 4 + bringLists);

    // The content's own direction, whatever the page's: an English guide in a right-to-left page stays left to right.
    assert.match(output, new RegExp(`<article part="base"\\s+dir="${data.dir}"\\s+lang="${locale}"`));
    assert.equal(output.includes(`dir="${data.dir === 'rtl' ? 'ltr' : 'rtl'}"`), false);
    assert.ok(output.includes(`>${escapeHtml(data.title)}<`), 'title');
    assert.match(output, /<h2 part="title"/);

    // A tab per method, the first selected, and every panel.
    assert.equal(count(output, 'role="tab"'), data.methods.items.length);
    assert.equal(count(output, 'aria-selected="true"'), 1);
    assert.equal(count(output, 'role="tabpanel"'), data.methods.items.length);
    for (const method of data.methods.items) {
      assert.ok(output.includes(`id="tab-${method.id}"`), method.id);
      assert.ok(output.includes(escapeHtml(method.name)), method.name);
      assert.ok(output.includes(escapeHtml(method.heading)), method.heading);
    }

    // Every checklist item, none ticked, and the progress text as Node formats it.
    for (const list of ['before', 'after']) {
      assert.ok(output.includes(escapeHtml(data[list].heading)), `${list} heading`);
      for (const item of data[list].items) {
        assert.ok(output.includes(`id="item-${item.id}"`), item.id);
        assert.ok(output.includes(escapeHtml(item.label)), item.label);
      }
      const total = data[list].items.length;
      assert.ok(
        output.includes(escapeHtml(formatCount(data.ui.progress, locale, total, { done: 0, total }))),
        `${list} progress`,
      );
    }
    assert.equal(
      count(output, /<input[^>]*\schecked[\s=>]/.source),
      0,
      'no checkbox is ticked (not even checked="false")',
    );
    const bringItems = data.methods.items.flatMap((m) => (m.kind === 'in-person' ? m.bring : [])).length;
    assert.equal(count(output, 'type="checkbox"'), data.before.items.length + data.after.items.length + bringItems);
  });
}

test('standalone elements: method, list, heading level, RTL, and ticks set from the server', () => {
  const { name: rtl, data: rtlData } = LOCALES.find((l) => l.data.dir === 'rtl');
  const second = rtlData.methods.items[1];
  const methods = renderToString(
    html`<az-cancel-methods lang=${rtl} method=${second.id} heading-level="4"></az-cancel-methods>`,
  );
  assert.match(methods, hostWithShadowRoot('az-cancel-methods'));
  assert.match(methods, new RegExp(`<div part="base"\\s+dir="rtl"\\s+lang="${rtl}"`));
  assert.match(methods, new RegExp(`id="tab-${second.id}"[^>]*aria-selected="true"`));
  assert.match(methods, /<h4 part="panel-heading"/);
  assert.ok(methods.includes(escapeHtml(second.name)));

  const ticked = en.after.items[1].id;
  const checklist = renderToString(
    html`<az-cancel-checklist lang="en" list="after" .checked=${[ticked]}></az-cancel-checklist>`,
  );
  assert.match(checklist, hostWithShadowRoot('az-cancel-checklist'));
  assert.equal(count(checklist, 'data-list='), 1);
  assert.match(checklist, new RegExp(`<input[^>]*id="item-${ticked}"[^>]*\\schecked(=""|[\\s>])`));
  assert.equal(count(checklist, /<input[^>]*\schecked[\s=>]/.source), 1);
  const total = en.after.items.length;
  assert.ok(checklist.includes(escapeHtml(formatCount(en.ui.progress, 'en', total, { done: 1, total }))));
});

test('persist, sync-hash and theme render without storage or URL access, and without warnings', () => {
  const last = en.methods.items.at(-1);
  let output;
  const logged = warningsOf(
    () =>
      (output = renderToString(
        html`<az-cancel-guide lang="en" persist sync-hash theme="dark" method=${last.id}></az-cancel-guide>`,
      )),
  );
  assert.deepEqual(logged, []);
  assert.match(output, /<az-cancel-guide\b[^>]*\stheme="dark"/);
  assert.match(output, new RegExp(`id="tab-${last.id}"[^>]*aria-selected="true"`));
  // Both checklists, and "what to bring" in each in-person method.
  assert.equal(
    count(output, /<az-cancel-checklist\b[^>]*\spersist[\s>=]/.source),
    2 + en.methods.items.filter((m) => m.kind === 'in-person').length,
  );
});

test('without lang, or with src / data, the server renders the slot only (the browser fills it) and says why', () => {
  for (const template of [
    html`<az-cancel-guide></az-cancel-guide>`,
    html`<az-cancel-guide lang="en" src="/guide.json"></az-cancel-guide>`,
    html`<az-cancel-checklist lang="en" .data=${{ title: 'not validated on the server' }}></az-cancel-checklist>`,
  ]) {
    let output;
    const logged = warningsOf(() => (output = renderToString(template)));
    assert.match(
      output,
      /<template shadowroot="open" shadowrootmode="open"><style>[\s\S]*<\/style><!--lit-part [^>]*--><slot><\/slot><!--\/lit-part--><\/template>/,
    );
    assert.doesNotMatch(output, /part="base"/);
    // warnOnce: each reason is explained the first time only.
    assert.ok(logged.length <= 1);
  }
});

test('renders the same HTML as a stream (RenderResultReadable), as a web server would send it', async () => {
  const page = function* () {
    yield '<!doctype html><html lang="ru"><body>';
    yield* render(html`<az-cancel-guide lang="ru"></az-cancel-guide>`);
    yield '</body></html>';
  };
  let streamed = '';
  for await (const chunk of new RenderResultReadable(page())) streamed += chunk;
  const expected = await collectResult(render(html`<az-cancel-guide lang="ru"></az-cancel-guide>`));
  assert.equal(streamed, `<!doctype html><html lang="ru"><body>${expected}</body></html>`);
});

test('importing and rendering never touched a browser global (window, document, localStorage, navigator, …)', () => {
  console.warn = originalWarn;
  assert.deepEqual(touched, []);
});
