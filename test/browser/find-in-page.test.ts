// Find-in-page reaches the methods whose tabs are not selected: their panels are hidden="until-found",
// and a match in one opens its tab as a click would. The assertions follow what this browser supports,
// detected below; a browser without until-found must keep the panels plainly hidden, as before.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MethodChangeDetail } from '../../src/events.js';
import type { AzCancelGuide, AzCancelMethods } from '../../src/index.js';
import '../../src/index.js';
import { makeGuide, methodId } from '../content/make-guide.js';
import { until } from './faults.js';
import { deepActiveElement, deepQuery, deepQueryAll, isRendered, withPrintMedia } from './helpers.js';

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
    expect((window as unknown as { find(text: string): boolean }).find(text), `window.find("${text}")`).to.equal(true);
    await until(() => fired > 0, 'beforematch from window.find');
  } else {
    target.dispatchEvent(new Event('beforematch', { bubbles: true }));
  }
  expect(fired, 'beforematch fired on the panel of the match').to.equal(1);
  await el.contentReady;
  await nextFrame();
}

/** Every az-method-change that reaches the page, and the method attribute of its element at that time. */
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

describe(`find-in-page (this browser: ${untilFound ? 'hidden="until-found"' : 'no hidden="until-found"'}, driven by ${FIND})`, () => {
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
