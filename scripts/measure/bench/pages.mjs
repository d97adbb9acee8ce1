// HTML pages for the benchmarks, served from memory by scripts/lib/serve.mjs.
//
// Every page starts with a classic inline script that creates `window.__done` (a promise the
// runner awaits) and helpers that stop the clock the same way on every page:
//   ready  = content is in the DOM (guide: `contentReady` resolved, which waits for the inner
//            elements; static: HTML inserted)
//   layout = then a forced style and layout (`document.body.offsetHeight`)        ← "paint-ready"
//   paint  = the next requestAnimationFrame, then a setTimeout (a common "next paint" proxy)
// Times are relative to t0, a performance.now() taken right before the work (creating the
// element, or inserting the static HTML), once the page has settled (a frame and a task after
// loading). The marks `bench-t0` and `bench-end` delimit the same interval in a trace.
//
// (Style and layout cannot be told apart from the page: every element is a size container
// (`container-type: inline-size`), and Chromium resolves the style of a container's content
// during layout, so even getComputedStyle() runs the layout. scripts/measure/bench.mjs reads them from a
// trace instead.)

export const BUNDLE = '/dist/cdn/az-cancel-guide.js';

const HARNESS = `<script>
window.__done = new Promise((resolve, reject) => { window.__resolve = resolve; window.__reject = reject; });
window.__nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
// Before t0: the page's own loading work (parsing, the import) is done, as on a page that has been open a moment.
window.__settle = () => window.__nextPaint();
// Same proxy, also noting when the rAF callback ran (the frame started): times relative to t0.
window.__timedNextPaint = (t0) => new Promise((r) => requestAnimationFrame(() => {
  const frame = performance.now() - t0;
  setTimeout(() => r({ frame, paint: performance.now() - t0 }));
}));
// A random 0-16 ms pause, so a timed click does not always land right after a frame.
window.__randomPhase = () => new Promise((r) => setTimeout(r, Math.random() * 16));
// One timed click, at a random point of the frame: when the guide's update finished, and the next-paint proxy.
window.__timedClick = async (guide, target) => {
  await window.__randomPhase();
  let updated = NaN;
  const t0 = performance.now();
  target.click();
  guide.contentReady.then(() => (updated = performance.now() - t0));
  const { frame, paint } = await window.__timedNextPaint(t0);
  return { updated, frame, paint };
};
// Content is in the DOM: force style and layout (see the comment of bench/pages.mjs).
window.__forceLayout = (t0) => {
  const ready = performance.now();
  document.body.offsetHeight;
  const laidOut = performance.now();
  performance.mark('bench-end');
  return { ready: ready - t0, layout: laidOut - t0, sinceNavigation: laidOut };
};
window.__finish = async (t0, extra = {}) => {
  const times = window.__forceLayout(t0);
  await window.__nextPaint();
  window.__resolve({ ...times, paint: performance.now() - t0, ...extra });
};
addEventListener('error', (e) => window.__reject(new Error(e.message || 'script error')));
addEventListener('unhandledrejection', (e) => window.__reject(e.reason));
</script>`;

const shell = (lang, head, body = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>az-cancel-guide bench</title>${HARNESS}${head}</head><body>${body}</body></html>`;

// JSON.stringify output can still close the <script> element; escape "</" and U+2028/9.
const inlineJs = (value) =>
  JSON.stringify(value)
    .replace(/<\//g, '<\\/')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

// Runs in the guide page before t0. Records what the parts of a first render need, without changing it:
// - Intl: every Intl constructor and method (and the bound functions of the \`format\` getters) is
//   wrapped; the intervals spent inside them are recorded (microseconds of overhead per call, a
//   handful of calls per render).
// - When the content arrived: the first call of the guide's \`renderContent\` (Lit calls it in the
//   first update that has content; until then the guide renders a slot). Wrapped on the prototype.
// scripts/measure/bench.mjs turns these, and the style and layout events of a trace, into the parts.
const PROBE = `
const probe = { calls: [], contentAt: NaN };
const record = (start) => probe.calls.push([start, performance.now()]);
const timed = (fn) => function (...args) {
  const start = performance.now();
  try { return fn.apply(this, args); } finally { record(start); }
};
for (const name of Object.getOwnPropertyNames(Intl)) {
  const Original = Intl[name];
  if (typeof Original !== 'function') continue;
  if (!/^[A-Z]/.test(name)) { Intl[name] = timed(Original); continue; }
  for (const key of Object.getOwnPropertyNames(Original.prototype)) {
    const d = Object.getOwnPropertyDescriptor(Original.prototype, key);
    if (key === 'constructor' || !d.configurable) continue;
    if (typeof d.value === 'function') Object.defineProperty(Original.prototype, key, { ...d, value: timed(d.value) });
    else if (d.get && key === 'format') Object.defineProperty(Original.prototype, key, { ...d, get: timed(function () { return timed(d.get.call(this)); }) });
  }
  Intl[name] = new Proxy(Original, {
    construct: (target, args) => { const start = performance.now(); try { return new target(...args); } finally { record(start); } },
    apply: (target, self, args) => { const start = performance.now(); try { return Reflect.apply(target, self, args); } finally { record(start); } },
  });
}
const renderContent = AzCancelGuide.prototype.renderContent;
AzCancelGuide.prototype.renderContent = function (...args) {
  if (Number.isNaN(probe.contentAt)) probe.contentAt = performance.now();
  return renderContent.apply(this, args);
};

/** Creates one guide and times its first render; what the parts need, relative to t0. */
async function timedGuide(lang) {
  await window.__settle();
  probe.calls = [];
  probe.contentAt = NaN;
  performance.mark('bench-t0');
  const t0 = performance.now();
  const guide = document.createElement('az-cancel-guide');
  guide.setAttribute('lang', lang);
  document.body.append(guide);
  await guide.contentReady;
  const times = window.__forceLayout(t0);
  const chunk = performance.getEntriesByType('resource').find((e) => e.name.includes('/chunks/') && e.startTime >= t0);
  return {
    ...times,
    contentAt: probe.contentAt - t0,
    intl: probe.calls.map(([start, end]) => [start - t0, end - t0]),
    chunkNetwork: chunk ? chunk.responseEnd - chunk.startTime : 0,
  };
}`;

/**
 * The first render, as the bench defines it: a fresh page with the module imported (and settled);
 * then, timed: create the element, await its contentReady (the locale chunk, the guide's and
 * its inner elements' updates), force style and layout. Then the same for a second guide on the
 * same page ("warm": chunk loaded, Intl objects made).
 */
export const coldGuidePage = (lang) =>
  shell(
    lang,
    `<script type="module">
try {
  const { AzCancelGuide } = await import(${inlineJs(BUNDLE)});
  ${PROBE}
  const cold = await timedGuide(${inlineJs(lang)});
  const warm = await timedGuide(${inlineJs(lang)});
  window.__resolve({ ...cold, warm });
} catch (error) { window.__reject(error); }
</script>`,
  );

/**
 * A whole page load, as a site embeds the guide: the CDN script in <head>, the element in the
 * markup; optionally `<link rel="modulepreload">` for the locale chunk. Timed from navigation.
 */
export const embedPage = (lang, preloadChunk) =>
  shell(
    lang,
    `${preloadChunk ? `<link rel="modulepreload" href="${preloadChunk}">` : ''}<script type="module" src="${BUNDLE}"></script>
<script type="module">
try {
  await document.querySelector('az-cancel-guide').contentReady;
  await window.__finish(0);
} catch (error) { window.__reject(error); }
</script>`,
    `<az-cancel-guide lang="${lang}"></az-cancel-guide>`,
  );

/** Static floor: the guide's rendered content as plain HTML (or declarative shadow DOM), inserted at t0 by an inline module. */
export const staticPage = (lang, html, mode) =>
  shell(
    lang,
    `<script type="module">
try {
  const html = ${inlineJs(html)};
  await window.__settle();
  performance.mark('bench-t0');
  const t0 = performance.now();
  ${mode === 'dsd' ? 'document.body.setHTMLUnsafe(html);' : 'document.body.innerHTML = html;'}
  await window.__finish(t0);
} catch (error) { window.__reject(error); }
</script>`,
  );

/** Empty page with the bundle loaded (no element in the document): base for "100 guides", the interactions and the static baselines. */
export const bundleOnlyPage = () =>
  shell(
    'en',
    `<script type="module">
try {
  await import(${inlineJs(BUNDLE)});
  await customElements.whenDefined('az-cancel-guide');
  window.__resolve({});
} catch (error) { window.__reject(error); }
</script>`,
  );
