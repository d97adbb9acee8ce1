// Safe to embed anywhere: theming, the site's own content, hostile content, and the `data` property as
// frameworks set it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { AzCancelGuide, type AzCancelMethods, type DataErrorDetail, type GuideData } from '../../src/index.js';
import { DEFAULT_LOCALE, loadLocale } from '../../src/data/locales.js';
import { makeGuide, methodId, withChanges } from '../content/make-guide.js';
import { fetchTimeout } from '../../src/lib/load-custom-guide.js';
import { clearFaults, faultAborted, faultHits, injectFault } from './faults.js';
import {
  captureWarnings,
  deepQuery,
  echoUrl,
  textWithoutTag,
  transitionsEndedIn,
  withForcedColors,
} from './helpers.js';

const guide = makeGuide();

/** The bundled guide shown when the site's content cannot be used (the tests set `lang` to the default locale). */
const fallbackTitle = async (): Promise<string> => (await loadLocale(DEFAULT_LOCALE)).title;

/** `guide` as JSON with a real `__proto__` key in the text (JSON.stringify would drop one set on an object). */
const withProtoKey = (data: GuideData): string =>
  JSON.stringify(data).replace(/^\{/, '{"__proto__": {"polluted": true}, ');

const isFirefox = navigator.userAgent.includes('Firefox');

async function render<T extends HTMLElement = AzCancelGuide>(template: unknown): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as T & { contentReady: Promise<unknown> };
  await el.contentReady;
  return el;
}

/** Collects az-data-error details fired while `run` runs. */
async function dataErrors(run: () => Promise<unknown>): Promise<DataErrorDetail[]> {
  const errors: DataErrorDetail[] = [];
  const listener = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
  document.addEventListener('az-data-error', listener);
  try {
    await captureWarnings(run);
  } finally {
    document.removeEventListener('az-data-error', listener);
  }
  return errors;
}

const title = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent;
const surface = (el: Element) => getComputedStyle(el).backgroundColor;
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('theming', () => {
  it('has a light and a dark theme, both passing axe (colour contrast included)', async () => {
    const light = await render(html`<az-cancel-guide .data=${guide} theme="light"></az-cancel-guide>`);
    const dark = await render(html`<az-cancel-guide .data=${guide} theme="dark"></az-cancel-guide>`);
    expect(luminance(surface(light))).to.be.above(200);
    expect(luminance(surface(dark))).to.be.below(60);
    expect(luminance(getComputedStyle(dark).color), 'light text on dark').to.be.above(180);
    const innerMethods = deepQuery(dark, 'az-cancel-methods');
    expect(luminance(getComputedStyle(innerMethods).color), 'inner elements follow the guide’s theme').to.be.above(180);
    expect(surface(innerMethods), 'inner elements paint no second surface').to.equal('rgba(0, 0, 0, 0)');
    await expect(light).to.be.accessible();
    await expect(dark).to.be.accessible();
  });

  it('theme="auto" follows prefers-color-scheme, and theme="light" overrides it', async function () {
    if (isFirefox) this.skip(); // the Firefox driver (WebDriver BiDi) cannot emulate media features
    const auto = await render(html`<az-cancel-guide .data=${guide} theme="auto"></az-cancel-guide>`);
    const forcedLight = await render(html`<az-cancel-guide .data=${guide} theme="light"></az-cancel-guide>`);
    expect(luminance(surface(auto))).to.be.above(200);
    await emulateMedia({ colorScheme: 'dark' });
    await transitionsEndedIn(window); // the tabs' colour transition
    try {
      expect(luminance(surface(auto))).to.be.below(60);
      expect(luminance(surface(forcedLight))).to.be.above(200);
      await expect(auto).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the selected tab distinguishable in forced colours (Windows high contrast)', async function () {
    if (isFirefox) this.skip(); // no forced-colors emulation through WebDriver BiDi
    const el = await render(html`<az-cancel-methods .data=${guide}></az-cancel-methods>`);
    await withForcedColors(() => {
      const [selected, other] = Array.from(el.shadowRoot!.querySelectorAll('[role="tab"]'), (tab) =>
        getComputedStyle(tab),
      );
      expect(selected!.borderBottomColor).not.to.equal(other!.borderBottomColor);
      expect(selected!.backgroundColor, 'the selected tab is Highlight').not.to.equal(other!.backgroundColor);
    });
  });

  it('takes --az-* custom properties from any ancestor', async () => {
    const wrapper =
      await fixture<HTMLElement>(html`<section style="--az-accent: rgb(1, 102, 3); --az-font-family: serif">
      <az-cancel-guide .data=${guide}></az-cancel-guide>
    </section>`);
    const el = wrapper.querySelector('az-cancel-guide')!;
    await el.contentReady;
    expect(getComputedStyle(deepQuery(el, '[role="tab"][aria-selected="true"]')).borderBottomColor).to.equal(
      'rgb(1, 102, 3)',
    );
    expect(getComputedStyle(deepQuery(el, 'h2')).fontFamily).to.equal('serif');
  });

  it('exposes ::part() names, including the inner elements’ parts through the guide', async () => {
    const style = document.createElement('style');
    style.textContent = `
      az-cancel-guide::part(title) { color: rgb(200, 0, 0); }
      az-cancel-guide::part(tab selected) { color: rgb(0, 120, 0); }
      az-cancel-guide::part(checkbox) { outline: 3px solid rgb(0, 0, 200); }`;
    document.head.append(style);
    try {
      const el = await render(html`<az-cancel-guide .data=${guide}></az-cancel-guide>`);
      expect(getComputedStyle(deepQuery(el, 'h2')).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(deepQuery(el, '[role="tab"][aria-selected="true"]')).color).to.equal('rgb(0, 120, 0)');
      expect(getComputedStyle(deepQuery(el, '[role="tab"][aria-selected="false"]')).color).not.to.equal(
        'rgb(0, 120, 0)',
      );
      expect(getComputedStyle(deepQuery(el, 'input[type="checkbox"]')).outlineColor).to.equal('rgb(0, 0, 200)');
    } finally {
      style.remove();
    }
  });
});

describe('the site’s own content', () => {
  it('src loads a guide JSON, without credentials', async () => {
    const calls: RequestInit[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      calls.push(init ?? {});
      return originalFetch(input, init);
    };
    try {
      const custom = withChanges(guide, (copy) => (copy.title = 'Custom guide from the site'));
      const el = await render(html`<az-cancel-guide src=${echoUrl(JSON.stringify(custom))}></az-cancel-guide>`);
      expect(title(el)).to.equal(custom.title);
      expect(calls).to.have.length(1);
      expect(calls[0]!.credentials).to.equal('omit');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('a new src stops the fetch of the one it replaces, and only the new guide is shown', async () => {
    const stalled = '/test/fixtures/stalled-guide.json';
    /** Asks the test server until `check` holds (each ask is a request: no timer). */
    const serverSays = async (check: () => Promise<boolean>, what: string): Promise<void> => {
      for (let asked = 0; asked < 500; asked++) if (await check()) return;
      throw new Error(`the test server never said ${what}`);
    };
    await injectFault(stalled, { stall: true });
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><az-cancel-guide src=${stalled}></az-cancel-guide></div>`);
      const el = wrapper.firstElementChild as AzCancelGuide;
      await serverSays(async () => (await faultHits(stalled)) === 1, 'the first src was requested');
      const custom = withChanges(guide, (copy) => (copy.title = 'The guide the site chose last'));
      el.src = echoUrl(JSON.stringify(custom));
      await el.contentReady;
      expect(title(el)).to.equal(custom.title);
      await serverSays(async () => (await faultAborted(stalled)) === 1, 'the replaced request was given up');
    } finally {
      await clearFaults();
    }
  });

  /** Valid except for the steps of the second method: it must never be half rendered. */
  const halfValid = withChanges<Record<string, unknown>>(guide, (copy) => {
    (copy['methods'] as { items: { steps: unknown[] }[] }).items[1]!.steps = [];
  });

  /** What failed, the `src`, the reason, and what the message names (where it matters which part failed). */
  const failures: Array<[string, string, DataErrorDetail['reason'], string?]> = [
    ['an unreachable URL', '/test/fixtures/missing.json', 'fetch-failed'],
    ['a file that is not JSON', echoUrl('{"title": "broken", '), 'invalid-json'],
    ['half-valid data', echoUrl(JSON.stringify(halfValid)), 'invalid-data', '$.methods.items[1].steps'],
    ['a __proto__ key', echoUrl(withProtoKey(guide)), 'invalid-data', '__proto__'],
    ['a response over the size cap', '/test/fixtures/oversized-guide.json', 'too-large'],
    ['a javascript: URL', 'javascript:alert(1)', 'invalid-src'],
  ];
  for (const [what, src, reason, names] of failures) {
    it(`src with ${what}: keeps the bundled guide and fires az-data-error (${reason})`, async () => {
      let el!: AzCancelGuide;
      const errors = await dataErrors(async () => {
        el = await render(html`<az-cancel-guide lang=${DEFAULT_LOCALE} src=${src}></az-cancel-guide>`);
      });
      expect(title(el)).to.equal(await fallbackTitle());
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason, source: src });
      if (names) expect(errors[0]!.message).to.contain(names);
      expect(({} as Record<string, unknown>)['polluted'], 'no prototype pollution').to.be.undefined;
    });
  }

  it('src that does not answer within the timeout: keeps the bundled guide and fires az-data-error (timeout)', async () => {
    const TIMEOUT_MS = 300; // 10 s in production: the timer is the same, only shorter
    const original = fetchTimeout.ms;
    fetchTimeout.ms = TIMEOUT_MS;
    try {
      const src = '/test/fixtures/slow-guide.json'; // answers after 12 s
      let el!: AzCancelGuide;
      const started = performance.now();
      const errors = await dataErrors(async () => {
        el = await render(html`<az-cancel-guide lang=${DEFAULT_LOCALE} src=${src}></az-cancel-guide>`);
      });
      const waited = performance.now() - started;
      expect(title(el)).to.equal(await fallbackTitle());
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'timeout', source: src });
      expect(errors[0]!.message).to.contain('did not answer within 0.3 s');
      expect(waited, 'gave up at the timeout, not before and not at the answer').to.be.within(TIMEOUT_MS - 20, 5_000);
    } finally {
      fetchTimeout.ms = original;
    }
  });

  it('names the first invalid path', async () => {
    const errors = await dataErrors(() =>
      render(html`<az-cancel-guide src=${echoUrl(JSON.stringify(halfValid))}></az-cancel-guide>`),
    );
    expect(errors[0]!.message).to.contain('$.methods.items[1].steps');
  });

  it('the data property takes an object; invalid objects are never half rendered', async () => {
    const good = withChanges(guide, (copy) => (copy.title = 'From the data property'));
    const el = await render(html`<az-cancel-guide lang=${DEFAULT_LOCALE} .data=${good}></az-cancel-guide>`);
    expect(title(el)).to.equal('From the data property');

    const bad = structuredClone(good) as unknown as Record<string, unknown>;
    (bad['notice'] as { links: Array<{ href: string }> }).links[0]!.href = 'javascript:alert(1)';
    const errors = await dataErrors(async () => {
      el.data = bad as unknown as GuideData; // what plain JavaScript can pass
      await el.contentReady;
    });
    expect(title(el), 'falls back to the bundled guide').to.equal(await fallbackTitle());
    expect(errors[0]).to.include({ reason: 'invalid-data', source: 'data' });
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.be.null;
  });

  it('shows markup in content as text', async () => {
    const markup = '<img src=x onerror="window.__azPwned = 1"><b>bold?</b>';
    const data = withChanges(guide, (copy) => (copy.methods.items[0]!.steps[0]!.text = markup));
    const el = await render(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
    const step = deepQuery(el, `#panel-${methodId(1)} li`);
    expect(step.textContent).to.equal(markup);
    expect(step.querySelector('img, b')).to.be.null;
    // An <img src=x> would have failed to load (and run its onerror) by now: ask the browser to load the same URL.
    await new Promise((resolve) => Object.assign(new Image(), { onerror: resolve, onload: resolve, src: 'x' }));
    expect((window as { __azPwned?: number }).__azPwned).to.be.undefined;
  });
});

// Mistakes frameworks make with `data`, made loud; and frameworks' habit of passing a new equal object on every render.
describe('the data property as frameworks use it', () => {
  // The block's own helpers: `title` here reads the title part, and may find none.
  /**
   * Runs `run`, returning the az-data-error details and console warnings it caused. The `data`
   * attribute is reported once the validator's chunk (which holds the message) has loaded: with
   * `expected`, waits up to 5 s for that many events.
   */
  async function mistakes(
    run: () => Promise<unknown>,
    expected = 0,
  ): Promise<{ errors: DataErrorDetail[]; warnings: string[] }> {
    const errors: DataErrorDetail[] = [];
    const listener = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
    document.addEventListener('az-data-error', listener);
    try {
      const warnings = await captureWarnings(async () => {
        await run();
        if (expected > 0)
          await waitUntil(() => errors.length >= expected, `${expected} az-data-error events`, { timeout: 5000 }).catch(
            () => undefined,
          );
      });
      return { errors, warnings };
    } finally {
      document.removeEventListener('az-data-error', listener);
    }
  }

  const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent;
  const selectedTab = (el: Element) => el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')?.id;
  let tagCount = 0;
  /** The title of the bundled guide the elements fall back to. */
  const bundledTitle = async () => (await loadLocale(DEFAULT_LOCALE)).title;

  describe('the data attribute', () => {
    it('when a framework writes it before the element is defined: one warning naming the fix, az-data-error, the bundled guide', async () => {
      // As React and Vue do for `data={obj}` on an element that is not defined yet: the attribute "[object Object]".
      const tag = `az-test-late-guide-${++tagCount}`;
      const container = await fixture<HTMLElement>(html`<div lang=${DEFAULT_LOCALE}></div>`);
      container.innerHTML = `<${tag} data="[object Object]"></${tag}><${tag} data="[object Object]"></${tag}>`;
      const { errors, warnings } = await mistakes(async () => {
        customElements.define(tag, class extends AzCancelGuide {});
        await Promise.all(Array.from(container.querySelectorAll<AzCancelGuide>(tag), (el) => el.contentReady));
      }, 2);
      expect(errors).to.deep.equal([
        { reason: 'data-attribute', source: 'data', message: errors[0]!.message },
        { reason: 'data-attribute', source: 'data', message: errors[0]!.message },
      ]);
      expect(warnings, 'one warning for any number of elements').to.have.length(1);
      expect(warnings[0])
        .to.match(/`data` is a property/)
        .and.to.contain('Frameworks');
      for (const el of Array.from(container.children)) expect(title(el)).to.equal(await bundledTitle());
    });

    it('set on a defined element', async () => {
      const el = document.createElement('az-cancel-guide');
      el.lang = DEFAULT_LOCALE;
      el.setAttribute('data', JSON.stringify(makeGuide())); // even JSON: content is never read from markup
      const { errors } = await mistakes(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.contentReady;
      }, 1);
      expect(errors.map((e) => e.reason)).to.deep.equal(['data-attribute']);
      expect(el.data).to.be.undefined;
    });

    it('no event without the attribute', async () => {
      const { errors, warnings } = await mistakes(async () => {
        const el = await fixture<AzCancelGuide>(html`<az-cancel-guide lang=${DEFAULT_LOCALE}></az-cancel-guide>`);
        await el.contentReady;
        await import('../../src/lib/load-custom-guide.js'); // the chunk a report would wait for
        await new Promise((resolve) => setTimeout(resolve)); // one task: a report waiting on that chunk would have fired
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('data set to the bundled content object itself', () => {
    it('is checked like any other object: changed to break the model, it is refused with az-data-error', async () => {
      // The very object the package's locale module holds: no object is trusted for where it came from.
      const bundled = await loadLocale(DEFAULT_LOCALE);
      const { title: original } = bundled;
      bundled.title = ' ';
      try {
        const { errors, warnings } = await mistakes(async () => {
          const el = await fixture<AzCancelGuide>(
            html`<az-cancel-guide lang=${DEFAULT_LOCALE} .data=${bundled}></az-cancel-guide>`,
          );
          await el.contentReady;
        });
        expect(errors.map((e) => e.reason)).to.deep.equal(['invalid-data']);
        expect(errors[0]!.message).to.contain('$.title');
        expect(warnings).to.have.length(1);
      } finally {
        bundled.title = original;
      }
    });
  });

  describe('an equal data object set again (a framework re-rendering)', () => {
    // A new object each time, equal unless changed: what a framework passes on each render.
    const guideData = (change: (data: GuideData) => void = () => {}): GuideData => withChanges(makeGuide(), change);
    const second = methodId(2);

    it('a valid one: no update, the selected tab and rendering stay', async () => {
      const el = await fixture<AzCancelMethods>(html`<az-cancel-methods .data=${guideData()}></az-cancel-methods>`);
      await el.contentReady;
      deepQuery(el, `#tab-${second}`).click();
      await el.contentReady;
      const panel = el.shadowRoot!.querySelector(`#panel-${second}`);

      el.data = guideData();
      expect(el.isUpdatePending, 'an update was requested').to.be.false;
      await el.contentReady;
      expect(selectedTab(el)).to.equal(`tab-${second}`);
      expect(el.shadowRoot!.querySelector(`#panel-${second}`), 'same DOM').to.equal(panel);

      el.data = guideData((data) => (data.methods.items[1]!.heading = 'Changed'));
      expect(el.isUpdatePending, 'a changed object updates').to.be.true;
      await el.contentReady;
      expect(textWithoutTag(deepQuery(el, `#panel-${second} [part="panel-heading"]`))).to.equal('Changed');
      expect(selectedTab(el)).to.equal(`tab-${second}`);
    });

    it('an invalid one: az-data-error fires once, not on every render', async () => {
      const invalid = () => guideData((data) => (data.notice.links[0]!.href = 'javascript:alert(1)'));
      const el = await fixture<AzCancelGuide>(html`<az-cancel-guide lang=${DEFAULT_LOCALE}></az-cancel-guide>`);
      const { errors } = await mistakes(async () => {
        for (const data of [invalid(), invalid(), invalid()]) {
          el.data = data;
          await el.contentReady;
        }
      });
      expect(errors.map((e) => e.reason)).to.deep.equal(['invalid-data']);
      expect(title(el)).to.equal(await bundledTitle());
    });
  });
});
