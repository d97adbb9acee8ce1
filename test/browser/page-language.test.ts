// Elements without their own `lang` follow the page's language when a single-page app changes it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  AVAILABLE_LOCALES,
  type AzCancelChecklist,
  type AzCancelGuide,
  type AzCancelMethods,
} from '../../src/index.js';
import { makeGuide } from '../content/make-guide.js';
import { deepQuery, deepQueryAll } from './helpers.js';

type GuideElement = AzCancelGuide | AzCancelMethods | AzCancelChecklist;

// Any two bundled languages.
const [FIRST, SECOND] = AVAILABLE_LOCALES as [string, string];

/** The language the element shows: its rendered content carries it (`lang` on the `base` part). */
const shownLanguage = (el: Element): string | null | undefined =>
  el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang');

/** Waits for the observer (a microtask), the elements' updates and any locale chunk they load. */
async function settled(elements: readonly GuideElement[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.contentReady));
}

/** The MutationObserver instances that start observing while `run` runs. */
async function observersUsedBy(run: () => Promise<void>): Promise<Set<MutationObserver>> {
  const used = new Set<MutationObserver>();
  const { observe } = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (
    this: MutationObserver,
    ...args: Parameters<MutationObserver['observe']>
  ) {
    used.add(this);
    observe.apply(this, args);
  };
  try {
    await run();
  } finally {
    MutationObserver.prototype.observe = observe;
  }
  return used;
}

describe('following the page language', () => {
  const root = document.documentElement;
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = root.getAttribute('lang');
    root.lang = FIRST;
  });
  afterEach(() => {
    if (pageLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLang);
  });

  it('50 elements follow <html lang> through one observer, keeping the selected tab and the ticks', async () => {
    let container!: HTMLElement;
    const observers = await observersUsedBy(async () => {
      container = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 10 }, () => html`<az-cancel-guide></az-cancel-guide>`)}
        ${Array.from({ length: 20 }, () => html`<az-cancel-methods></az-cancel-methods>`)}
        ${Array.from({ length: 20 }, () => html`<az-cancel-checklist></az-cancel-checklist>`)}
      </div>`);
    });
    const elements = Array.from(container.children) as GuideElement[];
    expect(elements).to.have.length(50);
    await settled(elements);
    expect(observers.size, 'MutationObservers for 50 elements').to.equal(1);
    expect(new Set(elements.map(shownLanguage))).to.deep.equal(new Set([FIRST]));

    const [guide] = elements.filter((el): el is AzCancelGuide => el.localName === 'az-cancel-guide');
    const [methods] = elements.filter((el): el is AzCancelMethods => el.localName === 'az-cancel-methods');
    const [checklist] = elements.filter((el): el is AzCancelChecklist => el.localName === 'az-cancel-checklist');
    const lastTab = (el: Element) => deepQueryAll(el, '[role="tab"]').at(-1)!;
    lastTab(guide!).click();
    lastTab(methods!).click();
    deepQuery<HTMLInputElement>(guide!, 'input[type="checkbox"]').click();
    deepQuery<HTMLInputElement>(checklist!, 'input[type="checkbox"]').click();
    await settled(elements);
    const chosen = { guide: guide!.method, methods: methods!.method, ticked: [...checklist!.checked] };
    expect(chosen.ticked).to.have.length(1);

    root.lang = SECOND;
    await settled(elements);

    expect(new Set(elements.map(shownLanguage))).to.deep.equal(new Set([SECOND]));
    expect(guide!.method).to.equal(chosen.guide);
    expect(lastTab(guide!).getAttribute('aria-selected')).to.equal('true');
    expect(methods!.method).to.equal(chosen.methods);
    expect(lastTab(methods!).getAttribute('aria-selected')).to.equal('true');
    expect(checklist!.checked).to.deep.equal(chosen.ticked);
    expect(deepQuery<HTMLInputElement>(checklist!, `#item-${chosen.ticked[0]!}`).checked).to.be.true;
    expect(deepQuery<HTMLInputElement>(guide!, 'input[type="checkbox"]').checked, 'the guide’s tick').to.be.true;
  });

  it('follows the nearest ancestor’s lang, also from outside a shadow root it is in', async () => {
    const container = await fixture<HTMLElement>(
      html`<div lang=${FIRST}><az-cancel-methods></az-cancel-methods><p></p></div>`,
    );
    const direct = container.querySelector('az-cancel-methods')!;
    // An element inside another component's shadow root, whose language comes from above that component.
    const host = container.querySelector('p')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<section><az-cancel-checklist></az-cancel-checklist></section>';
    const nested = host.shadowRoot!.querySelector('az-cancel-checklist')!;
    const section = host.shadowRoot!.querySelector('section')!;
    await settled([direct, nested]);
    expect([shownLanguage(direct), shownLanguage(nested)]).to.deep.equal([FIRST, FIRST]);

    container.lang = SECOND;
    await settled([direct, nested]);
    expect([shownLanguage(direct), shownLanguage(nested)]).to.deep.equal([SECOND, SECOND]);

    section.lang = FIRST; // the nearest `lang` now sits inside the shadow root
    await settled([direct, nested]);
    expect([shownLanguage(direct), shownLanguage(nested)]).to.deep.equal([SECOND, FIRST]);
  });

  it('leaves elements with their own lang or with data as they are, without updating them', async () => {
    const data = makeGuide({ locale: 'xx-test' }); // a language no page sets
    const container = await fixture<HTMLElement>(html`<div>
      <az-cancel-methods lang=${FIRST}></az-cancel-methods>
      <az-cancel-methods .data=${data}></az-cancel-methods>
    </div>`);
    const [own, withData] = Array.from(container.querySelectorAll('az-cancel-methods'));
    await settled([own!, withData!]);
    expect([shownLanguage(own!), shownLanguage(withData!)]).to.deep.equal([FIRST, data.locale]);

    root.lang = SECOND;
    await new Promise((resolve) => setTimeout(resolve));
    expect(own!.isUpdatePending || withData!.isUpdatePending, 'an update was requested').to.be.false;
    expect([shownLanguage(own!), shownLanguage(withData!)]).to.deep.equal([FIRST, data.locale]);
  });

  it('stops following when removed, and catches up when put back', async () => {
    const container = await fixture<HTMLElement>(html`<div><az-cancel-checklist></az-cancel-checklist></div>`);
    const el = container.querySelector('az-cancel-checklist')!;
    await settled([el]);
    el.remove();

    root.lang = SECOND;
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.isUpdatePending, 'a removed element was told').to.be.false;
    expect(shownLanguage(el)).to.equal(FIRST);

    container.append(el);
    await settled([el]);
    expect(shownLanguage(el)).to.equal(SECOND);
  });
});
