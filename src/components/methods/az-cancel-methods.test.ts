import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MethodId } from '../../data/guide-types.js';
import type { MethodChangeDetail } from '../../events.js';
import { until } from '../../../test/browser/faults.js';
import {
  captureWarnings,
  deepActiveElement,
  echoUrl,
  deepQuery,
  deepQueryAll,
  isRendered,
  withPrintMedia,
  textWithoutTag,
} from '../../../test/browser/helpers.js';
import { asKind, makeGuide, methodId, methodOfKind, withChanges } from '../../../test/content/make-guide.js';
import type { AzCancelGuide } from '../guide/az-cancel-guide.js';
import type { AzCancelMethods } from './az-cancel-methods.js';
import './az-cancel-methods-define.js';
import '../guide/az-cancel-guide-define.js';

/** Three methods, one of each kind (online, email, in-person), two steps each. */
const guide = makeGuide();
const ids = guide.methods.items.map((m) => m.id);
const first = ids[0]!;
const second = ids[1]!;
const last = ids.at(-1)!;
const panelId = (id: MethodId) => `panel-${id}`;

const online = methodOfKind(guide, 'online');
const email = methodOfKind(guide, 'email');
const inPerson = methodOfKind(guide, 'in-person');

const tabs = (el: AzCancelMethods) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
const panels = (el: AzCancelMethods) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]'));
const selectedTab = (el: AzCancelMethods) => el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-selected="true"]')!;
const visiblePanels = (el: AzCancelMethods) =>
  panels(el)
    .filter(isRendered)
    .map((panel) => panel.id);

async function methods(
  template = html`<az-cancel-methods .data=${guide}></az-cancel-methods>`,
): Promise<AzCancelMethods> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('az-cancel-methods')!;
  await el.contentReady;
  return el;
}

/** Focuses the tab of `method` and presses `key`, as a keyboard user would. */
async function press(el: AzCancelMethods, key: string, from?: MethodId): Promise<void> {
  if (from) el.shadowRoot!.querySelector<HTMLElement>(`#tab-${from}`)!.focus();
  await sendKeys({ press: key });
  await el.contentReady;
}

describe('<az-cancel-methods>', () => {
  describe('APG tabs pattern', () => {
    it('has a named tablist, tabs that are buttons, and panels labelled by their tabs; only the shown panel is in the tab order', async () => {
      const el = await methods();
      const tablist = el.shadowRoot!.querySelector('[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal(guide.ui.methodsLabel);
      expect(tabs(el).map(textWithoutTag)).to.deep.equal(guide.methods.items.map((m) => m.name));
      for (const [i, tab] of tabs(el).entries()) {
        expect(tab.tagName).to.equal('BUTTON');
        const panel = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel, 'aria-controls points to a panel').to.equal(panels(el)[i]);
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
        expect(panel.getAttribute('tabindex'), 'hidden panels keep an empty box: out of the tab order').to.equal(
          i === 0 ? '0' : '-1',
        );
      }
      await expect(el).to.be.accessible();
    });

    it('selects the first method, and only its panel is shown', async () => {
      const el = await methods();
      expect(tabs(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(
        ids.map((id) => String(id === first)),
      );
      expect(visiblePanels(el)).to.deep.equal([panelId(first)]);
    });

    it('keeps only the selected tab in the tab order (roving tabindex)', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} method=${second}></az-cancel-methods>`);
      const tabIndexes = (selected: MethodId) => ids.map((id) => (id === selected ? 0 : -1));
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal(tabIndexes(second));
      await press(el, 'ArrowRight', second);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal(tabIndexes(ids[2]!));
    });

    it('moves focus and selection with Left and Right, wrapping at both ends', async () => {
      const el = await methods();
      await press(el, 'ArrowRight', first);
      expect(el.method).to.equal(second);
      expect(deepActiveElement()).to.equal(selectedTab(el));
      for (let i = 1; i < ids.length; i++) await press(el, 'ArrowRight');
      expect(el.method, 'wraps from last to first').to.equal(first);
      await press(el, 'ArrowLeft');
      expect(el.method, 'wraps from first to last').to.equal(last);
      expect(deepActiveElement()).to.equal(selectedTab(el));
      expect(visiblePanels(el)).to.deep.equal([panelId(last)]);
    });

    it('goes to the first and last tab with Home and End', async () => {
      const el = await methods();
      await press(el, 'End', first);
      expect(el.method).to.equal(last);
      await press(el, 'Home');
      expect(el.method).to.equal(first);
      expect(deepActiveElement()).to.equal(selectedTab(el));
    });

    it('stacks the tabs in a narrow container, where Down and Up move as well', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 280px"><az-cancel-methods .data=${guide}></az-cancel-methods></div>`,
      );
      const el = wrapper.querySelector('az-cancel-methods')!;
      await el.contentReady;
      const [a, b] = el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]');
      expect(b!.getBoundingClientRect().top, 'stacked').to.be.above(a!.getBoundingClientRect().bottom - 1);
      await press(el, 'ArrowDown', first);
      expect(el.method).to.equal(second);
      await press(el, 'ArrowUp');
      expect(el.method).to.equal(first);
      await press(el, 'ArrowRight');
      expect(el.method, 'Left and Right still work').to.equal(second);
    });

    it('leaves Up and Down to the page while the tabs are in a row', async () => {
      const el = await methods();
      el.shadowRoot!.querySelector<HTMLElement>(`#tab-${first}`)!.focus();
      let defaultPrevented: boolean | undefined;
      const listener = (event: KeyboardEvent) => (defaultPrevented = event.defaultPrevented);
      window.addEventListener('keydown', listener);
      await press(el, 'ArrowDown');
      window.removeEventListener('keydown', listener);
      expect(el.method).to.equal(first);
      expect(defaultPrevented).to.equal(false);
    });

    it('swaps Left and Right for right-to-left content, in a left-to-right page', async () => {
      const rtl = makeGuide({ locale: 'ar', dir: 'rtl' });
      const el = await methods(html`<az-cancel-methods .data=${rtl}></az-cancel-methods>`);
      await press(el, 'ArrowLeft', first);
      expect(el.method, 'Left goes forward in RTL').to.equal(second);
      await press(el, 'ArrowRight');
      expect(el.method, 'Right goes back in RTL').to.equal(first);
      await press(el, 'ArrowRight');
      expect(el.method).to.equal(last);
      await expect(el).to.be.accessible();
    });

    it('keeps Left and Right for left-to-right content inside a right-to-left page, laid out left to right', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><az-cancel-methods .data=${guide}></az-cancel-methods></div>`,
      );
      const el = wrapper.querySelector('az-cancel-methods')!;
      await el.contentReady;
      expect(getComputedStyle(el.shadowRoot!.querySelector('[role="tablist"]')!).direction).to.equal('ltr');
      await press(el, 'ArrowRight', first);
      expect(el.method, 'Right goes forward in LTR content').to.equal(second);
    });

    it('moves from the selected tab into its panel with Tab', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} method=${second}></az-cancel-methods>`);
      await press(el, 'Tab', second);
      expect(deepActiveElement()).to.equal(el.shadowRoot!.getElementById(panelId(second)));
    });

    it('selects with a click', async () => {
      const el = await methods();
      el.shadowRoot!.querySelector<HTMLElement>(`#tab-${last}`)!.click();
      await el.contentReady;
      expect(el.method).to.equal(last);
      expect(el.getAttribute('method'), 'reflected').to.equal(last);
      expect(visiblePanels(el)).to.deep.equal([panelId(last)]);
    });

    it('shows any number of methods: a fourth of an existing kind is one more tab and panel', async () => {
      const four = makeGuide({ methods: 4, kinds: ['online', 'email', 'in-person', 'online'] });
      const el = await methods(html`<az-cancel-methods .data=${four}></az-cancel-methods>`);
      expect(tabs(el).map(textWithoutTag)).to.deep.equal(four.methods.items.map((m) => m.name));
      await press(el, 'End', methodId(1));
      expect(el.method).to.equal(methodId(4));
      expect(visiblePanels(el)).to.deep.equal([panelId(methodId(4))]);
      const panel = el.shadowRoot!.getElementById(panelId(methodId(4)))!;
      const fourth = four.methods.items[3]!;
      expect(Array.from(panel.querySelectorAll('ol > li'), (li) => li.textContent.trim())).to.deep.equal(
        fourth.steps.map((step) => step.text),
      );
      expect(panel.querySelector('[part="site-link"]')!.textContent).to.contain(asKind(fourth, 'online').link.label);
      await expect(el).to.be.accessible();
    });
  });

  describe('method property and event', () => {
    it('fires az-method-change once per user change, with method and previous', async () => {
      const el = await methods();
      const events: CustomEvent[] = [];
      const listener = (event: CustomEvent) => events.push(event);
      document.addEventListener('az-method-change', listener);
      try {
        await press(el, 'ArrowRight', first);
        el.shadowRoot!.querySelector<HTMLElement>(`#tab-${second}`)!.click(); // already selected: no change, no event
        await el.contentReady;
      } finally {
        document.removeEventListener('az-method-change', listener);
      }
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ method: second, previous: first });
      expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    });

    it('does not fire on first render nor when the method is set from code', async () => {
      const events: Event[] = [];
      const listener = (event: Event) => events.push(event);
      document.addEventListener('az-method-change', listener);
      const el = await methods(html`<az-cancel-methods .data=${guide} method=${second}></az-cancel-methods>`);
      el.method = last;
      await el.contentReady;
      el.setAttribute('method', first);
      await el.contentReady;
      document.removeEventListener('az-method-change', listener);
      expect(events).to.have.length(0);
      expect(visiblePanels(el)).to.deep.equal([panelId(first)]);
    });

    it('falls back to the first method for an unknown value, with one console warning', async () => {
      let el!: AzCancelMethods;
      const unknownMethod = 'carrier-pigeon'; // deliberately not a method (a page's typo)
      const warnings = await captureWarnings(async () => {
        el = await methods(html`<az-cancel-methods .data=${guide} method=${unknownMethod}></az-cancel-methods>`);
        el.requestUpdate();
        await el.contentReady;
      });
      expect(el.method).to.equal(first);
      expect(visiblePanels(el)).to.deep.equal([panelId(first)]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('carrier-pigeon');
    });
  });

  describe('no spurious warnings', () => {
    for (const unset of [undefined, null, '']) {
      it(`method = ${JSON.stringify(unset) ?? 'undefined'} selects the first method, silently`, async () => {
        let el!: AzCancelMethods;
        const warnings = await captureWarnings(async () => {
          el = await methods();
          el.method = unset as unknown as MethodId;
          await el.contentReady;
        });
        expect(visiblePanels(el)).to.deep.equal([panelId(first)]);
        expect(el.method).to.equal(first);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('content without an `online` method, and no method set: its own first method, silently', async () => {
      expect(ids, 'the content has no method called online').not.to.include('online');
      let el!: AzCancelMethods;
      const warnings = await captureWarnings(async () => {
        el = await methods();
      });
      expect(visiblePanels(el)).to.deep.equal([panelId(first)]);
      expect(warnings).to.deep.equal([]);
    });

    it('in the guide too', async () => {
      await import('../guide/az-cancel-guide-define.js');
      let outer!: HTMLElement & { contentReady: Promise<unknown> };
      const warnings = await captureWarnings(async () => {
        outer = await fixture(html`<az-cancel-guide .data=${guide}></az-cancel-guide>`);
        await outer.contentReady;
      });
      const inner = outer.shadowRoot!.querySelector('az-cancel-methods')!;
      expect(visiblePanels(inner)).to.deep.equal([panelId(first)]);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('heading-level', () => {
    for (const value of ['0', 'abc', '-2', '9']) {
      it(`heading-level="${value}": panel headings stay within h1–h6, and below them "what to bring"`, async () => {
        let el!: AzCancelMethods;
        const warnings = await captureWarnings(async () => {
          const element = document.createElement('az-cancel-methods');
          element.data = guide;
          element.setAttribute('heading-level', value);
          el = await methods(html`${element}`);
        });
        const expected = { '0': 3, abc: 3, '-2': 1, '9': 6 }[value]!;
        const panel = el.shadowRoot!.querySelector('[role="tabpanel"]:has([part="bring"])')!;
        const [panelHeading, bringHeading] = deepQueryAll(panel, 'h1, h2, h3, h4, h5, h6').map((h) =>
          Number(h.tagName[1]),
        );
        expect(panelHeading).to.equal(expected);
        expect(bringHeading).to.equal(Math.min(6, expected + 1));
        expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
      });
    }
  });

  describe('deep links (sync-hash)', () => {
    let originalUrl: string;
    beforeEach(() => (originalUrl = location.href));
    afterEach(() => history.replaceState(null, '', originalUrl));

    it('writes #az-method=<id> without adding a history entry', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
      const entries = history.length;
      await press(el, 'ArrowRight', first);
      expect(location.hash).to.equal(`#az-method=${second}`);
      expect(history.length).to.equal(entries);
    });

    it('starts on the method named in the hash', async () => {
      history.replaceState(null, '', `#az-method=${last}`);
      const el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
      expect(el.method).to.equal(last);
      expect(visiblePanels(el)).to.deep.equal([panelId(last)]);
    });

    const third = ids[2]!;

    it('keeps the rest of the fragment: its own text and other parameters', async () => {
      history.replaceState(null, '', '#faq');
      const el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
      el.shadowRoot!.querySelector<HTMLElement>(`#tab-${second}`)!.click();
      await el.contentReady;
      expect(location.hash).to.equal(`#faq&az-method=${second}`);
      el.shadowRoot!.querySelector<HTMLElement>(`#tab-${third}`)!.click();
      await el.contentReady;
      expect(location.hash).to.equal(`#faq&az-method=${third}`);
    });

    it('reads az-method= among other parameters, and replaces it where it is', async () => {
      history.replaceState(null, '', `#/trip?step=2&az-method=${third}&lang=en`);
      const el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
      expect(el.method).to.equal(third);
      expect(visiblePanels(el)).to.deep.equal([`panel-${third}`]);
      el.shadowRoot!.querySelector<HTMLElement>(`#tab-${first}`)!.click();
      await el.contentReady;
      expect(location.hash).to.equal(`#/trip?step=2&az-method=${first}&lang=en`);
    });

    it('follows the hash when it changes', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = `#top&az-method=${second}`;
      await changed;
      await el.contentReady;
      expect(el.method).to.equal(second);
    });

    for (const hash of ['#az-method=%E0%A4%A', '#az-method=carrier-pigeon', '#az-method=']) {
      it(`ignores a hash that names no method of the content (${hash}), without an error or a warning`, async () => {
        history.replaceState(null, '', hash);
        let el!: AzCancelMethods;
        const warnings = await captureWarnings(async () => {
          el = await methods(html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`);
        });
        expect(el.method).to.equal(first);
        expect(visiblePanels(el)).to.deep.equal([`panel-${first}`]);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('ignores a hash that names no method while the content is still loading, without a warning', async () => {
      history.replaceState(null, '', '#az-method=carrier-pigeon-late');
      let el!: AzCancelMethods;
      const warnings = await captureWarnings(async () => {
        el = await methods(
          html`<az-cancel-methods src=${echoUrl(JSON.stringify(guide))} sync-hash></az-cancel-methods>`,
        );
      });
      expect(el.method).to.equal(first);
      expect(warnings).to.deep.equal([]);
    });

    it('in a guide: the hash sets the first method shown, guide.method names it, and choosing the first method works', async () => {
      history.replaceState(null, '', `#az-method=${second}`);
      const wrapper = await fixture<HTMLElement>(
        html`<div><az-cancel-guide .data=${guide} sync-hash></az-cancel-guide></div>`,
      );
      const el = wrapper.querySelector('az-cancel-guide')!;
      await el.contentReady;
      const inner = el.shadowRoot!.querySelector('az-cancel-methods')!;
      expect(inner.method).to.equal(second);
      expect(el.method, 'the guide names the method shown').to.equal(second);
      inner.shadowRoot!.querySelector<HTMLElement>(`#tab-${first}`)!.click();
      await el.contentReady;
      expect(visiblePanels(inner)).to.deep.equal([panelId(first)]);
      expect([el.method, inner.method]).to.deep.equal([first, first]);
      expect(location.hash).to.equal(`#az-method=${first}`);
      el.method = second; // from code
      await el.contentReady;
      expect(visiblePanels(inner)).to.deep.equal([panelId(second)]);
    });

    it('never touches the URL without sync-hash', async () => {
      history.replaceState(null, '', `#az-method=${last}`);
      const el = await methods();
      expect(el.method, 'ignores the hash').to.equal(first);
      await press(el, 'ArrowRight', first);
      expect(location.hash).to.equal(`#az-method=${last}`);
    });
  });

  describe('panels', () => {
    it('shows each method’s heading, intro and steps in order', async () => {
      const el = await methods();
      for (const method of guide.methods.items) {
        const panel = el.shadowRoot!.getElementById(panelId(method.id))!;
        expect(textWithoutTag(panel.querySelector('[part="panel-heading"]')!)).to.equal(method.heading);
        expect(panel.querySelector('p')!.textContent).to.equal(method.intro);
        expect(Array.from(panel.querySelectorAll('[part="steps"] > li'), (li) => li.textContent.trim())).to.deep.equal(
          method.steps.map((step) => step.text),
        );
      }
    });

    it('online: links to its site in a new tab, clearly labelled, and says "Official site:" only for a government site', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} method=${online.id}></az-cancel-methods>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(`#${panelId(online.id)} [part="site-link"]`)!;
      expect(link.getAttribute('href')).to.equal(online.link.href);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain(online.link.label);
      expect(link.textContent).to.contain(guide.ui.opensInNewTab);
      expect(link.closest('p')!.textContent).not.to.contain(guide.ui.officialSite);
      expect(el.shadowRoot!.querySelectorAll('[part="site-link"]'), 'only the online method has one').to.have.length(1);

      const index = guide.methods.items.indexOf(online);
      const governmentSite = { label: 'Portal', href: 'https://evisa.gov.az/', official: true };
      const official = withChanges(
        guide,
        (copy) => (asKind(copy.methods.items[index], 'online').link = governmentSite),
      );
      const officialEl = await methods(
        html`<az-cancel-methods .data=${official} method=${online.id}></az-cancel-methods>`,
      );
      const officialLink = officialEl.shadowRoot!.querySelector<HTMLAnchorElement>(
        `#${panelId(online.id)} [part="official-link"]`,
      )!;
      expect(officialLink.getAttribute('href')).to.equal(governmentSite.href);
      expect(officialLink.closest('p')!.textContent).to.contain(guide.ui.officialSite);
    });

    it('in person: what to bring is a checklist inside its step', async () => {
      const el = await methods(html`<az-cancel-methods .data=${guide} method=${inPerson.id}></az-cancel-methods>`);
      const items = deepQueryAll(el.shadowRoot!.querySelector(`#${panelId(inPerson.id)}`)!, '[part="label"]').map(
        (label) => label.textContent.trim(),
      );
      expect(items).to.deep.equal(inPerson.bring.map((item) => item.label));
      expect(el.shadowRoot!.querySelectorAll('[part="bring"]'), 'only the in-person method has one').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    describe('email template', () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      afterEach(() => {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      });
      const stubClipboard = (writeText: (text: string) => Promise<void>) =>
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });

      /** The guide with the email method's template holding the placeholders a traveller fills in. */
      const withPlaceholders = withChanges(guide, (copy) => {
        methodOfKind(copy, 'email').email.template =
          'Hello,\n\nPassport number: [passport number]\nCard: [tourist card number]\n\n[your name]';
      });

      it('copies a localized subject and body with placeholders, and confirms politely', async () => {
        let copied = '';
        stubClipboard((text) => {
          copied = text;
          return Promise.resolve();
        });
        const el = await methods(
          html`<az-cancel-methods .data=${withPlaceholders} method=${email.id}></az-cancel-methods>`,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.contentReady;
        expect(copied).to.contain(`${guide.ui.emailSubject}: ${email.email.subject}`);
        expect(copied).to.contain('[passport number]');
        expect(copied).to.contain('[tourist card number]');
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(status.textContent).to.equal(guide.ui.copied);
        await expect(el).to.be.accessible();
      });

      it('copies the template of the method being shown, when there are several email methods', async () => {
        let copied = '';
        stubClipboard((text) => {
          copied = text;
          return Promise.resolve();
        });
        const two = makeGuide({ methods: 2, kinds: ['email'] });
        const el = await methods(html`<az-cancel-methods .data=${two} method=${methodId(2)}></az-cancel-methods>`);
        el.shadowRoot!.querySelector<HTMLButtonElement>(`#${panelId(methodId(2))} [part="copy-button"]`)!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.contentReady;
        const [one, other] = two.methods.items.map((m) => asKind(m, 'email').email);
        expect(copied).to.contain(other!.subject);
        expect(copied).to.contain(other!.template);
        expect(copied).not.to.contain(one!.subject);
      });

      /** The text selected in the element (a selection inside a shadow root, as both browsers expose it). */
      const selectedText = (el: HTMLElement): string => {
        const selection = getSelection()!;
        const composed = selection.getComposedRanges?.({ shadowRoots: [el.shadowRoot!] })[0];
        if (!composed) return selection.toString();
        const range = new Range();
        range.setStart(composed.startContainer, composed.startOffset);
        range.setEnd(composed.endContainer, composed.endOffset);
        return range.toString();
      };

      it('selects the template where it is shown when the clipboard refuses, and says to press Ctrl+C', async () => {
        stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
        const el = await methods(
          html`<az-cancel-methods .data=${withPlaceholders} method=${email.id}></az-cancel-methods>`,
        );
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!;
        button.focus();
        button.click();
        await waitUntil(
          () => el.shadowRoot!.querySelector('[role="status"]')!.textContent === guide.ui.copyFallback,
          'the fallback message',
        );
        const template = methodOfKind(withPlaceholders, 'email').email.template;
        expect(selectedText(el).replace(/\r\n/g, '\n')).to.equal(template);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(guide.ui.copyFallback);
        expect(button.textContent.trim(), 'never says "Copied" when nothing was copied').to.equal(
          guide.ui.copyTemplate,
        );
        expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
        await expect(el).to.be.accessible();
      });

      it('selects the subject on its chip when there is no Clipboard API', async () => {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
        const el = await methods(html`<az-cancel-methods .data=${guide} method=${email.id}></az-cancel-methods>`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-subject"]')!.click();
        await waitUntil(
          () => el.shadowRoot!.querySelector('[role="status"]')!.textContent === guide.ui.copyFallback,
          'the fallback message',
        );
        expect(selectedText(el)).to.equal(email.email.subject);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(guide.ui.copyFallback);
      });

      it('offers an "open in mail app" link only when the content has an address', async () => {
        const plain = await methods(html`<az-cancel-methods .data=${guide} method=${email.id}></az-cancel-methods>`);
        expect(plain.shadowRoot!.querySelector('[part="mail-link"]')).to.be.null;

        const data = withChanges(guide, (copy) => (methodOfKind(copy, 'email').email.address = 'visa@example.org'));
        const el = await methods(html`<az-cancel-methods .data=${data} method=${email.id}></az-cancel-methods>`);
        const href = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="mail-link"]')!.href;
        const url = new URL(href);
        expect(url.protocol).to.equal('mailto:');
        expect(url.pathname).to.equal('visa@example.org');
        expect(url.searchParams.get('subject')).to.equal(email.email.subject);
        expect(url.searchParams.get('body')).to.equal(email.email.template);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('layout', () => {
    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px"><az-cancel-methods .data=${guide} method=${email.id}></az-cancel-methods></div>`,
      );
      const el = wrapper.querySelector('az-cancel-methods')!;
      await el.contentReady;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const tab of tabs(el))
        expect(tab.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });

    it('prints every panel with its heading, without the tab strip', async () => {
      const el = await methods();
      await withPrintMedia(el, () => {
        expect(visiblePanels(el)).to.deep.equal(ids.map(panelId));
        for (const panel of panels(el)) expect(isRendered(panel.querySelector('[part="panel-heading"]')!)).to.be.true;
        expect(isRendered(el.shadowRoot!.querySelector('[role="tablist"]')!)).to.be.false;
        expect(isRendered(el.shadowRoot!.querySelector('[part="copy-button"]')!)).to.be.false;
      });
      expect(visiblePanels(el), 'back on screen').to.deep.equal([panelId(first)]);
    });
  });
});

// Find-in-page reaches the methods whose tabs are not selected: their panels are hidden="until-found",
// and a match in one opens its tab as a click would. The assertions follow what this browser supports,
// detected below; a browser without until-found must keep the panels plainly hidden, as before. The
// probe runs as this file loads (the title of the block names what it found); it leaves nothing on the page.
/** A probe of the browser itself: whether hidden="until-found" leaves a box to search (content-visibility: hidden). */
async function probeUntilFound(): Promise<{ untilFound: boolean; findReveals: boolean }> {
  const probe = document.createElement('div');
  probe.setAttribute('hidden', 'until-found');
  probe.textContent = 'until-found probe text';
  let fired = false;
  probe.addEventListener('beforematch', () => (fired = true));
  document.body.append(probe);
  const untilFound = getComputedStyle(probe).display !== 'none';
  // Firefox's window.find reveals until-found content as its find bar does (beforematch, then the attribute goes);
  // Chromium's window.find skips it, and only its find bar (out of a test's reach) reveals.
  const found = (window as unknown as { find(text: string): boolean }).find(probe.textContent);
  // beforematch comes in a task of its own, a moment later.
  for (let frame = 0; frame < 10 && !fired; frame++) await nextFrame();
  const revealed = found && fired;
  probe.remove();
  getSelection()?.removeAllRanges();
  return { untilFound, findReveals: revealed };
}

const { untilFound, findReveals } = await probeUntilFound();
const FIND = findReveals ? 'window.find()' : 'the beforematch event of the find bar';

describe(`find-in-page (this browser: ${untilFound ? 'hidden="until-found"' : 'no hidden="until-found"'}, driven by ${FIND})`, () => {
  // The block's own guide and helpers: `guide`, `first`, `second` and `tabs` here are not those of the tests above.
  /** Three methods whose texts no other content on the page has. */
  const guide = makeGuide({ label: 'Findable' });
  const [first, second, third] = guide.methods.items.map((m) => m.id) as [string, string, string];
  const stepText = (n: number) => `Findable Method ${n} step 2`;

  type Rendering = HTMLElement & { contentReady: Promise<unknown> };

  async function render<T extends Rendering>(
    template: unknown,
  ): Promise<{ el: T; before: HTMLButtonElement; after: HTMLButtonElement }> {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector<T>('az-cancel-guide, az-cancel-methods')!;
    await el.contentReady;
    return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
  }

  const tabs = (el: Element) => deepQueryAll<HTMLButtonElement>(el, '[role="tab"]');
  const panel = (el: Element, id: string) => deepQuery(el, `#panel-${id}`);

  /**
   * Looks for `text` as a reader's find-in-page does and waits for the element to update. With
   * window.find where it reveals hidden="until-found" content (then it must find the text and fire
   * beforematch on its panel); else the event the find bar fires on the panel before revealing it.
   */
  async function findInPage(el: Rendering, text: string): Promise<void> {
    const target = deepQueryAll(el, '[role="tabpanel"]').find((p) => p.textContent.includes(text))!;
    let fired = 0;
    target.addEventListener('beforematch', () => fired++);
    if (findReveals) {
      getSelection()?.removeAllRanges();
      expect((window as unknown as { find(text: string): boolean }).find(text), `window.find("${text}")`).to.equal(
        true,
      );
      await until(() => fired > 0, 'beforematch from window.find');
    } else {
      target.dispatchEvent(new Event('beforematch', { bubbles: true }));
    }
    expect(fired, 'beforematch fired on the panel of the match').to.equal(1);
    await el.contentReady;
    await nextFrame();
  }

  /** The `az-method-change` details the page hears while `work` runs. */
  async function changesDuring(work: () => Promise<unknown>): Promise<MethodChangeDetail[]> {
    const details: MethodChangeDetail[] = [];
    const listener = (event: CustomEvent<MethodChangeDetail>) => details.push(event.detail);
    document.addEventListener('az-method-change', listener);
    try {
      await work();
    } finally {
      document.removeEventListener('az-method-change', listener);
    }
    return details;
  }

  /** The tab of `selected` is the selected one and the only one in the tab order; only its panel is shown. */
  function expectSelected(el: Element, selected: string): void {
    for (const tab of tabs(el)) {
      const isIt = tab.dataset['method'] === selected;
      expect(tab.getAttribute('aria-selected'), tab.id).to.equal(String(isIt));
      expect(tab.getAttribute('tabindex'), tab.id).to.equal(isIt ? '0' : '-1');
      expect(isRendered(panel(el, tab.dataset['method']!)), `panel of ${tab.id} shown`).to.equal(isIt);
    }
  }

  const originalUrl = location.href;
  afterEach(() => {
    history.replaceState(null, '', originalUrl);
    getSelection()?.removeAllRanges();
  });

  if (untilFound) {
    it('hidden panels are hidden="until-found": no box to see, out of the tab order, yet searchable', async () => {
      const { el, after } = await render<AzCancelMethods>(html`<az-cancel-methods .data=${guide}></az-cancel-methods>`);
      for (const id of [second, third]) {
        expect(panel(el, id).getAttribute('hidden'), id).to.equal('until-found');
        expect(getComputedStyle(panel(el, id)).contentVisibility, id).to.equal('hidden');
        expect(panel(el, id).getBoundingClientRect().height, `${id}: no padding left`).to.equal(0);
      }
      expectSelected(el, first);
      // From the last focusable thing of the shown panel, Tab leaves the element: the hidden panels are no stops.
      deepQueryAll(panel(el, first), 'a, button').at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      // (Ids, not elements: a failed comparison of elements stalls the Firefox runner.)
      expect(deepActiveElement()?.id).to.equal(after.id);
    });

    it('a match in a hidden panel selects its tab as a click would, without moving focus', async () => {
      const { el, before } = await render<AzCancelMethods>(
        html`<az-cancel-methods .data=${guide} sync-hash></az-cancel-methods>`,
      );
      before.focus();
      const changes = await changesDuring(() => findInPage(el, stepText(3)));
      expectSelected(el, third);
      expect(el.getAttribute('method'), 'method reflected').to.equal(third);
      expect(changes).to.deep.equal([{ method: third, previous: first, findInPage: true }]);
      expect(location.hash).to.equal(`#az-method=${third}`);
      // The element moves no focus: not to the tab. (Firefox's find takes focus from the button to the document itself.)
      expect(
        tabs(el).map((tab) => tab.id),
        'focus on no tab',
      ).not.to.include(deepActiveElement()?.id);
      if (!findReveals) expect(deepActiveElement()?.id, 'focus stays where it was').to.equal(before.id);
      expect(panel(el, first).getAttribute('hidden'), 'the panel left is searchable in turn').to.equal('until-found');
    });

    it('in the guide: the guide’s method follows, the page hears one event, and the match is in view', async () => {
      // A tall page: the match is below the fold, so the find scrolls to it while the panels change.
      const { el } = await render<AzCancelGuide>(
        html`<div style="block-size: 150vh"></div><az-cancel-guide .data=${guide} sync-hash></az-cancel-guide><div style="block-size: 150vh"></div>`,
      );
      const changes = await changesDuring(() => findInPage(el, stepText(2)));
      expectSelected(el, second);
      expect(el.getAttribute('method'), 'the guide’s method').to.equal(second);
      expect(deepQuery(el, 'az-cancel-methods').getAttribute('method')).to.equal(second);
      expect(changes).to.deep.equal([{ method: second, previous: first, findInPage: true }]);
      expect(location.hash).to.equal(`#az-method=${second}`);
      if (findReveals) {
        // The browser scrolled to the match; the tab that closed must not push it out of view.
        const match = getSelection()!.getRangeAt(0).getBoundingClientRect();
        expect(String(getSelection()), 'the match is selected').to.equal(stepText(2));
        expect(match.top, 'the match is in view').to.be.within(0, innerHeight - match.height);
      }
    });

    it('a click or a key still says { method, previous } only', async () => {
      const { el } = await render<AzCancelMethods>(html`<az-cancel-methods .data=${guide}></az-cancel-methods>`);
      const changes = await changesDuring(async () => {
        const tab = deepQuery<HTMLButtonElement>(el, `#tab-${second}`);
        tab.focus();
        tab.click();
        await sendKeys({ press: 'End' });
        await el.contentReady;
      });
      expect(changes).to.deep.equal([
        { method: second, previous: first },
        { method: third, previous: second },
      ]);
    });
  } else {
    it('without until-found, hidden panels stay plainly hidden: not rendered, and the find leaves the tab as it is', async () => {
      const { el } = await render<AzCancelMethods>(html`<az-cancel-methods .data=${guide}></az-cancel-methods>`);
      for (const id of [second, third]) {
        expect(panel(el, id).hasAttribute('hidden'), id).to.equal(true);
        expect(getComputedStyle(panel(el, id)).display, id).to.equal('none');
      }
      const changes = await changesDuring(async () => {
        (window as unknown as { find?(text: string): boolean }).find?.(stepText(3));
        await el.contentReady;
      });
      expectSelected(el, first);
      expect(changes).to.deep.equal([]);
    });
  }

  it('print still shows every method, whatever the tab', async () => {
    const { el } = await render<AzCancelMethods>(
      html`<az-cancel-methods .data=${guide} method=${methodId(2)}></az-cancel-methods>`,
    );
    await withPrintMedia(el, () => {
      for (const id of [first, second, third]) {
        expect(isRendered(panel(el, id)), id).to.equal(true);
        for (const li of deepQueryAll(panel(el, id), 'ol > li')) expect(isRendered(li), li.textContent).to.equal(true);
      }
    });
  });
});
