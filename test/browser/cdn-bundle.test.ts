// The CDN builds as a third-party site uses them: nothing but script tags, included twice,
// both builds on one page. Needs `npm run build` first (npm test does it).
import { expect } from '@open-wc/testing';
import type { GuideData } from '../../src/data/guide-types.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import type { DataErrorDetail } from '../../src/events.js';
import { makeGuide } from '../content/make-guide.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { clearFaults, injectFault, until } from './faults.js';
import { deepQueryAll } from './helpers.js';

function loadScript(src: string, type?: 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** A locale's content from the sources, to compare with what the built bundle shows. */
async function localeData(locale: string): Promise<GuideData> {
  return localeContent(await LOCALE_LOADERS[locale]!());
}

/**
 * Runs `check` on a page that has nothing but the classic script and `body` (the module build loaded
 * by this test page must not define the elements there), then removes the page.
 */
async function withClassicScriptPage(body: string, check: (win: Window) => Promise<void>): Promise<void> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script src="/dist/cdn/az-cancel-guide.iife.js"></script>${body}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    await check(frame.contentWindow!);
  } finally {
    frame.remove();
  }
}

describe('CDN builds', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('can be included twice, as module and as classic script, without an error or a global', async () => {
    // A locale other than the default, and its last method: both must reach the element on upgrade.
    const locale = AVAILABLE_LOCALES.find((l) => l !== DEFAULT_LOCALE)!;
    const lastMethod = (await localeData(locale)).methods.items.at(-1)!.id;
    // Created before the script arrives, as a page's HTML would: upgraded when it loads.
    const early = document.createElement('az-cancel-guide');
    early.setAttribute('lang', locale);
    early.setAttribute('method', lastMethod);
    document.body.append(early);
    const globalsBefore = new Set(Object.keys(window));
    await loadScript('/dist/cdn/az-cancel-guide.js', 'module');
    // A different URL makes a second, separate copy of the module, as two script tags from two CDNs would.
    await loadScript('/dist/cdn/az-cancel-guide.js?copy=2', 'module');
    await loadScript('/dist/cdn/az-cancel-guide.iife.js');
    await loadScript('/dist/cdn/az-cancel-guide.iife.js');
    expect(errors).to.deep.equal([]);
    for (const tag of ['az-cancel-guide', 'az-cancel-methods', 'az-cancel-checklist'])
      expect(customElements.get(tag), tag).to.exist;
    await (early as HTMLElement & { contentReady: Promise<unknown> }).contentReady;
    expect(early.shadowRoot!.querySelector('article')!.lang, 'upgraded').to.equal(locale);
    expect(deepQueryAll(early, '[role="tab"][aria-selected="true"]')[0]!.id).to.equal(`tab-${lastMethod}`);
    early.remove();
    const newGlobals = Object.keys(window).filter((key) => !globalsBefore.has(key));
    expect(
      newGlobals.filter(
        (key) => !key.startsWith('litHtml') && !key.startsWith('reactiveElement') && !key.startsWith('litElement'),
      ),
    ).to.deep.equal([]);
  });

  it('the classic script loads its validator from beside itself, only when a page passes its own content', async () => {
    await withClassicScriptPage('<az-cancel-guide lang="en"></az-cancel-guide>', async (win) => {
      const el = win.document.querySelector('az-cancel-guide') as HTMLElement & {
        data: unknown;
        contentReady: Promise<unknown>;
      };
      await el.contentReady;
      const validatorLoads = () =>
        win.performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/az-cancel-guide.validator.js'));
      expect(validatorLoads(), 'not for the bundled guide').to.have.length(0);
      const guide = makeGuide({ label: 'Own' });
      el.data = guide;
      await el.contentReady;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(guide.title);
      expect(validatorLoads().map((entry) => new URL(entry.name).pathname)).to.deep.equal([
        '/dist/cdn/az-cancel-guide.validator.js',
      ]);
    });
  });

  it('the classic script loads only the language it shows, from the locale chunks beside itself', async () => {
    const locale = AVAILABLE_LOCALES.find((tag) => tag !== DEFAULT_LOCALE) ?? DEFAULT_LOCALE;
    await withClassicScriptPage(`<az-cancel-guide lang="${locale}"></az-cancel-guide>`, async (win) => {
      const el = win.document.querySelector('az-cancel-guide') as HTMLElement & { contentReady: Promise<unknown> };
      await el.contentReady;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal((await localeData(locale)).title);
      const chunkLoads = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/cdn/chunks/'));
      expect(chunkLoads).to.deep.equal([`/dist/cdn/chunks/${locale}.js`]);
    });
  });

  it('the classic script loads its optional parts from beside itself, only once a page needs them, and saves and clears ticks with them', async () => {
    const key = `cdn-parts-${Date.now()}`;
    try {
      await withClassicScriptPage(
        `<az-cancel-checklist lang="${DEFAULT_LOCALE}" list="before"></az-cancel-checklist>`,
        async (win) => {
          const el = win.document.querySelector('az-cancel-checklist') as HTMLElement & {
            contentReady: Promise<unknown>;
          };
          await el.contentReady;
          const partsLoads = () =>
            win.performance
              .getEntriesByType('resource')
              .filter((entry) => entry.name.endsWith('/az-cancel-guide.parts.js'));
          expect(partsLoads(), 'not without persist or a tick').to.have.length(0);
          el.setAttribute('storage-key', key);
          el.setAttribute('persist', '');
          await el.contentReady;
          const [first] = (await localeData(DEFAULT_LOCALE)).before.items;
          el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="item-${first!.id}"]`)!.click();
          await el.contentReady;
          expect(JSON.parse(localStorage.getItem(`az-cancel-guide:checklist:v1:${key}`)!)).to.deep.equal({
            [first!.id]: true,
          });
          expect(partsLoads().map((entry) => new URL(entry.name).pathname)).to.deep.equal([
            '/dist/cdn/az-cancel-guide.parts.js',
          ]);
          // "Clear ticks", from the same file, rendered with the classic script's own Lit.
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
          await el.contentReady;
          el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm-reset"]')!.click();
          await el.contentReady;
          expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(0);
          expect(JSON.parse(localStorage.getItem(`az-cancel-guide:checklist:v1:${key}`)!)).to.deep.equal({});
          expect(partsLoads(), 'loaded once').to.have.length(1);
        },
      );
    } finally {
      localStorage.removeItem(`az-cancel-guide:checklist:v1:${key}`);
    }
  });

  describe('when a chunk beside the script fails to load (503)', () => {
    afterEach(() => clearFaults());

    type Log = { warnings: string[]; errors: DataErrorDetail[]; uncaught: string[] };
    /** Runs `check` on a classic-script page that records its warnings, az-data-error events and uncaught errors from the start. */
    async function withRecordingPage(
      body: string,
      check: (win: Window, log: Log) => Promise<void>,
      script = '<script src="/dist/cdn/az-cancel-guide.iife.js"></script>',
    ): Promise<void> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><script>
        window.log = { warnings: [], errors: [], uncaught: [] };
        console.warn = (...args) => log.warnings.push(args.join(' '));
        addEventListener('error', (event) => log.uncaught.push(event.message));
        addEventListener('unhandledrejection', (event) => log.uncaught.push(String(event.reason)));
        document.addEventListener('az-data-error', (event) => log.errors.push(event.detail));
      </script>${script}${body}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { log: Log };
        await check(win, win.log);
      } finally {
        frame.remove();
      }
    }

    it('the validator: the bundled guide, one warning, az-data-error, no uncaught error', async () => {
      await injectFault('/dist/cdn/az-cancel-guide.validator.js', { status: 503 });
      await withRecordingPage(`<az-cancel-guide lang="${DEFAULT_LOCALE}"></az-cancel-guide>`, async (win, log) => {
        const el = win.document.querySelector('az-cancel-guide') as HTMLElement & {
          data: unknown;
          contentReady: Promise<unknown>;
        };
        await el.contentReady;
        el.data = makeGuide({ label: 'Own' });
        await until(() => log.errors.length > 0, 'az-data-error');
        await el.contentReady;
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal((await localeData(DEFAULT_LOCALE)).title);
        expect(log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
          ['code-load-failed', 'validator'],
        ]);
        expect(log.warnings).to.have.length(1);
        expect(log.uncaught).to.deep.equal([]);
      });
    });

    it('the module build’s validator chunk: the bundled guide, one warning, az-data-error, no uncaught error', async () => {
      const entry = await (await fetch('/dist/cdn/az-cancel-guide.js')).text();
      const chunk = /chunks\/load-custom-guide-[\w-]+\.js/.exec(entry)![0];
      await injectFault(`/dist/cdn/${chunk}`, { status: 503 });
      const src = `/test/echo.json?body=${encodeURIComponent(JSON.stringify(makeGuide({ label: 'Own' })))}`;
      await withRecordingPage(
        `<az-cancel-guide lang="${DEFAULT_LOCALE}" src="${src}"></az-cancel-guide>`,
        async (win, log) => {
          await until(() => log.errors.length > 0, 'az-data-error');
          const el = win.document.querySelector('az-cancel-guide')!;
          await until(() => el.shadowRoot?.querySelector('h2') != null, 'the bundled guide');
          expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal((await localeData(DEFAULT_LOCALE)).title);
          expect(log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
            ['code-load-failed', 'validator'],
          ]);
          expect(log.warnings).to.have.length(1);
          expect(log.uncaught).to.deep.equal([]);
        },
        '<script type="module" src="/dist/cdn/az-cancel-guide.js"></script>',
      );
    });

    it('the optional parts (persist, "Clear ticks"): ticks work for the page view, a warning and az-data-error for each part, no uncaught error', async () => {
      await injectFault('/dist/cdn/az-cancel-guide.parts.js', { status: 503 });
      await withRecordingPage(
        `<az-cancel-checklist lang="${DEFAULT_LOCALE}" list="before" persist storage-key="cdn-failed"></az-cancel-checklist>`,
        async (win, log) => {
          const el = win.document.querySelector('az-cancel-checklist') as HTMLElement & {
            checked: string[];
            contentReady: Promise<unknown>;
          };
          await until(() => log.errors.length > 0, 'az-data-error');
          await until(() => el.shadowRoot?.querySelector('input') != null, 'the checklist');
          const [first] = (await localeData(DEFAULT_LOCALE)).before.items;
          el.shadowRoot!.querySelector<HTMLInputElement>(`#item-${first!.id}`)!.click();
          await el.contentReady;
          expect(el.checked).to.deep.equal([first!.id]);
          // The same file holds "Clear ticks": the tick asked for it, and it is left out too (untick by hand).
          expect(el.shadowRoot!.querySelector('[part="reset"]')).to.equal(null);
          expect(log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
            ['code-load-failed', 'persist'],
            ['code-load-failed', 'clear-ticks'],
          ]);
          expect(log.warnings).to.have.length(2);
          expect(log.uncaught).to.deep.equal([]);
        },
      );
    });
  });

  // The locale chunks render completely from the CDN build (every locale's chunk and its content: test/node/cdn-chunks.test.mjs).
  for (const locale of BROWSER_LOCALES) {
    it(`renders the complete guide in ${locale}`, async () => {
      const data = await localeData(locale);
      const el = document.createElement('az-cancel-guide');
      el.lang = locale;
      document.body.append(el);
      try {
        await (el as HTMLElement & { contentReady: Promise<unknown> }).contentReady;
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
        expect(deepQueryAll(el, '[role="tab"]').map((tab) => tab.id)).to.deep.equal(
          data.methods.items.map((m) => `tab-${m.id}`),
        );
        expect(deepQueryAll(el, 'input[type="checkbox"]').map((box) => box.id)).to.deep.equal(
          [
            ...data.methods.items.flatMap((m) => (m.kind === 'in-person' ? m.bring : [])),
            ...data.before.items,
            ...data.after.items,
          ].map((item) => `item-${item.id}`),
        );
        expect(deepQueryAll(el, '[role="tabpanel"] > ol').map((ol) => ol.children.length)).to.deep.equal(
          data.methods.items.map((m) => m.steps.length),
        );
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
});
