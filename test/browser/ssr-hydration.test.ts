// Server-side rendering + hydration, as in the recipe of docs/server-rendering-and-static-snippets.md: the markup comes from @lit-labs/ssr
// rendering the built package in Node (test/browser/ssr-middleware.mjs, GET /ssr?tag=…), is parsed
// with declarative shadow DOM, and is hydrated here by @lit-labs/ssr-client.
//
// The hydrate support must load before Lit: it is this file's first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GuideData } from '../../src/data/guide-types.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, localeContent, localeDeadline } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import { fillTemplate, formatCount } from '../../src/i18n/format.js';
import type { AzCancelChecklist, AzCancelGuide, AzCancelMethods } from '../../src/index.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { clearFaults, injectFault, localeChunkPath } from './faults.js';
import { deepActiveElement, deepQuery, deepQueryAll, isRendered } from './helpers.js';

/**
 * A bundled locale's content, for what to expect. Straight from its chunk, not through the
 * elements' cache, so each test hydrates as a fresh page would.
 */
async function localeData(locale: string): Promise<GuideData> {
  return localeContent(await LOCALE_LOADERS[locale]!());
}

/** The server renders bundled content only: the behaviour tests use the default locale, others a second one. */
const otherLocale = AVAILABLE_LOCALES.find((locale) => locale !== DEFAULT_LOCALE)!;
const methodIds = (data: GuideData): string[] => data.methods.items.map((m) => m.id);

/** The date as the server formatted it (Node's Intl), from the test runner's Node process. */
async function nodeFormattedDate(lang: string, date: string): Promise<string> {
  const response = await fetch(`/ssr-date?${new URLSearchParams({ lang, date })}`);
  if (!response.ok) throw new Error(`/ssr-date answered ${response.status}`);
  return response.text();
}

/** Console errors and warnings, uncaught errors and unhandled rejections while a test runs. */
let problems: string[] = [];
const originalError = console.error;
const originalWarn = console.warn;
const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);

const containers: HTMLElement[] = [];

beforeEach(() => {
  problems = [];
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`console.warn: ${args.join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  console.error = originalError;
  console.warn = originalWarn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  for (const container of containers.splice(0)) container.remove();
});

/** Server-rendered HTML of one element, from the test runner's Node process. */
async function serverHtml(tag: string, attributes: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`/ssr?${new URLSearchParams({ tag, ...attributes })}`);
  if (!response.ok) throw new Error(`/ssr answered ${response.status}`);
  return response.text();
}

/** Puts server HTML into the page the way a browser parses a page: declarative shadow roots attached. */
function insert<T extends HTMLElement>(markup: string, containerLang?: string): T {
  const container = document.createElement('div');
  if (containerLang) container.lang = containerLang;
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  containers.push(container);
  return container.firstElementChild as T;
}

/** The progress line of the guide's "before" checklist. */
const beforeProgress = (el: Element): string =>
  deepQuery(el, 'az-cancel-checklist[list="before"]')
    .shadowRoot!.querySelector('[part="progress-text"]')!
    .textContent.trim();

describe('server-side rendering and hydration', () => {
  it('parses the server HTML, then hydrates it in place when the elements are defined: same nodes, no errors', async () => {
    expect(
      customElements.get('az-cancel-guide'),
      'defined only after the markup is in the page, as on a real page',
    ).to.equal(undefined);
    const content = await localeData(DEFAULT_LOCALE);
    const second = methodIds(content)[1]!;
    const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide', { lang: DEFAULT_LOCALE }));

    // Before any of the package's code runs: the server's content, styled, in declarative shadow roots.
    const root = guide.shadowRoot!;
    expect(root, 'declarative shadow root').to.exist;
    const title = root.querySelector('h2')!;
    expect(title.textContent).to.equal(content.title);
    const methods = root.querySelector<AzCancelMethods>('az-cancel-methods')!;
    expect(methods.shadowRoot, 'nested declarative shadow root').to.exist;
    const secondTab = methods.shadowRoot!.querySelector(`#tab-${second}`)!;
    const otherPanels = methodIds(content)
      .slice(1)
      .map((id) => methods.shadowRoot!.querySelector(`#panel-${id}`)!);
    // Plain `hidden` from the server, as before (a page that never runs the script is unchanged); "until-found" once hydrated.
    expect(
      otherPanels.map((panel) => panel.getAttribute('hidden')),
      'the server’s hidden panels',
    ).to.deep.equal(otherPanels.map(() => ''));
    const checkbox = deepQuery<HTMLInputElement>(guide, `#item-${content.before.items[0]!.id}`);
    expect(checkbox.checked, 'the server ticks nothing').to.equal(false);
    expect(getComputedStyle(guide).display, 'server-rendered styles apply').to.equal('block');
    await expect(guide).to.be.accessible();

    await import('../../src/index.js');
    await guide.contentReady;

    expect(problems).to.deep.equal([]);
    expect(methods.hasAttribute('defer-hydration'), 'inner elements hydrated too').to.equal(false);
    expect(root.querySelector('h2'), 'the title node is the server’s').to.equal(title);
    expect(methods.shadowRoot!.querySelector(`#tab-${second}`), 'tabs are the server’s').to.equal(secondTab);
    expect(deepQuery(guide, `#item-${content.before.items[0]!.id}`), 'checkboxes are the server’s').to.equal(checkbox);
    expect(root.querySelectorAll('article').length, 'nothing rendered twice').to.equal(1);
    expect(deepQueryAll(guide, '[role="tab"]').map((tab) => tab.id)).to.deep.equal(
      methodIds(content).map((id) => `tab-${id}`),
    );
    expect(
      otherPanels.map((panel) => panel.getAttribute('hidden')),
      'hydrated: searchable by find-in-page',
    ).to.deep.equal(otherPanels.map(() => 'until-found'));
    await expect(guide).to.be.accessible();
  });

  // Second: its locale's chunk must not have been loaded yet (the first test loads only the default locale).
  it('while the chunk of the server’s locale loads, updateComplete resolves (Lit’s meaning) and the markup stays; contentReady waits, then hydrates', async () => {
    const locale = AVAILABLE_LOCALES.find((candidate) => candidate !== DEFAULT_LOCALE && candidate !== otherLocale)!;
    const deadline = localeDeadline.ms;
    localeDeadline.ms = 2000; // were updateComplete to wait for the chunk, the deadline would pass and the markup go
    await injectFault(localeChunkPath(locale), { stall: true });
    try {
      const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide', { lang: locale }));
      const title = guide.shadowRoot!.querySelector('h2')!;
      expect(await guide.updateComplete, 'no update pending').to.equal(true);
      expect(guide.shadowRoot!.querySelector('h2'), 'the server’s markup, not yet hydrated').to.equal(title);
      await clearFaults(); // the chunk arrives
      await guide.contentReady;
      expect(guide.shadowRoot!.querySelector('h2'), 'hydrated in place').to.equal(title);
      expect(guide.shadowRoot!.querySelectorAll('article').length).to.equal(1);
      expect(title.textContent).to.equal((await localeData(locale)).title);
      expect(problems).to.deep.equal([]);
    } finally {
      localeDeadline.ms = deadline;
      await clearFaults();
    }
  });

  it('after hydration, find-in-page opens the tab of a match (the panel’s beforematch)', async () => {
    const content = await localeData(DEFAULT_LOCALE);
    const ids = methodIds(content);
    const first = ids[0]!;
    const last = ids.at(-1)!;
    const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide', { lang: DEFAULT_LOCALE }));
    await guide.contentReady;
    const methods = deepQuery<AzCancelMethods>(guide, 'az-cancel-methods');
    const details: unknown[] = [];
    guide.addEventListener('az-method-change', (event) => details.push(event.detail));
    methods.shadowRoot!.querySelector(`#panel-${last}`)!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await guide.contentReady;
    expect(problems).to.deep.equal([]);
    expect(details).to.deep.equal([{ method: last, previous: first, findInPage: true }]);
    expect(guide.method, 'the guide follows').to.equal(last);
    expect(methods.shadowRoot!.querySelector(`#tab-${last}`)!.getAttribute('aria-selected')).to.equal('true');
    expect(isRendered(methods.shadowRoot!.querySelector(`#panel-${last}`)!)).to.equal(true);
    expect(methods.shadowRoot!.querySelector(`#panel-${first}`)!.getAttribute('hidden')).to.equal('until-found');
  });

  it('after hydration, arrow keys switch tabs and Space ticks an item', async () => {
    const content = await localeData(DEFAULT_LOCALE);
    const ids = methodIds(content);
    const [first, second] = ids as [string, string];
    const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide', { lang: DEFAULT_LOCALE }));
    await guide.contentReady;
    const methods = deepQuery<AzCancelMethods>(guide, 'az-cancel-methods');
    const tab = (id: string) => methods.shadowRoot!.querySelector<HTMLElement>(`#tab-${id}`)!;
    const panel = (id: string) => methods.shadowRoot!.querySelector<HTMLElement>(`#panel-${id}`)!;

    tab(first).focus();
    await sendKeys({ press: 'ArrowRight' });
    await guide.contentReady;
    expect(deepActiveElement()).to.equal(tab(second));
    expect(tab(second).getAttribute('aria-selected')).to.equal('true');
    expect(tab(first).getAttribute('aria-selected')).to.equal('false');
    expect(isRendered(panel(second))).to.equal(true);
    expect(isRendered(panel(first))).to.equal(false);
    expect(guide.method, 'the guide follows the user’s choice').to.equal(second);
    await sendKeys({ press: 'End' });
    await guide.contentReady;
    expect(deepActiveElement()).to.equal(tab(ids.at(-1)!));

    const checkbox = deepQuery<HTMLInputElement>(guide, `#item-${content.before.items[0]!.id}`);
    checkbox.focus();
    await sendKeys({ press: ' ' });
    await guide.contentReady;
    expect(checkbox.checked).to.equal(true);
    const total = content.before.items.length;
    expect(beforeProgress(guide)).to.equal(formatCount(content.ui.progress, DEFAULT_LOCALE, total, { done: 1, total }));
    expect(problems).to.deep.equal([]);
    await expect(guide).to.be.accessible();
  });

  // And az, whose dates Node's ICU and Chromium's format differently. Every locale's server output: test/node/ssr.test.mjs.
  for (const locale of [...BROWSER_LOCALES, 'az']) {
    it(`${locale}: hydrates without errors, whatever Node's Intl formatted; later changes use the browser's`, async () => {
      const data = await localeData(locale);
      const nodeDate = await nodeFormattedDate(data.dateLocale ?? locale, data.lastReviewed);
      const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide', { lang: locale }));
      const reviewed = guide.shadowRoot!.querySelector('.reviewed')!;
      const serverDate = reviewed.textContent;
      const serverProgress = beforeProgress(guide);
      await guide.contentReady;
      expect(problems).to.deep.equal([]);
      expect(guide.shadowRoot!.querySelector('.reviewed')).to.equal(reviewed);

      // Lit hydrates structure, not text: text that Node's ICU formatted differently from the browser
      // (e.g. az dates: Node "26 noyabr 2026", Chromium "2026-11-26") stays as the server wrote it.
      expect(serverDate).to.equal(fillTemplate(data.ui.lastReviewed, { date: nodeDate }));
      expect(reviewed.textContent).to.equal(serverDate);
      const total = data.before.items.length;
      expect(serverProgress).to.equal(formatCount(data.ui.progress, locale, total, { done: 0, total }));

      deepQuery<HTMLInputElement>(guide, `#item-${data.before.items[1]!.id}`).click();
      await guide.contentReady;
      expect(beforeProgress(guide)).to.equal(formatCount(data.ui.progress, locale, total, { done: 1, total }));
      expect(guide.shadowRoot!.querySelector('article')!.getAttribute('dir')).to.equal(data.dir);
      expect(problems).to.deep.equal([]);
    });
  }

  it('renders the server’s state first, then the browser’s: saved ticks and the URL hash', async () => {
    const content = await localeData(DEFAULT_LOCALE);
    const ids = methodIds(content);
    const fromHash = ids.at(-1)!;
    const key = 'az-cancel-guide:checklist:v1:guide-before';
    const saved = content.before.items.at(-1)!.id;
    localStorage.setItem(key, JSON.stringify({ [saved]: true }));
    const url = location.href;
    history.replaceState(history.state, '', `#az-method=${fromHash}`);
    try {
      const guide = insert<AzCancelGuide>(
        await serverHtml('az-cancel-guide', { lang: DEFAULT_LOCALE, persist: '', 'sync-hash': '' }),
      );
      const methods = deepQuery<AzCancelMethods>(guide, 'az-cancel-methods');
      expect(
        methods.shadowRoot!.querySelector(`#tab-${ids[0]!}`)!.getAttribute('aria-selected'),
        'server state',
      ).to.equal('true');
      await guide.contentReady;
      expect(problems).to.deep.equal([]);

      expect(methods.method).to.equal(fromHash);
      for (const id of ids) {
        const selected = id === fromHash;
        const tab = methods.shadowRoot!.querySelector(`#tab-${id}`)!;
        expect(tab.getAttribute('aria-selected'), id).to.equal(String(selected));
        expect(tab.getAttribute('tabindex'), id).to.equal(selected ? '0' : '-1');
        expect(isRendered(methods.shadowRoot!.querySelector<HTMLElement>(`#panel-${id}`)!), id).to.equal(selected);
      }
      const checklist = deepQuery<AzCancelChecklist>(guide, 'az-cancel-checklist[list="before"]');
      expect(checklist.checked).to.deep.equal([saved]);
      expect(deepQuery<HTMLInputElement>(guide, `#item-${saved}`).checked).to.equal(true);
      const total = content.before.items.length;
      expect(beforeProgress(guide), 'the text is re-rendered, not left as the server’s').to.equal(
        formatCount(content.ui.progress, DEFAULT_LOCALE, total, { done: 1, total }),
      );
      await expect(guide).to.be.accessible();
    } finally {
      localStorage.removeItem(key);
      history.replaceState(history.state, '', url);
    }
  });

  it('without lang the server renders no content; the browser then shows the page’s language', async () => {
    const pageLanguage = await localeData(otherLocale);
    const guide = insert<AzCancelGuide>(await serverHtml('az-cancel-guide'), otherLocale);
    expect(guide.shadowRoot!.querySelector('article')).to.equal(null);
    expect(guide.shadowRoot!.querySelector('slot')).to.exist;
    await guide.contentReady;
    expect(problems).to.deep.equal([]);
    expect(guide.shadowRoot!.querySelector('h2')!.textContent).to.equal(pageLanguage.title);
    expect(guide.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    await expect(guide).to.be.accessible();
  });

  it('standalone methods and checklist hydrate too (arrow keys of the content’s direction, saved ticks, Space)', async () => {
    // The methods in a right-to-left locale where one is bundled; the checklist in another locale.
    const locales = await Promise.all(AVAILABLE_LOCALES.map(localeData));
    const methodsData = locales.find((data) => data.dir === 'rtl') ?? locales[0]!;
    const checklistData = locales.find((data) => data !== methodsData && data.locale !== DEFAULT_LOCALE)!;
    const [, second, third] = methodIds(methodsData) as [string, string, string];
    const afterIds = checklistData.after.items.map((item) => item.id);
    const [first, next] = afterIds as [string, string];
    const key = 'az-cancel-guide:checklist:v1:ssr-standalone';
    localStorage.setItem(key, JSON.stringify({ [next]: true }));
    const methods = insert<AzCancelMethods>(
      await serverHtml('az-cancel-methods', { lang: methodsData.locale, method: second }),
    );
    const checklist = insert<AzCancelChecklist>(
      await serverHtml('az-cancel-checklist', {
        lang: checklistData.locale,
        list: 'after',
        persist: '',
        'storage-key': 'ssr-standalone',
      }),
    );
    const secondTab = methods.shadowRoot!.querySelector<HTMLElement>(`#tab-${second}`)!;
    await methods.contentReady;
    await checklist.contentReady; // includes the update that restores the saved ticks
    expect(problems).to.deep.equal([]);
    expect(checklist.shadowRoot!.querySelector<HTMLInputElement>(`#item-${next}`)!.checked).to.equal(true);
    expect(methods.shadowRoot!.querySelector(`#tab-${second}`)).to.equal(secondTab);

    secondTab.focus();
    await sendKeys({ press: methodsData.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' }); // forward in the content's direction
    await methods.contentReady;
    expect(methods.method).to.equal(third);
    expect(deepActiveElement()!.id).to.equal(`tab-${third}`);

    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>(`#item-${first}`)!;
    box.focus();
    await sendKeys({ press: ' ' });
    await checklist.contentReady;
    expect(checklist.checked).to.deep.equal([next, first]);
    expect(JSON.parse(localStorage.getItem(key)!), 'only ticked ids are saved').to.deep.equal({
      [next]: true,
      [first]: true,
    });
    localStorage.removeItem(key);
    expect(problems).to.deep.equal([]);
    await expect(methods).to.be.accessible();
    await expect(checklist).to.be.accessible();
  });

  type PageWindow = Window & typeof globalThis & { ssrProblems: string[]; serverTitle: Element };

  /** A whole server-rendered page (GET /ssr-page) in an iframe, once its client script has run. */
  async function serverPage(query: string): Promise<{ win: PageWindow; guide: AzCancelGuide }> {
    const iframe = document.createElement('iframe');
    iframe.title = 'server-rendered page';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = `/ssr-page?${query}`;
    document.body.append(iframe);
    containers.push(iframe);
    await loaded;
    const win = iframe.contentWindow as PageWindow;
    await win.customElements.whenDefined('az-cancel-guide');
    const guide = win.document.querySelector<AzCancelGuide>('az-cancel-guide')!;
    await guide.contentReady;
    return { win, guide };
  }

  it('the README recipe: a whole server-rendered page whose module script hydrates it once parsed', async () => {
    const data = await localeData(otherLocale);
    const last = methodIds(data).at(-1)!;
    const { win, guide } = await serverPage(`lang=${otherLocale}`);
    const root = guide.shadowRoot!;

    expect(win.ssrProblems).to.deep.equal([]);
    expect(root.querySelector('h2'), 'the server’s title node, taken before hydration').to.equal(win.serverTitle);
    expect(root.querySelector('h2')!.textContent).to.equal(data.title);
    expect(root.querySelector('style'), 'the server’s styles: hydrated, not rendered afresh').to.exist;
    // (Nodes of another window: the helpers' instanceof checks do not apply, so query each shadow root.)
    const methods = root.querySelector<AzCancelMethods>('az-cancel-methods')!;
    const after = root.querySelector<AzCancelChecklist>('az-cancel-checklist[list="after"]')!;
    expect(methods.hasAttribute('defer-hydration')).to.equal(false);

    methods.shadowRoot!.querySelector<HTMLElement>(`#tab-${last}`)!.click();
    after.shadowRoot!.querySelector<HTMLInputElement>(`#item-${data.after.items[0]!.id}`)!.click();
    await guide.contentReady;
    expect(methods.method).to.equal(last);
    expect(methods.shadowRoot!.querySelector<HTMLElement>(`#panel-${last}`)!.hidden).to.equal(false);
    const total = data.after.items.length;
    expect(after.shadowRoot!.querySelector('[part="progress-text"]')!.textContent.trim()).to.equal(
      formatCount(data.ui.progress, otherLocale, total, { done: 1, total }),
    );
    expect(win.ssrProblems).to.deep.equal([]);
  });

  const withoutHydrateSupport = {
    cdn: 'the CDN bundle',
    'npm-only': 'the npm build alone',
    'late-support': 'the support loaded after Lit',
  };
  for (const [client, label] of Object.entries(withoutHydrateSupport)) {
    it(`without the hydrate support (${label}) the guide is rendered afresh, once`, async () => {
      const data = await localeData(otherLocale);
      const second = methodIds(data)[1]!;
      const { win, guide } = await serverPage(`lang=${otherLocale}&client=${client}`);
      const root = guide.shadowRoot!;
      expect(win.ssrProblems).to.deep.equal([]);
      expect(root.querySelector('h2'), 'rendered afresh').not.to.equal(win.serverTitle);
      expect(root.querySelectorAll('article').length, 'not next to the server’s copy').to.equal(1);
      expect(root.querySelectorAll('az-cancel-methods').length).to.equal(1);
      expect(root.querySelector('h2')!.textContent).to.equal(data.title);
      const methods = root.querySelector<AzCancelMethods>('az-cancel-methods')!;
      methods.shadowRoot!.querySelector<HTMLElement>(`#tab-${second}`)!.click();
      await guide.contentReady;
      expect(methods.shadowRoot!.querySelector<HTMLElement>(`#panel-${second}`)!.hidden).to.equal(false);
      expect(methods.shadowRoot!.querySelectorAll('[role="tablist"]').length).to.equal(1);
      expect(win.ssrProblems).to.deep.equal([]);
    });
  }

  it('if the browser cannot load the locale in the server’s markup, it renders afresh instead of breaking', async () => {
    // As after a deploy where the server knows a locale the browser's build does not.
    const [first, second] = methodIds(await localeData(DEFAULT_LOCALE)) as [string, string];
    const markup = (await serverHtml('az-cancel-guide', { lang: DEFAULT_LOCALE })).replace(
      new RegExp(`(<article part="base"\\s+dir="ltr"\\s+)lang="${DEFAULT_LOCALE}"`),
      '$1lang="xx"',
    );
    expect(markup).to.contain('lang="xx"');
    const guide = insert<AzCancelGuide>(markup);
    await guide.contentReady;
    // Lit reports that nothing could be hydrated; the element then renders its content itself.
    expect(problems.length, problems.join('\n')).to.be.at.most(1);
    expect(problems.every((problem) => problem.includes('root part'))).to.equal(true);
    expect(guide.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(guide.shadowRoot!.querySelector('article')!.lang).to.equal(DEFAULT_LOCALE);
    expect(guide.shadowRoot!.querySelector('style'), 'the server’s styles stay').to.exist;
    const methods = deepQuery<AzCancelMethods>(guide, 'az-cancel-methods');
    methods.shadowRoot!.querySelector<HTMLElement>(`#tab-${first}`)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await guide.contentReady;
    expect(methods.method).to.equal(second);
    await expect(guide).to.be.accessible();
  });
});
