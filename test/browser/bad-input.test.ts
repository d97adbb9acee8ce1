// Bad input never blanks the guide: each case below is a row of the "Bad input" table in docs/bad-input-and-privacy.md
// (what the user sees, which event fires). Network faults come from the test server (faults.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, AzCancelMethods, DataErrorDetail, GuideData } from '../../src/index.js';
import { DEFAULT_LOCALE, loadLocale } from '../../src/data/locales.js';
import { safeHref } from '../../src/lib/safe-url.js';
import { makeGuide, withChanges } from '../content/make-guide.js';
import { captureWarnings, deepQuery, deepQueryAll, echoUrl, isRendered, textWithoutTag } from './helpers.js';
import { clearFaults, faultHits, injectFault, until, type Fault } from './faults.js';

type Listener = (event: Event) => void;

/** Runs `run` and returns the az-data-error details, console warnings and uncaught errors it caused. */
async function observe(
  run: () => Promise<unknown>,
): Promise<{ errors: DataErrorDetail[]; warnings: string[]; uncaught: string[] }> {
  const errors: DataErrorDetail[] = [];
  const uncaught: string[] = [];
  const onDataError = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
  const onUncaught: Listener = (event) =>
    uncaught.push(String((event as ErrorEvent).message ?? (event as PromiseRejectionEvent).reason));
  document.addEventListener('az-data-error', onDataError);
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  try {
    const warnings = await captureWarnings(run);
    await new Promise((resolve) => setTimeout(resolve, 50)); // let a stray rejection surface
    return { errors, warnings, uncaught };
  } finally {
    document.removeEventListener('az-data-error', onDataError);
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
  }
}

/** Resolves with the element's update, or rejects after `ms`: a guide that never settles fails fast. */
async function settled(el: { contentReady: Promise<unknown> }, ms = 3000): Promise<void> {
  let timer!: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms)),
  );
  try {
    await Promise.race([el.contentReady, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The content the tests pass; the bundled guide of DEFAULT_LOCALE is what a failure falls back to. */
const guide = makeGuide();
const cloneGuide = (): GuideData => structuredClone(guide);
let bundled: GuideData;
before(async () => (bundled = await loadLocale(DEFAULT_LOCALE)));
const title = (el: Element): string | undefined =>
  el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? undefined;
const selectedTabs = (el: Element): string[] =>
  deepQueryAll(el, '[role="tab"][aria-selected="true"]').map((tab) => tab.id);
const visiblePanels = (el: Element): string[] =>
  deepQueryAll(el, '[role="tabpanel"]')
    .filter(isRendered)
    .map((panel) => panel.id);

async function guideWithData(data: unknown): Promise<AzCancelGuide> {
  const el = document.createElement('az-cancel-guide');
  el.lang = DEFAULT_LOCALE;
  el.data = data as GuideData; // deliberately anything: what a page might pass
  await fixture(html`<div>${el}</div>`);
  await settled(el);
  return el;
}

describe('bad input', () => {
  afterEach(() => clearFaults());

  describe('a data object that cannot be read', () => {
    it('a getter that throws: the bundled guide, az-data-error naming the failure, no uncaught error', async () => {
      const data = cloneGuide();
      Object.defineProperty(data, 'title', {
        enumerable: true,
        get() {
          throw new Error('store is not hydrated yet');
        },
      });
      let el!: AzCancelGuide;
      const { errors, warnings, uncaught } = await observe(async () => (el = await guideWithData(data)));
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(bundled.title);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'invalid-data', source: 'data' });
      expect(errors[0]!.message).to.contain('store is not hydrated yet');
      expect(warnings).to.have.length(1);
    });

    it('a Proxy whose trap throws (a state library’s draft): the bundled guide and az-data-error', async () => {
      const draft = new Proxy(cloneGuide(), {
        get(target, key, receiver) {
          if (key === 'methods') throw new TypeError('Cannot perform "get" on a proxy that has been revoked');
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      let el!: AzCancelGuide;
      const { errors, uncaught } = await observe(async () => (el = await guideWithData(draft)));
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(bundled.title);
      expect(deepQueryAll(el, '[role="tab"]')).to.have.length(bundled.methods.items.length);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'invalid-data', source: 'data' });
      expect(errors[0]!.message).to.contain('revoked');
    });

    it('a revoked Proxy: the bundled guide and az-data-error', async () => {
      const { proxy, revoke } = Proxy.revocable(cloneGuide(), {});
      revoke();
      let el!: AzCancelGuide;
      const { errors, uncaught } = await observe(async () => (el = await guideWithData(proxy)));
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(bundled.title);
      expect(errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
    });

    it('an object larger than the size cap as JSON: the bundled guide and az-data-error (too-large)', async () => {
      const data = withChanges(guide, (copy) => {
        copy.intro = Array.from({ length: 200 }, () => 'x'.repeat(3000));
      });
      let el!: AzCancelGuide;
      const { errors } = await observe(async () => (el = await guideWithData(data)));
      expect(title(el)).to.equal(bundled.title);
      expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([['too-large', 'data']]);
    });

    it('a Proxy that reads fine is accepted like the object behind it', async () => {
      const data = cloneGuide();
      data.title = 'Through a Proxy';
      let el!: AzCancelGuide;
      const { errors } = await observe(async () => (el = await guideWithData(new Proxy(data, {}))));
      expect(errors).to.deep.equal([]);
      expect(title(el)).to.equal('Through a Proxy');
    });
  });

  describe('a data object changed after it was accepted', () => {
    it('changes nothing on screen, even when the guide re-renders, until data is set again', async () => {
      const data = cloneGuide();
      data.title = 'As accepted';
      const el = await guideWithData(data);
      expect(title(el)).to.equal('As accepted');

      const [first, second, last] = [data.methods.items[0]!, data.methods.items[1]!, data.methods.items.at(-1)!];
      const originalName = second.name;
      data.title = 'Changed afterwards';
      second.name = 'Changed tab';
      deepQuery(el, `#tab-${last.id}`).click(); // the guide and its parts render again
      el.lang = 'ru';
      el.requestUpdate();
      await settled(el);
      expect(title(el)).to.equal('As accepted');
      expect(textWithoutTag(deepQuery(el, `#tab-${second.id}`))).to.equal(originalName);
      expect(deepQuery(el, `#tab-${first.id}`).getAttribute('aria-selected')).to.equal('false');

      el.data = data; // the same object, set again: read anew
      await settled(el);
      expect(title(el)).to.equal('Changed afterwards');
      expect(textWithoutTag(deepQuery(el, `#tab-${second.id}`))).to.equal('Changed tab');
    });

    it('a duplicate method added afterwards never shows two selected tabs', async () => {
      const data = cloneGuide();
      const el = await guideWithData(data);
      const count = data.methods.items.length;
      const second = data.methods.items[1]!.id;
      data.methods.items.push(structuredClone(data.methods.items[0]!));
      el.requestUpdate();
      deepQuery(el, `#tab-${second}`).click();
      await settled(el);
      expect(selectedTabs(el)).to.deep.equal([`tab-${second}`]);
      expect(visiblePanels(el)).to.deep.equal([`panel-${second}`]);
      expect(deepQueryAll(el, '[role="tab"]')).to.have.length(count);
    });
  });

  describe('duplicate ids', () => {
    it('two methods with one id: the bundled guide, one selected tab, az-data-error', async () => {
      const data = cloneGuide();
      data.title = 'Duplicate methods';
      data.methods.items.push(structuredClone(data.methods.items[0]!));
      let el!: AzCancelGuide;
      const { errors } = await observe(async () => (el = await guideWithData(data)));
      expect(title(el)).to.equal(bundled.title);
      expect(errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
      expect(selectedTabs(el)).to.have.length(1);
      expect(visiblePanels(el)).to.have.length(1);
    });

    it('one checklist id in both lists: the bundled guide, every label ticks its own box, az-data-error', async () => {
      const data = cloneGuide();
      data.title = 'Duplicate items';
      data.after.items[0]!.id = data.before.items[0]!.id;
      let el!: AzCancelGuide;
      const { errors } = await observe(async () => (el = await guideWithData(data)));
      expect(title(el)).to.equal(bundled.title);
      expect(errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
      const ids = deepQueryAll(el, 'input[type="checkbox"]').map((box) => box.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });

  describe('a language tag of the right shape that Intl rejects', () => {
    for (const key of ['locale', 'dateLocale'] as const) {
      it(`${key} "en-x1": the bundled guide, az-data-error naming ${key}, no uncaught error`, async () => {
        expect(() => Intl.getCanonicalLocales('en-x1'), 'Intl rejects the tag').to.throw(RangeError);
        const data = cloneGuide();
        data.title = `Bad ${key}`;
        data[key] = 'en-x1';
        let el!: AzCancelGuide;
        const { errors, warnings, uncaught } = await observe(async () => (el = await guideWithData(data)));
        expect(uncaught).to.deep.equal([]);
        expect(title(el)).to.equal(bundled.title);
        expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([['invalid-data', 'data']]);
        expect(errors[0]!.message).to.contain(key);
        expect(warnings).to.have.length(1);
      });
    }
  });

  describe('links: the validator and the renderers apply one URL check', () => {
    const HREFS = [
      'https://evisa.gov.az/',
      'HTTPS://EVISA.GOV.AZ/',
      'Http://example.org/',
      'mailto:visa@example.org',
      'tel:+994125555555',
      'http:javascript:alert(1)',
      'javascript:alert(1)',
      'https:',
      '//evisa.gov.az/',
      '/relative',
    ];
    for (const href of HREFS) {
      const allowed = safeHref(href) !== undefined;
      it(`${href}: ${allowed ? 'accepted and rendered as a link' : 'rejected with az-data-error'}`, async () => {
        const data = withChanges(guide, (copy) => {
          copy.title = 'With a link';
          copy.notice.links[0]!.href = href;
        });
        let el!: AzCancelGuide;
        const { errors } = await observe(async () => (el = await guideWithData(data)));
        if (allowed) {
          expect(errors).to.deep.equal([]);
          expect(title(el)).to.equal('With a link');
          const links = Array.from(deepQuery(el, '[part="notice"]').querySelectorAll('a'), (a) =>
            a.getAttribute('href'),
          );
          expect(links).to.include(safeHref(href));
        } else {
          expect(errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
          expect(errors[0]!.message).to.contain('$.notice.links[0].href');
          expect(title(el)).to.equal(bundled.title);
        }
      });
    }
  });

  describe('src over a network that misbehaves', () => {
    const fromSrc = withChanges(guide, (copy) => {
      copy.title = 'From src';
    });
    const GOOD = echoUrl(JSON.stringify(fromSrc));
    const FAULTY = '/test/fixtures/faulty-guide.json';
    const cases: Array<[string, string, Fault, DataErrorDetail['reason'] | undefined]> = [
      ['a server error (500)', FAULTY, { status: 500 }, 'fetch-failed'],
      ['a redirect to a missing file', FAULTY, { redirect: '/test/fixtures/missing.json' }, 'fetch-failed'],
      ['a redirect to a valid guide', FAULTY, { redirect: GOOD }, undefined],
      ['an answer 300 ms late', GOOD, { delay: 300 }, undefined],
    ];
    for (const [what, src, fault, reason] of cases) {
      it(`${what}: ${reason ? `the bundled guide and az-data-error (${reason})` : 'the site’s guide'}`, async () => {
        const path = new URL(src, location.href).pathname;
        await injectFault(path, fault);
        let el!: AzCancelGuide;
        const { errors } = await observe(async () => {
          el = document.createElement('az-cancel-guide');
          el.lang = DEFAULT_LOCALE;
          el.src = src;
          await fixture(html`<div>${el}</div>`);
          await settled(el);
        });
        expect(await faultHits(path), 'the request went through the fault').to.equal(1);
        if (reason) {
          expect(title(el)).to.equal(bundled.title);
          expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([[reason, src]]);
        } else {
          expect(title(el)).to.equal('From src');
          expect(errors).to.deep.equal([]);
        }
      });
    }
  });

  describe('src and data: the rules the CLI and the editor apply', () => {
    /** What a `src` fails with: the bundled guide stays, one console message, one az-data-error. */
    async function srcFailure(src: string): Promise<DataErrorDetail> {
      let el!: AzCancelGuide;
      const { errors, warnings, uncaught } = await observe(async () => {
        el = document.createElement('az-cancel-guide');
        el.lang = DEFAULT_LOCALE;
        el.src = src;
        await fixture(html`<div>${el}</div>`);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(bundled.title);
      expect(warnings).to.have.length(1);
      expect(errors).to.have.length(1);
      return errors[0]!;
    }

    it('src with bytes that are not UTF-8: the bundled guide, one message, az-data-error (invalid-json)', async () => {
      const latin1 = [...new TextEncoder().encode('{"title": "Caf'), 0xe9, ...new TextEncoder().encode('"}')]; // é in Latin-1
      const src = `/test/echo.json?base64=${encodeURIComponent(btoa(String.fromCharCode(...latin1)))}`;
      const error = await srcFailure(src);
      expect(error).to.include({ reason: 'invalid-json', source: src });
      expect(error.message).to.contain('is not UTF-8 text');
    });

    it('src with JSON nested deeper than a guide can be: az-data-error (invalid-json) naming the depth', async () => {
      const src = echoUrl(`${'['.repeat(40)}${']'.repeat(40)}`);
      const error = await srcFailure(src);
      expect(error).to.include({ reason: 'invalid-json', source: src });
      expect(error.message).to.contain('nests more than 32 levels deep');
    });

    it('src with a tab name of only zero-width characters: az-data-error (invalid-data) naming it', async () => {
      const blankTab = withChanges(guide, (copy) => {
        copy.methods.items[0]!.name = '\u200B\u2060';
      });
      const src = echoUrl(JSON.stringify(blankTab));
      const error = await srcFailure(src);
      expect(error).to.include({ reason: 'invalid-data', source: src });
      expect(error.message).to.contain('$.methods.items[0].name: expected non-empty text');
    });

    it('data with a title of only zero-width characters: the bundled guide and az-data-error naming it', async () => {
      let el!: AzCancelGuide;
      const blankTitle = withChanges(guide, (copy) => {
        copy.title = '\u200B';
      });
      const { errors } = await observe(async () => (el = await guideWithData(blankTitle)));
      expect(title(el)).to.equal(bundled.title);
      expect(errors.map((error) => error.reason)).to.deep.equal(['invalid-data']);
      expect(errors[0]!.message).to.contain('$.title: expected non-empty text');
    });
  });

  describe('moving an element into another document (a same-origin iframe)', () => {
    let frame: HTMLIFrameElement;
    beforeEach(async () => {
      frame = document.createElement('iframe');
      frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
    });
    afterEach(() => frame.remove());

    it('keeps its styles and keeps working, with no uncaught error', async () => {
      const el = document.createElement('az-cancel-guide');
      el.data = guide;
      document.body.append(el);
      await settled(el);
      const otherDocument = frame.contentDocument!;
      const otherWindow = frame.contentWindow!;
      let methods!: AzCancelMethods;
      const { uncaught, warnings } = await observe(async () => {
        otherDocument.body.append(otherDocument.adoptNode(el));
        await settled(el);
        methods = deepQuery<AzCancelMethods>(el, 'az-cancel-methods');
        deepQuery(el, `#tab-${guide.methods.items[1]!.id}`).click();
        const again = withChanges(guide, (copy) => {
          copy.title = 'Rendered again';
        });
        el.data = again; // renders again, in the other document
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(el.ownerDocument === otherDocument, 'moved').to.be.true;
      expect(methods.method).to.equal(guide.methods.items[1]!.id);
      expect(title(el)).to.equal('Rendered again');
      const tablist = deepQuery(el, '[role="tablist"]');
      // Styles made in the other document arrive a moment later (their code is a chunk of its own).
      await until(() => otherWindow.getComputedStyle(tablist).display === 'flex', 'styles in the other document');
      expect(otherWindow.getComputedStyle(tablist).display, 'the tabs keep their layout').to.equal('flex');
      const checkbox = deepQuery(el, 'input[type="checkbox"]');
      expect(otherWindow.getComputedStyle(checkbox).boxSizing, 'the checklist keeps its styles').to.equal('border-box');
      expect(otherWindow.getComputedStyle(el).display).to.equal('block');
      el.remove();
    });

    it('renders for the first time in the other document, styled, with no uncaught error', async () => {
      const otherDocument = frame.contentDocument!;
      const el = otherDocument.adoptNode(document.createElement('az-cancel-guide'));
      el.data = guide;
      const { uncaught } = await observe(async () => {
        otherDocument.body.append(el);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(guide.title);
      const tablist = deepQuery(el, '[role="tablist"]');
      await until(
        () => frame.contentWindow!.getComputedStyle(tablist).display === 'flex',
        'styles in the other document',
      );
      el.remove();
    });
  });
});

describe('bad input: storage full, then a content change', () => {
  const key = 'az-cancel-guide:checklist:v1:storage-full';
  let setItem: Storage['setItem'];
  beforeEach(() => {
    localStorage.setItem(key, JSON.stringify({ [guide.before.items[1]!.id]: true })); // a tick saved before storage filled up
    setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  afterEach(() => {
    Storage.prototype.setItem = setItem;
    localStorage.removeItem(key);
  });

  it('a checklist keeps a tick storage refused when its content changes', async () => {
    const el = document.createElement('az-cancel-checklist');
    el.list = 'before';
    el.persist = true;
    el.storageKey = 'storage-full';
    el.data = cloneGuide();
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    const [first, second] = guide.before.items.map((item) => item.id);
    deepQuery(el, `#item-${first}`).click();
    await settled(el);
    expect(el.checked).to.have.members([first, second]);
    const changed = withChanges(guide, (copy) => {
      copy.title = 'New content';
    });
    el.data = changed;
    await settled(el);
    expect(el.checked, 'the refused tick is still shown').to.have.members([first, second]);
    expect(deepQuery<HTMLInputElement>(el, `#item-${first}`).checked).to.be.true;
    expect(deepQuery(el, '[part="progress-text"]').textContent).to.contain('2');
  });

  it('a guide keeps a tick storage refused when its language changes', async () => {
    const el = document.createElement('az-cancel-guide');
    el.lang = DEFAULT_LOCALE;
    el.persist = true;
    el.storageKey = 'storage';
    setItem.call(localStorage, key.replace('storage-full', 'storage-before'), '{}'); // a record: the list was used before
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    const first = bundled.before.items[0]!.id;
    deepQuery(el, `#item-${first}`).click();
    await settled(el);
    el.lang = 'ru';
    await settled(el);
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('ru');
    expect(deepQuery<HTMLInputElement>(el, `#item-${first}`).checked, 'the tick survives the language change').to.be
      .true;
    localStorage.removeItem('az-cancel-guide:checklist:v1:storage-before');
  });
});

type FrameLog = { warnings: string[]; errors: DataErrorDetail[]; uncaught: string[] };
type FrameWindow = Window & { log: FrameLog; customElements: CustomElementRegistry };

/**
 * A page of its own (an iframe: its own module map and element registry, so a chunk that fails there fails
 * nowhere else) that records its warnings, az-data-error events and uncaught errors, then runs `head` (inline)
 * and loads `script` (the elements from source, or a built bundle).
 */
async function isolatedPage(
  body: string,
  { head = '', script = '/src/index.ts', module = true } = {},
): Promise<{ win: FrameWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
    window.log = { warnings: [], errors: [], uncaught: [] };
    console.warn = (...args) => log.warnings.push(args.join(' '));
    addEventListener('error', (event) => log.uncaught.push(event.message));
    addEventListener('unhandledrejection', (event) => log.uncaught.push(String(event.reason)));
    document.addEventListener('az-data-error', (event) => log.errors.push(event.detail));
    ${head}
  </script><script ${module ? 'type="module"' : ''} src="${script}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as FrameWindow, frame };
}

/** An element in an isolated page, once it has rendered (as far as it can). */
async function renderedIn(
  win: FrameWindow,
  selector: string,
): Promise<HTMLElement & { contentReady: Promise<unknown>; updateComplete: Promise<unknown> }> {
  await until(() => win.customElements.get(selector.split(/[\s[]/)[0]!) !== undefined, 'the elements to be defined');
  const el = win.document.querySelector(selector) as HTMLElement & {
    contentReady: Promise<unknown>;
    updateComplete: Promise<unknown>;
  };
  await el.contentReady.catch(() => undefined);
  return el;
}

describe('bad input: the script’s own chunks fail to load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(async () => {
    frame?.remove();
    await clearFaults();
  });

  const own = withChanges(guide, (copy) => {
    copy.title = 'Own guide';
  });

  it('the validator (503) with src: the bundled guide, one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/lib/load-custom-guide.ts', { status: 503 });
    const page = await isolatedPage(
      `<az-cancel-guide lang="en" src="${echoUrl(JSON.stringify(own))}"></az-cancel-guide>`,
    );
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-guide');
    await until(() => el.shadowRoot?.querySelector('h2') != null, 'the bundled guide');
    expect(title(el)).to.equal(bundled.title);
    const { log } = page.win;
    expect(log.uncaught).to.deep.equal([]);
    expect(log.errors.map((error) => [error.reason, error.source])).to.deep.equal([['code-load-failed', 'validator']]);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('validator');
  });

  it('the validator (503) with data set later: the guide keeps what it showed, one warning, az-data-error', async () => {
    await injectFault('/src/lib/load-custom-guide.ts', { status: 503 });
    const page = await isolatedPage('<az-cancel-guide lang="en"></az-cancel-guide>');
    frame = page.frame;
    const el = (await renderedIn(page.win, 'az-cancel-guide')) as unknown as AzCancelGuide;
    expect(title(el)).to.equal(bundled.title);
    el.data = structuredClone(own);
    await until(() => page.win.log.errors.length > 0, 'az-data-error');
    await el.contentReady.catch(() => undefined);
    expect(title(el)).to.equal(bundled.title);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.errors.map((error) => error.reason)).to.deep.equal(['code-load-failed']);
    expect(page.win.log.warnings).to.have.length(1);
  });

  it('persist (503): ticks work for the page view, one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/components/checklist/persisted-ticks.ts', { status: 503 });
    const page = await isolatedPage(
      '<az-cancel-checklist lang="en" list="before" persist storage-key="chunk-failed"></az-cancel-checklist>',
    );
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-checklist');
    await until(() => page.win.log.errors.length > 0, 'az-data-error');
    const first = bundled.before.items[0]!.id;
    deepQuery(el, `#item-${first}`).click();
    await el.updateComplete;
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal([first]);
    expect(deepQuery(el, '[part="progress-text"]').textContent).to.contain('1');
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
      ['code-load-failed', 'persist'],
    ]);
    expect(page.win.log.warnings).to.have.length(1);
  });

  it('"Clear ticks" (503): ticks work, no "Clear ticks" button, one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/components/checklist/clear-ticks.ts', { status: 503 });
    const page = await isolatedPage('<az-cancel-checklist lang="en" list="before"></az-cancel-checklist>');
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-checklist');
    const [first, second] = bundled.before.items.map((item) => item.id);
    deepQuery(el, `#item-${first}`).click();
    await until(() => page.win.log.errors.length > 0, 'az-data-error');
    deepQuery(el, `#item-${second}`).click();
    await el.updateComplete;
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal([first, second]);
    expect(deepQuery(el, '[part="progress-text"]').textContent).to.contain('2');
    expect(el.shadowRoot!.querySelector('[part="reset"]'), 'no button that would do nothing').to.equal(null);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
      ['code-load-failed', 'clear-ticks'],
    ]);
    expect(page.win.log.warnings).to.have.length(1);
  });

  it('sync-hash (503): the first method, tabs that work, one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/components/methods/hash-sync.ts', { status: 503 });
    const page = await isolatedPage('<az-cancel-methods lang="en" sync-hash></az-cancel-methods>');
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-methods');
    await until(() => page.win.log.errors.length > 0, 'az-data-error');
    const [first, second] = bundled.methods.items.map((method) => method.id);
    expect(selectedTabs(el)).to.deep.equal([`tab-${first}`]);
    deepQuery(el, `#tab-${second}`).click();
    await el.updateComplete;
    expect(selectedTabs(el)).to.deep.equal([`tab-${second}`]);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
      ['code-load-failed', 'sync-hash'],
    ]);
    expect(page.win.log.warnings).to.have.length(1);
  });
});

describe('bad input: the script’s own chunks fail to load, on the rare paths', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(async () => {
    frame?.remove();
    await clearFaults();
  });

  it('the validator (503) for a data attribute: one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/lib/load-custom-guide.ts', { status: 503 });
    const page = await isolatedPage('<az-cancel-guide lang="en" data="[object Object]"></az-cancel-guide>');
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-guide');
    await until(() => page.win.log.errors.length > 0, 'az-data-error');
    expect(title(el)).to.equal(bundled.title);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.errors.map((error) => [error.reason, error.source])).to.deep.equal([
      ['code-load-failed', 'validator'],
    ]);
    expect(page.win.log.warnings).to.have.length(1);
  });

  it('the styles for another document (503): the element keeps working, one warning, az-data-error, no uncaught error', async () => {
    await injectFault('/src/components/shared/adopt-styles.ts', { status: 503 });
    const page = await isolatedPage(
      '<az-cancel-checklist lang="en" list="before"></az-cancel-checklist><iframe id="other"></iframe>',
    );
    frame = page.frame;
    const el = await renderedIn(page.win, 'az-cancel-checklist');
    const errors: DataErrorDetail[] = [];
    el.addEventListener('az-data-error', (event) => errors.push(event.detail));
    const otherDocument = page.win.document.querySelector<HTMLIFrameElement>('#other')!.contentDocument!;
    otherDocument.body.append(otherDocument.adoptNode(el));
    await until(() => errors.length > 0, 'az-data-error');
    const first = bundled.before.items[0]!.id;
    deepQuery(el, `#item-${first}`).click();
    await el.updateComplete;
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal([first]);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([['code-load-failed', 'styles']]);
    expect(page.win.log.warnings).to.have.length(1);
  });
});

describe('bad input: a tag the page defined first', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('keeps the page’s element, says once why ours is not used, and defines the others', async () => {
    const page = await isolatedPage(
      '<az-cancel-guide lang="en"></az-cancel-guide><az-cancel-checklist lang="en" list="before"></az-cancel-checklist>',
      {
        head: `class PageGuide extends HTMLElement { connectedCallback() { this.textContent = 'The page’s own guide'; } }
        customElements.define('az-cancel-guide', PageGuide);`,
      },
    );
    frame = page.frame;
    const checklist = await renderedIn(page.win, 'az-cancel-checklist');
    expect(checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(
      bundled.before.items.length,
    );
    expect(page.win.document.querySelector('az-cancel-guide')!.textContent).to.equal('The page’s own guide');
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.warnings).to.have.length(1);
    expect(page.win.log.warnings[0]).to.contain('<az-cancel-guide> is defined by the page');
  });

  it('says nothing when the tag was defined by another copy of this script', async () => {
    const page = await isolatedPage('<az-cancel-guide lang="en"></az-cancel-guide>', {
      script: '/dist/cdn/az-cancel-guide.iife.js',
      module: false,
    });
    frame = page.frame;
    const script = page.win.document.createElement('script');
    script.type = 'module';
    script.src = '/src/index.ts';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    page.win.document.head.append(script);
    await loaded;
    const el = await renderedIn(page.win, 'az-cancel-guide');
    expect(title(el)).to.equal(bundled.title);
    expect(page.win.log.uncaught).to.deep.equal([]);
    expect(page.win.log.warnings).to.deep.equal([]);
  });
});

describe('bad input: hostile prototypes', () => {
  it('a Prototype.js-style Array.prototype.toJSON: valid data is still accepted', async () => {
    const arrayPrototype = Array.prototype as unknown as { toJSON?: () => string };
    // As Prototype.js 1.6 does: an array serialises as a string of its own making.
    arrayPrototype.toJSON = function (this: unknown[]) {
      return `[${this.map(String).join(', ')}]`;
    };
    let el!: AzCancelGuide;
    try {
      const data = cloneGuide();
      data.title = 'Despite toJSON';
      const { errors, uncaught } = await observe(async () => (el = await guideWithData(data)));
      expect(uncaught).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      delete arrayPrototype.toJSON;
    }
    expect(title(el)).to.equal('Despite toJSON');
  });
});

describe('bad input: properties of the wrong type from the host', () => {
  for (const [what, value, shown] of [
    ['an array', ['ru'], 'ru'],
    ['a number', 42, DEFAULT_LOCALE],
  ] as const) {
    it(`lang set to ${what}: read as the attribute would (${shown}), one warning, no uncaught error`, async () => {
      const el = document.createElement('az-cancel-guide');
      el.lang = DEFAULT_LOCALE;
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      const { uncaught, warnings } = await observe(async () => {
        (el as { lang: unknown }).lang = value;
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('article')!.lang).to.equal(shown);
      expect(warnings).to.have.length(1);
    });
  }

  for (const [what, value, ticked] of [
    ['a string', 'before-1, before-2', ['before-1', 'before-2']],
    ['null', null, []],
    ['a Set', new Set(['before-2']), ['before-2']],
  ] as const) {
    it(`checked set to ${what}: read as a list, one warning, and progress keeps counting`, async () => {
      const el = document.createElement('az-cancel-checklist');
      el.list = 'before';
      el.data = cloneGuide();
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      const { uncaught, warnings } = await observe(async () => {
        (el as { checked: unknown }).checked = value;
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(el.checked).to.deep.equal(ticked);
      deepQuery(el, '#item-before-3').click();
      await settled(el);
      expect(deepQuery(el, '[part="progress-text"]').textContent).to.contain(String(ticked.length + 1));
    });
  }
});

describe('bad input: long unbroken words at 320 px', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('a 41-character compound and a 75-character URL in a method, a heading and a checklist label keep the page 320 px wide', async () => {
    const compound = 'Rindfleischetikettierungsüberwachungsaufgaben'.slice(0, 41);
    const url = `https://example.org/${'a'.repeat(55)}`;
    const long = withChanges(guide, (copy) => {
      copy.title = `${compound} ${url}`;
      copy.methods.items[0]!.name = compound;
      copy.methods.items[1]!.name = url;
      copy.methods.items[0]!.heading = url;
      copy.before.items[0]!.label = compound;
      copy.before.items[1]!.label = url;
      copy.before.heading = compound;
    });
    const page = await isolatedPage('<az-cancel-guide lang="en"></az-cancel-guide>', {
      head: 'document.documentElement.style.margin = "0"',
    });
    frame = page.frame;
    frame.style.cssText = 'inline-size: 320px; block-size: 600px; border: 0';
    const el = (await renderedIn(page.win, 'az-cancel-guide')) as unknown as AzCancelGuide;
    el.data = structuredClone(long);
    await el.contentReady;
    expect(title(el)).to.equal(long.title);
    expect(page.win.document.documentElement.scrollWidth).to.be.at.most(320);
    for (const part of deepQueryAll(el, '[role="tab"], h2, h3, label'))
      expect(part.getBoundingClientRect().right, part.textContent).to.be.at.most(320);
  });
});
