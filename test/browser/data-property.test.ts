// Mistakes frameworks make with `data`, made loud; and frameworks' habit of passing a new equal object on every render.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  AzCancelGuide,
  DEFAULT_LOCALE,
  type AzCancelMethods,
  type DataErrorDetail,
  type GuideData,
} from '../../src/index.js';
import { loadLocale } from '../../src/data/locales.js';
import { makeGuide, methodId, withChanges } from '../content/make-guide.js';
import { captureWarnings, deepQuery, textWithoutTag } from './helpers.js';

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
