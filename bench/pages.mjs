// HTML pages for the benchmarks, served from memory by scripts/lib/static-server.mjs.
//
// Every page starts with a classic inline script that creates `window.__done` (a promise the
// runner awaits) and `__finish(t0)`, so the guide and the static baselines stop the clock the
// same way:
//   ready  = content is in the DOM (guide: `updateComplete` resolved; static: HTML inserted)
//   layout = ready + a forced style/layout (`document.body.offsetHeight`)        ← "paint-ready"
//   paint  = the next requestAnimationFrame, then a setTimeout (a common "next paint" proxy)
// All times are relative to t0, a performance.now() taken as the first statement of the page's
// inline module script (before the bundle is imported or the static HTML is inserted).

export const BUNDLE = '/dist/cdn/az-cancel-guide.js';

const HARNESS = `<script>
window.__done = new Promise((resolve, reject) => { window.__resolve = resolve; window.__reject = reject; });
window.__nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
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
  guide.updateComplete.then(() => (updated = performance.now() - t0));
  const { frame, paint } = await window.__timedNextPaint(t0);
  return { updated, frame, paint };
};
window.__finish = async (t0, extra = {}) => {
  const ready = performance.now();
  document.body.offsetHeight; // force style + layout
  const layout = performance.now();
  performance.mark('bench-layout');
  await window.__nextPaint();
  const paint = performance.now();
  window.__resolve({ ready: ready - t0, layout: layout - t0, paint: paint - t0, sinceNavigation: layout, ...extra });
};
addEventListener('error', (e) => window.__reject(new Error(e.message || 'script error')));
addEventListener('unhandledrejection', (e) => window.__reject(e.reason));
</script>`;

const shell = (lang, head, body = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>az-cancel-guide bench</title>${HARNESS}${head}</head><body>${body}</body></html>`;

// JSON.stringify output can still close the <script> element; escape "</" and U+2028/9.
const inlineJs = (value) =>
  JSON.stringify(value).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** An inline module that starts the clock, does `work`, and stops it the same way on every page. */
const timedModule = (work) => `<script type="module">
const t0 = performance.now();
performance.mark('bench-start');
try {
${work}
  await window.__finish(t0);
} catch (error) { window.__reject(error); }
</script>`;

/** One guide in the markup; the inline module imports the CDN bundle and awaits the guide's first complete render. */
export const guidePage = (lang) =>
  shell(
    lang,
    timedModule(`  await import(${inlineJs(BUNDLE)});
  await document.querySelector('az-cancel-guide').updateComplete;`),
    `<az-cancel-guide lang="${lang}"></az-cancel-guide>`,
  );

/** Static floor: the guide's rendered content as plain HTML (or declarative shadow DOM), inserted by the same kind of inline module. */
export const staticPage = (lang, html, mode) =>
  shell(
    lang,
    timedModule(`  const html = ${inlineJs(html)};
  ${mode === 'dsd' ? 'document.body.setHTMLUnsafe(html);' : 'document.body.innerHTML = html;'}`),
  );

/** Empty page with the bundle loaded (no element in the document): base for "100 guides" and its memory baseline. */
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
