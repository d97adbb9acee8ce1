// `npm run layout-shift`: how much the page moves when <az-cancel-guide> upgrades over the
// static snippet pasted inside it (dist/static/<locale>.html), in headless Chromium.
//
// For each locale and viewport, a page has a header, the element with the snippet inside and a
// footer, and no script. After it has loaded and settled, the CDN module is added; the locale
// chunk is served LOCALE_DELAY_MS late (a slow network), so the "slot" phase (upgraded, content
// still loading, snippet shown through the slot) is measured too. Reported:
//   CLS     sum of the 'layout-shift' entries (PerformanceObserver) from adding the script until
//           the guide has rendered and settled: the CLS the upgrade adds to the page. Three runs:
//           top      the reader is at the top of the page (the usual case)
//           +css     the same with the two rules of site CSS in docs/server-rendering-and-static-snippets.md (RECIPE_CSS below)
//           footer   the reader has scrolled to the footer before the script runs (worst case)
//           empty    for comparison: no snippet inside the element (reader at the top)
//   before  height of the element showing the snippet, before the script (px)
//   loading height while the chunk loads (upgraded; the snippet is shown through the slot)
//   after   height of the rendered guide (px)
//   footer  how far the footer below the element moved (px; negative: up)
//
// Needs a build (`npm run build`). Environment: CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../lib/browsers.mjs';
import { serve } from '../lib/serve.mjs';
import { withTimeout } from '../lib/with-timeout.mjs';

// Every locale the build wrote a snippet for.
const STATIC_DIR = new URL('../../dist/static/', import.meta.url);
const LOCALES = existsSync(STATIC_DIR)
  ? readdirSync(STATIC_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
  : [];
const VIEWPORTS = [
  { name: 'desktop 1280×800', width: 1280, height: 800, deviceScaleFactor: 1 },
  { name: 'mobile 390×844', width: 390, height: 844, deviceScaleFactor: 1 },
];
const LOCALE_DELAY_MS = 300;
const RUN_TIMEOUT_MS = 30_000;
/** The suggestion of docs/server-rendering-and-static-snippets.md: give the snippet the guide's display, line height and top margin from the start. */
const RECIPE_CSS = `az-cancel-guide { display: block; line-height: 1.6; }
.az-cancel-guide-static > :first-child { margin-block-start: 0; }
`;

if (LOCALES.length === 0 || !existsSync(new URL('../../dist/cdn/az-cancel-guide.js', import.meta.url))) {
  console.error('layout-shift: dist/ is not built; run `npm run build` first.');
  process.exit(1);
}

// Read once, up front: a rebuild while the script runs cannot mix two builds.
const SNIPPETS = Object.fromEntries(
  LOCALES.map((l) => [l, readFileSync(new URL(`../../dist/static/${l}.html`, import.meta.url), 'utf8')]),
);
const CDN = new Map(
  readdirSync(new URL('../../dist/cdn/', import.meta.url), { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => [
      `/dist/cdn/${name.split('\\').join('/')}`,
      readFileSync(new URL(`../../dist/cdn/${name}`, import.meta.url)),
    ]),
);

/** The test page: a site header, the element with the snippet inside, a footer; no script. */
function page(locale, variant) {
  const recipe = variant === 'css';
  const snippet = SNIPPETS[locale];
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>layout shift: ${locale}</title>
<link rel="stylesheet" href="/__layout-shift/site.css">${recipe ? '\n<link rel="stylesheet" href="/__layout-shift/recipe.css">' : ''}
</head>
<body>
<header><p>Example travel site</p></header>
<main>
<az-cancel-guide lang="${locale}">${variant === 'empty' ? '' : `\n${snippet}`}</az-cancel-guide>
</main>
<footer><p>Footer of the site</p></footer>
</body>
</html>
`;
}

const SITE_CSS = 'body { max-width: 48rem; margin: 0 auto; padding: 0 1rem; font-family: system-ui, sans-serif; }\n';

/** Runs in the page: adds the script, waits for the guide, returns heights and layout shifts. */
async function measureUpgrade(scrollToFooter) {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const settle = async () => {
    await frames();
    await new Promise((resolve) => setTimeout(resolve, 500)); // layout-shift entries arrive after the frame
  };
  const el = document.querySelector('az-cancel-guide');
  const footer = document.querySelector('footer');
  if (scrollToFooter) footer.scrollIntoView({ block: 'end' });
  await settle();
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: 'layout-shift' });
  const before = { height: el.getBoundingClientRect().height, footer: footer.getBoundingClientRect().top };

  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/az-cancel-guide.js';
  document.head.append(script);
  await customElements.whenDefined('az-cancel-guide');
  await frames();
  const loading = el.shadowRoot?.querySelector('slot') ? el.getBoundingClientRect().height : null;
  await el.contentReady;
  await settle();
  const rendered = Boolean(el.shadowRoot?.querySelector('article')) && !el.shadowRoot.querySelector('slot');
  return {
    rendered,
    cls: shifts.reduce((sum, value) => sum + value, 0),
    entries: shifts.length,
    before: before.height,
    loading,
    after: el.getBoundingClientRect().height,
    footer: footer.getBoundingClientRect().top - before.footer,
  };
}

// Everything is served from memory (the build read once, above); the locale chunks arrive late, like on a slow network.
const pages = new Map([
  ...CDN,
  ['/__layout-shift/site.css', SITE_CSS],
  ['/__layout-shift/recipe.css', RECIPE_CSS],
  ...LOCALES.flatMap((locale) =>
    ['', '-css', '-empty'].map((variant) => [
      `/__layout-shift/${locale}${variant}.html`,
      page(locale, variant.slice(1) || undefined),
    ]),
  ),
]);
const server = await serve(fileURLToPath(new URL('../../dist/', import.meta.url)), {
  pages,
  delay: (pathname) => (pathname.startsWith('/dist/cdn/chunks/') ? LOCALE_DELAY_MS : 0),
});
const { origin } = server;
const browser = await launchChromium();

async function measure(viewport, locale, { variant = '', scrollToFooter = false } = {}) {
  const tab = await browser.newPage();
  try {
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.setViewport(viewport);
    await tab.bringToFront();
    const label = `${locale} ${viewport.name}${variant ? ` ${variant}` : ''}${scrollToFooter ? ' footer' : ''}`;
    await withTimeout(
      tab.goto(`${origin}/__layout-shift/${locale}${variant ? `-${variant}` : ''}.html`, { waitUntil: 'load' }),
      RUN_TIMEOUT_MS,
      label,
    );
    const result = await withTimeout(tab.evaluate(measureUpgrade, scrollToFooter), RUN_TIMEOUT_MS, label);
    if (!result.rendered || errors.length)
      throw new Error(`${label}: the guide did not render${errors.length ? `: ${errors.join('; ')}` : ''}`);
    return result;
  } finally {
    await tab.close();
  }
}

const px = (value) => (value === null ? '—' : Math.round(value).toString());
const score = (value) => value.toFixed(4);
try {
  for (const viewport of VIEWPORTS) {
    console.log(`\n${viewport.name}, locale chunk ${LOCALE_DELAY_MS} ms late\n`);
    const rows = [
      ['locale', 'CLS top', 'CLS +css', 'CLS footer', 'CLS empty', 'before px', 'loading px', 'after px', 'footer px'],
    ];
    for (const locale of LOCALES) {
      const top = await measure(viewport, locale);
      const recipe = await measure(viewport, locale, { variant: 'css' });
      const empty = await measure(viewport, locale, { variant: 'empty' });
      const footer = await measure(viewport, locale, { scrollToFooter: true });
      rows.push([
        locale,
        score(top.cls),
        score(recipe.cls),
        score(footer.cls),
        score(empty.cls),
        px(top.before),
        px(top.loading),
        px(top.after),
        px(top.footer),
      ]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const line = (row) =>
      `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
    console.log(line(rows[0]));
    console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
    for (const row of rows.slice(1)) console.log(line(row));
  }
} catch (error) {
  console.error(`layout-shift: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
