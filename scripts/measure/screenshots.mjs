// Screenshots of the CDN build for a design review: locales × layouts × colour modes, and print as PDF.
// Usage: npm run build && node scripts/measure/screenshots.mjs [outDir] [locale,locale…] (PARTS=1: also in parts of 1200 px)
// Layouts: a 1280 px page, a 390 px phone, and a 320 px sidebar inside a 1280 px page. Modes: light,
// dark (a page that follows the reader's system), forced colours. Print: one PDF per locale.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/browsers.mjs';
import { serve } from '../lib/serve.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const locales = (process.argv[3] ?? 'en,zh-Hans,tr,ar').split(',');
mkdirSync(outDir, { recursive: true });

const page = (locale, layout, dark) => `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${dark ? '<meta name="color-scheme" content="light dark">' : ''}
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; ${dark ? 'background: Canvas; color: CanvasText;' : ''} }
  .page { display: grid; grid-template-columns: 1fr 320px; gap: 24px; max-inline-size: 1280px; }
  .main { padding: 16px; }
  aside { padding: 16px; border-inline-start: 1px solid #ccc; }
  .single { padding: 16px; max-inline-size: 960px; }
</style>
<script type="module" src="/dist/cdn/az-cancel-guide.js"></script></head><body>
${
  layout === 'sidebar'
    ? `<div class="page"><main class="main"><h1>Travel news</h1><p>The site's own article sits here.</p></main><aside><az-cancel-guide heading-level="2" variant="compact" guide-href="#guide"></az-cancel-guide></aside></div>`
    : `<div class="single"><az-cancel-guide heading-level="2"></az-cancel-guide></div>`
}
</body></html>`;

const pages = new Map();
for (const locale of locales) {
  for (const layout of ['page', 'sidebar']) {
    pages.set(`/shots/${locale}-${layout}.html`, page(locale, layout, false));
    pages.set(`/shots/${locale}-${layout}-dark.html`, page(locale, layout, true));
  }
}
const server = await serve(new URL('../../', import.meta.url).pathname, { pages });
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  // Through the protocol: puppeteer's own check does not know forced-colors.
  const cdp = await tab.createCDPSession();
  const emulate = (features) => cdp.send('Emulation.setEmulatedMedia', { features });
  const ready = () =>
    tab.waitForFunction(() =>
      globalThis.document.querySelector('az-cancel-guide')?.shadowRoot?.querySelector('[part="base"]'),
    );
  for (const locale of locales) {
    for (const [name, width, layout] of [
      ['1280', 1280, 'page'],
      ['390', 390, 'page'],
      ['sidebar', 1280, 'sidebar'],
    ]) {
      for (const mode of ['light', 'dark', 'forced']) {
        await tab.setViewport({ width, height: width === 390 ? 844 : 900 });
        await emulate([
          { name: 'prefers-color-scheme', value: mode === 'dark' ? 'dark' : 'light' },
          { name: 'forced-colors', value: mode === 'forced' ? 'active' : 'none' },
        ]);
        await tab.goto(`${server.origin}/shots/${locale}-${layout}${mode === 'dark' ? '-dark' : ''}.html`);
        await ready();
        await new Promise((resolve) => setTimeout(resolve, 200));
        await tab.screenshot({ path: join(outDir, `${locale}-${name}-${mode}.png`), fullPage: true });
        if (process.env.PARTS) {
          // Also in parts of 1200 px, small enough to look at one by one.
          const height = await tab.evaluate(() => globalThis.document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height; y += 1200, n++) {
            const clip = { x: 0, y, width, height: Math.min(1200, height - y) };
            await tab.screenshot({
              path: join(outDir, `${locale}-${name}-${mode}-p${n}.png`),
              clip,
              captureBeyondViewport: true,
            });
          }
        }
      }
    }
    await emulate([]);
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${server.origin}/shots/${locale}-page.html`);
    await ready();
    await tab.pdf({ path: join(outDir, `${locale}-print.pdf`), format: 'A4', printBackground: false });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}/`);
