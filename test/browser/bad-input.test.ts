// Bad input never blanks the guide: each case below is a row of the README's "Bad input" table
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
async function observe(run: () => Promise<unknown>): Promise<{ errors: DataErrorDetail[]; warnings: string[]; uncaught: string[] }> {
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
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms)));
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
const title = (el: Element): string | undefined => el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? undefined;
const selectedTabs = (el: Element): string[] => deepQueryAll(el, '[role="tab"][aria-selected="true"]').map((tab) => tab.id);
const visiblePanels = (el: Element): string[] => deepQueryAll(el, '[role="tabpanel"]').filter(isRendered).map((panel) => panel.id);

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
          const links = Array.from(deepQuery(el, '[part="notice"]').querySelectorAll('a'), (a) => a.getAttribute('href'));
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
      await until(() => frame.contentWindow!.getComputedStyle(tablist).display === 'flex', 'styles in the other document');
      el.remove();
    });
  });
});
