// Looks native on any site: checklists a person ticks with a thumb, type that follows the page,
// "Copied" once where it was clicked, a focus ring seen on any background, and every control
// legible in forced colours. (The print and forced-colours styles come in a chunk of their own.)
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';
import { itemId, makeGuide, methodOfKind } from '../content/make-guide.js';
import { deepQuery, deepQueryAll, isRendered, withForcedColors } from './helpers.js';

const isFirefox = navigator.userAgent.includes('Firefox');
const guide = makeGuide({ notes: true });

/** A guide on a page whose text is `fontSize` (the page's root stays 16 px). */
async function onPage(attributes: Record<string, string> = {}, fontSize = '17px'): Promise<AzCancelGuide> {
  const page = await fixture<HTMLElement>(
    html`<div style="font: ${fontSize}/1.5 sans-serif; inline-size: 40rem"></div>`,
  );
  const el = document.createElement('az-cancel-guide');
  el.data = guide;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.append(el);
  await el.contentReady;
  return el;
}

/** A guide showing `content` in a box `width` wide, on a 17 px page. */
async function showing(content: typeof guide, width: string): Promise<AzCancelGuide> {
  const page = await fixture<HTMLElement>(html`<div style="inline-size: ${width}; font: 17px sans-serif"></div>`);
  const el = document.createElement('az-cancel-guide');
  el.data = content;
  page.append(el);
  await el.contentReady;
  return el;
}

/** Where characters `from` to `to` of a text node are drawn. */
function textRect(text: Node, from: number, to: number): DOMRect {
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return range.getBoundingClientRect();
}

const before = (el: Element): ShadowRoot => deepQuery(el, 'az-cancel-checklist[list="before"]').shadowRoot!;

/** Relative luminance of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const isTransparent = (color: string): boolean => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** A system colour as the browser resolves it now (e.g. Canvas in forced colours). */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * In forced colours, the colour painted behind `element`: the first opaque background up its
 * ancestors (across shadow roots) of an element that opted out of forced colours; an element that
 * did not is painted on Canvas.
 */
function backgroundBehind(element: Element): string {
  for (
    let node: Element | null = element;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = getComputedStyle(node);
    if (!isTransparent(style.backgroundColor))
      return style.forcedColorAdjust === 'none' ? style.backgroundColor : systemColor('Canvas');
  }
  return systemColor('Canvas');
}

function contrast(element: Element): number {
  const [a, b] = [luminance(getComputedStyle(element).color), luminance(backgroundBehind(element))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('looks native on any site', () => {
  describe('checklists as a person ticks them', () => {
    it('checkboxes of 32 px, rows of at least 44 px, and the whole row as the target', async () => {
      const el = await onPage();
      const root = before(el);
      for (const box of root.querySelectorAll('input[type="checkbox"]')) {
        const { width, height } = box.getBoundingClientRect();
        expect(width).to.be.at.least(32);
        expect(height).to.be.at.least(32);
        expect(box.closest('li')!.getBoundingClientRect().height).to.be.at.least(44);
      }
      // A tap on the description, far from the box, ticks the item.
      const description = root.querySelector<HTMLElement>(`#description-${itemId('before', 2)}`)!;
      description.scrollIntoView({ block: 'center' });
      const { left, top, width, height } = description.getBoundingClientRect();
      const hit = root.elementFromPoint(left + width - 4, top + height / 2) as HTMLElement;
      hit.click();
      await el.contentReady;
      expect(root.querySelector<HTMLInputElement>(`#item-${itemId('before', 2)}`)!.checked).to.be.true;
    });

    it('a link in an item’s note still opens, above the row’s target', async () => {
      const el = await onPage();
      const link = before(el).querySelector<HTMLAnchorElement>('.note a')!;
      link.scrollIntoView({ block: 'center' });
      const { left, top, width, height } = link.getBoundingClientRect();
      expect(before(el).elementFromPoint(left + width / 2, top + height / 2)).to.equal(link);
    });

    it('ticking strikes the label only; the description folds to one line, whole again on focus', async () => {
      const el = await onPage({}, '17px');
      const root = before(el);
      const id = itemId('before', 1);
      const description = root.querySelector<HTMLElement>(`#description-${id}`)!;
      description.textContent = 'A description long enough to run over several lines at this width. '.repeat(4);
      const fullHeight = description.getBoundingClientRect().height;
      root.querySelector<HTMLInputElement>(`#item-${id}`)!.click();
      await el.contentReady;
      // Move focus and pointer away: folded.
      (document.activeElement as HTMLElement | null)?.blur();
      const label = root.querySelector(`label[for="item-${id}"]`)!;
      expect(getComputedStyle(label).textDecorationLine).to.equal('line-through');
      expect(getComputedStyle(description).textDecorationLine).to.equal('none');
      const lineHeight = parseFloat(getComputedStyle(description).lineHeight);
      expect(description.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
      expect(description.getBoundingClientRect().height).to.be.below(fullHeight);
      // Still there for screen readers, and whole again when the item has focus.
      expect(root.querySelector(`#item-${id}`)!.getAttribute('aria-describedby')).to.equal(`description-${id}`);
      root.querySelector<HTMLInputElement>(`#item-${id}`)!.focus();
      expect(description.getBoundingClientRect().height).to.be.closeTo(fullHeight, 1);
    });

    it('shows no progress bar before the first tick, so it never reads as a divider', async () => {
      const el = await onPage();
      const bar = before(el).querySelector('progress')!;
      expect(isRendered(bar) && getComputedStyle(bar).visibility === 'visible').to.be.false;
      before(el)
        .querySelector<HTMLInputElement>(`#item-${itemId('before', 1)}`)!
        .click();
      await el.contentReady;
      expect(getComputedStyle(bar).visibility).to.equal('visible');
    });
  });

  describe('type that belongs to the host', () => {
    it('body text follows a 17 px page; headings take --az-heading-font', async () => {
      const el = await onPage({ style: '--az-heading-font: Georgia, serif' }, '17px');
      expect(getComputedStyle(deepQuery(el, '[part="glance"]')).fontSize).to.equal('17px');
      expect(getComputedStyle(deepQuery(el, '[part="title"]')).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(deepQuery(el, '[part="glance"]')).fontFamily).not.to.include('Georgia');
    });

    it('hide-title: the page’s own h1 says it; the title is hidden on screen and stays the first heading', async () => {
      const el = await onPage({ 'hide-title': '' });
      const title = deepQuery(el, '[part="title"]');
      expect(title.tagName).to.equal('H2');
      expect(title.textContent).to.equal(guide.title);
      expect(title.getBoundingClientRect().height).to.be.at.most(1);
      expect(deepQuery(el, '[part="answer"]').getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(
        24,
      );
      await expect(el).to.be.accessible();
    });

    it('panels align with their section’s edge', async () => {
      const el = await onPage();
      const panel = deepQuery(el, '[role="tabpanel"]:not([hidden])');
      const section = deepQuery(el, '[part="methods"]');
      expect(panel.getBoundingClientRect().left).to.be.closeTo(section.getBoundingClientRect().left, 0.5);
    });
  });

  describe('copy feedback', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    beforeEach(() =>
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      }),
    );
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    /** The visible texts "Copied" in the email panel. */
    const visibleCopied = (panel: Element): Element[] =>
      Array.from(panel.querySelectorAll('button, [role="status"]')).filter(
        (node) => node.textContent.includes(guide.ui.copied) && node.getBoundingClientRect().width > 1,
      );

    for (const [control, part] of [
      ['the subject’s chip', 'copy-subject'],
      ['the template’s button', 'copy-button'],
    ] as const) {
      it(`copying with ${control} says "Copied" once, on it, and once to screen readers`, async () => {
        const email = methodOfKind(guide, 'email');
        const el = await onPage({ method: email.id });
        const panel = deepQuery(el, `#panel-${email.id}`);
        const button = panel.querySelector<HTMLElement>(`[part="${part}"]`)!;
        button.click();
        await el.contentReady;
        await deepQuery<HTMLElement & { contentReady: Promise<unknown> }>(el, 'az-cancel-methods').contentReady;
        expect(visibleCopied(panel)).to.deep.equal([button]);
        expect(panel.querySelector('[role="status"]')!.textContent).to.equal(guide.ui.copied);
      });
    }
  });

  it('the focus ring has two colours, the ring and a halo, themable', async () => {
    const el = await onPage({ style: '--az-focus-ring: rgb(1, 2, 3); --az-focus-halo: rgb(250, 240, 0)' });
    deepQuery(el, '[role="tab"][aria-selected="true"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    const tab = deepQuery(el, '[role="tab"][aria-selected="true"]');
    const style = getComputedStyle(tab);
    expect(style.outlineColor).to.equal('rgb(1, 2, 3)');
    expect(style.boxShadow).to.include('rgb(250, 240, 0)');
  });

  it('in forced colours every control’s text has a contrast of at least 4.5:1, the selected tab included', async function () {
    if (isFirefox) this.skip(); // the Firefox driver (WebDriver BiDi) cannot emulate forced colours
    const el = await onPage({ method: methodOfKind(guide, 'email').id });
    await withForcedColors(async () => {
      before(el)
        .querySelector<HTMLInputElement>(`#item-${itemId('before', 1)}`)!
        .click();
      await el.contentReady;
      const controls = deepQueryAll(
        el,
        '[role="tab"], [part="tag"], button, summary, label, a[part~="site-link"], [part="copy-subject"] span',
      );
      expect(controls.length).to.be.above(8);
      // The browser paints system colours on what keeps forced colours (contrast by construction); what opts out
      // (the tabs and their tags, to show which is selected) must bring its own contrast.
      const optedOut = controls.filter(
        (control) => isRendered(control) && getComputedStyle(control).forcedColorAdjust === 'none',
      );
      expect(optedOut.length, 'the tabs opt out').to.be.at.least(3);
      for (const control of optedOut) {
        expect(contrast(control), `${control.localName} "${control.textContent.trim().slice(0, 30)}"`).to.be.at.least(
          4.5,
        );
      }
      const selected = deepQuery(el, '[role="tab"][aria-selected="true"]');
      expect(getComputedStyle(selected).backgroundColor, 'the selected tab is Highlight').not.to.equal(
        getComputedStyle(deepQuery(el, '[role="tab"][aria-selected="false"]')).backgroundColor,
      );
    });
  });

  it('a Latin link after a right-to-left sentence keeps the sentence’s full stop on the sentence’s side', async () => {
    const rtl = makeGuide({ locale: 'ar', dir: 'rtl' });
    rtl.summary.note = {
      text: 'احذر المواقع المقلِّدة مثل evisagov.az.',
      link: { label: 'evisa.gov.az', href: 'https://evisa.gov.az/', official: true },
    };
    const el = await showing(rtl, '40rem');
    const note = deepQuery(el, '[part="summary"] [part="note"]');
    const text = Array.from(note.childNodes).find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('evisagov.az'),
    )!;
    const at = (from: number, to: number): DOMRect => textRect(text, from, to);
    const value = text.textContent!;
    const domain = value.indexOf('evisagov.az');
    const stop = value.lastIndexOf('.');
    // Right to left: the sentence ends on the left, so its full stop is left of the domain before it.
    expect(at(stop, stop + 1).right).to.be.at.most(at(domain, domain + 'evisagov.az'.length).left + 1);
    expect(getComputedStyle(note.querySelector('a')!).unicodeBidi).to.equal('isolate');
  });

  it('a Chinese heading breaks at punctuation, not inside a word', async () => {
    const zh = makeGuide({ locale: 'zh-Hans' });
    zh.title = '注销阿塞拜疆旅游卡（电子签证）';
    const el = await showing(zh, '358px');
    const title = deepQuery(el, '[part="title"]');
    const text = Array.from(title.childNodes).find((n) => n.nodeType === Node.TEXT_NODE)!;
    const tops = Array.from(text.textContent!, (_, i) => Math.round(textRect(text, i, i + 1).top));
    const breaks = tops.flatMap((top, i) => (i > 0 && top > tops[i - 1]! ? [i] : []));
    expect(breaks.length, 'on two lines at this width').to.be.at.least(1);
    for (const i of breaks)
      expect(text.textContent![i], `a line starts at "${text.textContent!.slice(i)}"`).to.equal('（');
  });

  it('leaves no more than 60 px between the last step of a method and the next list’s heading', async () => {
    const el = await onPage();
    const panel = deepQuery(el, '[role="tabpanel"]:not([hidden])');
    const lastStep = panel.querySelector('[part="steps"] > li:last-child')!;
    const heading = before(el).querySelector('[part="heading"]')!;
    const after = panel.lastElementChild!.getBoundingClientRect().bottom;
    expect(
      heading.getBoundingClientRect().top - Math.max(after, lastStep.getBoundingClientRect().bottom),
    ).to.be.at.most(60);
  });

  it('in forced colours, stacked tabs are boxes with every edge drawn', async function () {
    if (isFirefox) this.skip(); // the Firefox driver (WebDriver BiDi) cannot emulate forced colours
    const el = await onPage();
    el.parentElement!.style.inlineSize = '320px';
    await withForcedColors(() => {
      const tab = deepQuery(el, '[role="tab"][aria-selected="false"]');
      const style = getComputedStyle(tab);
      const edges = [style.borderTopColor, style.borderRightColor, style.borderBottomColor, style.borderLeftColor];
      expect(new Set(edges).size, edges.join(' / ')).to.equal(1);
      expect(parseFloat(style.borderBottomWidth)).to.be.at.least(1);
      expect(contrast(tab), 'its text').to.be.at.least(4.5);
    });
  });
});
