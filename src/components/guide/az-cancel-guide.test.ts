import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GuideData } from '../../data/guide-types.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } from '../../data/locales.js';
import {
  captureWarnings,
  deepQuery,
  deepQueryAll,
  deepText,
  isRendered,
  textWithoutTag,
} from '../../../test/browser/helpers.js';
import { guideTexts, missingInOrder } from '../../../test/content/guide-texts.js';
import { itemId, makeGuide, methodId, methodOfKind, withChanges } from '../../../test/content/make-guide.js';
import type { AzCancelChecklist } from '../checklist/az-cancel-checklist.js';
import type { AzCancelMethods } from '../methods/az-cancel-methods.js';
import type { AzCancelGuide } from './az-cancel-guide.js';
import './az-cancel-guide-define.js';

/** Three methods (one of each kind) of different lengths, three items per list. */
const guide = withChanges(makeGuide({ steps: 3 }), (copy) => {
  copy.methods.items[1]!.steps.push({ text: 'Method 2 step 4' });
  copy.methods.items[2]!.steps.splice(1);
});

/** A guide element showing `data` (the builder's guide by default; null for the bundled locale that `lang` picks). */
async function render(attributes: Record<string, string> = {}, data: GuideData | null = guide): Promise<AzCancelGuide> {
  const el = document.createElement('az-cancel-guide');
  if (data) el.data = data;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await el.contentReady;
  return el;
}

const title = (el: AzCancelGuide): string => el.shadowRoot!.querySelector('h2')!.textContent;

/** A bundled locale other than the default, to see a change of language. */
const otherLocale = AVAILABLE_LOCALES.find((locale) => locale !== DEFAULT_LOCALE)!;

describe('<az-cancel-guide>', () => {
  describe('content', () => {
    it('shows every section of the guide in the order of the source', async () => {
      const el = await render();
      const missing = missingInOrder(deepText(el), guideTexts(guide));
      expect(missing, JSON.stringify(missing)).to.equal(undefined);
    });

    it('shows every step of every method as an ordered list', async () => {
      const el = await render();
      const panels = deepQueryAll(el, '[role="tabpanel"]');
      expect(panels.map((panel) => panel.querySelectorAll(':scope > ol > li').length)).to.deep.equal(
        guide.methods.items.map((method) => method.steps.length),
      );
      for (const [i, method] of guide.methods.items.entries()) {
        expect(Array.from(panels[i]!.querySelectorAll('ol > li'), (li) => li.textContent.trim())).to.deep.equal(
          method.steps.map((step) => step.text),
        );
      }
    });

    it('shows each method’s details by its kind: its site, email subject and template, what to bring', async () => {
      const el = await render();
      const online = methodOfKind(guide, 'online');
      const byEmail = methodOfKind(guide, 'email');
      const inPerson = methodOfKind(guide, 'in-person');
      const link = deepQuery<HTMLAnchorElement>(el, `#panel-${online.id} [part="site-link"]`);
      expect(link.getAttribute('href')).to.equal(online.link.href);
      const { email } = byEmail;
      const emailPanel = deepText(deepQuery(el, `#panel-${byEmail.id}`));
      for (const fact of [email.subject, ...email.template.split(/\s*\n\s*/)]) expect(emailPanel).to.contain(fact);
      const inPersonPanel = deepText(deepQuery(el, `#panel-${inPerson.id}`));
      for (const fact of inPerson.bring) expect(inPersonPanel).to.contain(fact.label);
    });

    it('shows what official sources say with their links, and the review date under the answer (in the notice without one)', async () => {
      for (const legacy of [false, true]) {
        const data = withChanges(makeGuide({ legacy }), (copy) => {
          copy.notice.links.push({ label: 'Notice link 2', href: 'https://example.org/portal' });
          copy.lastReviewed = '2027-03-09';
        });
        const el = await render({}, data);
        const notice = deepQuery(el, '[part="notice"]');
        expect(notice.textContent).to.contain(data.notice.text);
        expect(Array.from(notice.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal(
          data.notice.links.map((l) => l.href),
        );
        const date = new Intl.DateTimeFormat(data.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${data.lastReviewed}T00:00:00Z`),
        );
        const reviewed = data.ui.lastReviewed.replace('{date}', date);
        expect(
          deepQuery(el, legacy ? '[part="notice"]' : '[part="answer"]').textContent,
          `legacy: ${legacy}`,
        ).to.contain(reviewed);
        expect(deepText(el).split(reviewed).length - 1, 'the date once').to.equal(1);
      }
    });

    it('marks its content with the language and direction of the content', async () => {
      const data = makeGuide({ locale: 'fa', dir: 'rtl' });
      const el = await render({}, data);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal('fa');
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(article).direction).to.equal('rtl');
    });

    it('passes axe', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });
  });

  describe('headings', () => {
    const levels = (el: Element) => deepQueryAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));

    /**
     * Title, cases, the source article's part (its heading, then one level down: the methods section, each
     * method and its "what to bring" when in person, the before and after lists), summary.
     */
    const outline = (data: GuideData, level: number): number[] =>
      [
        level,
        level + 1,
        level + 1,
        level + 2,
        ...data.methods.items.flatMap((method) => (method.kind === 'in-person' ? [level + 3, level + 4] : [level + 3])),
        level + 2,
        level + 2,
        level + 1,
      ].map((n) => Math.min(n, 6));

    it("uses h2 for the title, h3 for sections, h4 inside the source article's part and h5 in method panels by default", async () => {
      const el = await render();
      expect(levels(el)).to.deep.equal(outline(guide, 2));
      expect(levels(el).slice(0, 3)).to.deep.equal([2, 3, 3]);
      expect(title(el)).to.equal(guide.title);
    });

    it('follows heading-level so the guide fits the page outline', async () => {
      const el = await render({ 'heading-level': '3' });
      expect(levels(el)).to.deep.equal(outline(guide, 3));
    });

    it('never goes past h6', async () => {
      const el = await render({ 'heading-level': '5' });
      expect(Math.max(...levels(el))).to.equal(6);
      expect(levels(el)[0]).to.equal(5);
    });

    // Every value a page might write. '' reads as 0 (Lit's Number converter), so 0 then logs nothing new.
    const VALUES: ReadonlyArray<readonly [string, number, number]> = [
      ['', 2, 1],
      ['0', 2, 0],
      ['-1', 1, 1],
      ['7', 6, 1],
      ['1.5', 2, 1],
      ['abc', 2, 1],
      ...[1, 2, 3, 4, 5, 6].map((n) => [String(n), n, 0] as const),
    ];
    for (const [value, title, warnings] of VALUES) {
      it(`heading-level="${value}": the title is h${title} and the whole outline stays below it, within h1–h6`, async () => {
        let el!: AzCancelGuide;
        const logged = await captureWarnings(async () => {
          el = await render({ 'heading-level': value });
        });
        expect(levels(el)).to.deep.equal(outline(guide, title));
        expect(
          logged.filter((w) => w.includes('heading-level')),
          logged.join('\n'),
        ).to.have.length(warnings);
      });
    }
  });

  describe('saved ticks (persist)', () => {
    const PREFIX = 'az-cancel-guide:checklist:v1:';
    const savedUnder = (name: string): string[] =>
      Object.keys(JSON.parse(localStorage.getItem(PREFIX + name) ?? '{}') as object);
    const tick = (el: Element, id: string) => deepQuery<HTMLLabelElement>(el, `label[for="item-${id}"]`).click();
    const isTicked = (el: Element, id: string) => deepQuery<HTMLInputElement>(el, `#item-${id}`).checked;
    const [first, second] = [itemId('before', 1), itemId('before', 2)];
    const clear = () => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    };
    beforeEach(clear);
    afterEach(clear);

    it('two guides on one page keep their ticks apart by default, and find them again on the next visit', async () => {
      const a = await render({ persist: '' });
      const b = await render({ persist: '' });
      tick(a, first);
      tick(b, second);
      await Promise.all([a.contentReady, b.contentReady]);
      expect([isTicked(a, first), isTicked(a, second)]).to.deep.equal([true, false]);
      expect([isTicked(b, first), isTicked(b, second)]).to.deep.equal([false, true]);
      expect(savedUnder('guide-before')).to.deep.equal([first]);
      expect(savedUnder('guide-2-before')).to.deep.equal([second]);

      a.parentElement!.remove();
      b.parentElement!.remove();
      const again = [await render({ persist: '' }), await render({ persist: '' })];
      expect(again.map((el) => [isTicked(el, first), isTicked(el, second)])).to.deep.equal([
        [true, false],
        [false, true],
      ]);
    });

    it('a guide rendered again after leaving the page (a single-page app) finds its ticks', async () => {
      const el = await render({ persist: '' });
      tick(el, second);
      await el.contentReady;
      el.parentElement!.remove();
      const next = await render({ persist: '' });
      expect(isTicked(next, second)).to.be.true;
    });

    it('storage-key names the saved lists, and guides sharing it stay in step', async () => {
      const a = await render({ persist: '', 'storage-key': 'trip' });
      const b = await render({ persist: '', 'storage-key': 'trip' });
      const after = itemId('after', 1);
      tick(a, first);
      tick(b, after);
      await Promise.all([a.contentReady, b.contentReady]);
      expect(savedUnder('trip-before')).to.deep.equal([first]);
      expect(savedUnder('trip-after')).to.deep.equal([after]);
      for (const el of [a, b]) expect([isTicked(el, first), isTicked(el, after)]).to.deep.equal([true, true]);
    });
  });

  describe('language', () => {
    it('falls back to English for an unknown language, with one console warning', async () => {
      const fallback = await loadLocale(DEFAULT_LOCALE);
      let el!: AzCancelGuide;
      const warnings = await captureWarnings(async () => {
        el = await render({ lang: 'fr-CA' }, null);
        el.requestUpdate('lang');
        await el.contentReady;
      });
      expect(DEFAULT_LOCALE).to.equal('en');
      expect(title(el)).to.equal(fallback.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('fr-CA');
    });

    it('takes the language of an ancestor when it has none of its own', async () => {
      const expected = await loadLocale(otherLocale);
      const container = await fixture<HTMLElement>(
        html`<div lang=${otherLocale}><az-cancel-guide></az-cancel-guide></div>`,
      );
      const el = container.querySelector('az-cancel-guide')!;
      await el.contentReady;
      expect(title(el)).to.equal(expected.title);
    });

    it('re-renders in a new language without losing the open method or ticks', async () => {
      const [first, second] = await Promise.all([loadLocale(DEFAULT_LOCALE), loadLocale(otherLocale)]);
      const method = first.methods.items.at(-1)!;
      const item = first.before.items[1]!;
      const el = await render({ lang: DEFAULT_LOCALE, method: method.id }, null);
      deepQuery<HTMLInputElement>(el, `#item-${item.id}`).click();
      el.lang = otherLocale;
      await el.contentReady;
      expect(title(el)).to.equal(second.title);
      const sameMethod = second.methods.items.find((m) => m.id === method.id)!;
      expect(textWithoutTag(deepQuery(el, '[role="tab"][aria-selected="true"]'))).to.equal(sameMethod.name);
      expect(deepQuery<HTMLInputElement>(el, `#item-${item.id}`).checked).to.be.true;
    });
  });

  describe('composed parts work with mouse and keyboard', () => {
    it('opens the method named by the method attribute', async () => {
      const el = await render({ method: methodId(2) });
      const visible = deepQueryAll(el, '[role="tabpanel"]').filter(isRendered);
      expect(visible).to.have.length(1);
      expect(visible[0]!.id).to.equal(`panel-${methodId(2)}`);
    });

    it('switches method tabs with a click and with arrow keys', async () => {
      const last = guide.methods.items.at(-1)!.id;
      const first = guide.methods.items[0]!.id;
      const el = await render();
      deepQuery(el, `#tab-${last}`).click();
      await el.contentReady;
      expect(el.method).to.equal(last);
      deepQuery(el, `#tab-${last}`).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.contentReady;
      expect(el.method).to.equal(first);
      expect(isRendered(deepQuery(el, `#panel-${first}`))).to.be.true;
    });

    it('ticks checklist items with a click and with the space bar', async () => {
      const el = await render();
      deepQuery<HTMLLabelElement>(el, `label[for="item-${itemId('before', 1)}"]`).click();
      const box = deepQuery<HTMLInputElement>(el, `#item-${itemId('before', 3)}`);
      box.focus();
      await sendKeys({ press: ' ' });
      await el.contentReady;
      expect(deepQuery<HTMLInputElement>(el, `#item-${itemId('before', 1)}`).checked).to.be.true;
      expect(box.checked).to.be.true;
      const total = guide.before.items.length;
      expect(
        deepQuery(el, 'az-cancel-checklist[list="before"]').shadowRoot!.querySelector('[part="progress-text"]')!
          .textContent,
      ).to.equal(guide.ui.progress.other.replace('{done}', '2').replace('{total}', String(total)));
    });
  });

  it('shows content from the data property as text, never as markup', async () => {
    const data = withChanges(guide, (copy) => (copy.title = '<img src=x onerror="window.__pwned=true">Title'));
    const el = await fixture<AzCancelGuide>(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
    await el.contentReady;
    expect(title(el)).to.equal(data.title);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.be.undefined;
  });
});

// A page styles the guide's inner elements through `az-cancel-guide::part(...)`: every part they have
// must be reachable that way. The test styles every part name it finds and looks at the computed style
// of each inner part, so a part added to an inner template and not exported by the guide fails here.
describe('::part() through the guide', () => {
  /** Names in a `part` or `exportparts` attribute (for `exportparts`, the names the page sees). */
  const partNames = (element: Element): string[] => (element.getAttribute('part') ?? '').split(/\s+/).filter(Boolean);
  const exportedNames = (host: Element): Map<string, string> =>
    new Map(
      (host.getAttribute('exportparts') ?? '')
        .split(',')
        .map((entry) => entry.split(':').map((name) => name.trim()))
        .filter(([inner]) => inner)
        .map(([inner, outer]) => [inner!, outer ?? inner!]),
    );

  /**
   * The parts of `host` as a page sees them: the elements in its shadow root with a `part`, and the parts of
   * elements nested in it that it exports, under their exported names.
   */
  function partsOf(host: Element): { element: Element; names: string[] }[] {
    const found: { element: Element; names: string[] }[] = [];
    for (const element of Array.from(host.shadowRoot?.querySelectorAll('*') ?? [])) {
      if (element.hasAttribute('part')) found.push({ element, names: partNames(element) });
      if (element.shadowRoot && element.hasAttribute('exportparts')) {
        const exported = exportedNames(element);
        for (const inner of partsOf(element)) {
          const names = inner.names.flatMap((name) => (exported.has(name) ? [exported.get(name)!] : []));
          if (names.length) found.push({ element: inner.element, names });
        }
      }
    }
    return found;
  }

  it('every part of the inner methods and checklists is reachable as az-cancel-guide::part(...), in each state', async () => {
    const el = document.createElement('az-cancel-guide');
    el.data = makeGuide({ notes: true });
    await fixture(html`<div>${el}</div>`);
    await el.contentReady;
    const inner = Array.from(
      el.shadowRoot!.querySelectorAll<AzCancelMethods | AzCancelChecklist>('az-cancel-methods, az-cancel-checklist'),
    );
    expect(inner.map((element) => element.localName)).to.deep.equal([
      'az-cancel-methods',
      'az-cancel-checklist',
      'az-cancel-checklist',
    ]);

    // The inner element itself is the guide's part (`methods`, `checklist`); its `base` is not exported, as it would
    // collide with the guide's own `base`.
    const innerParts = (): { element: Element; tag: string; name: string }[] =>
      inner.flatMap((host) =>
        partsOf(host).flatMap(({ element, names }) =>
          names.filter((name) => name !== 'base').map((name) => ({ element, tag: host.localName, name })),
        ),
      );
    const style = document.createElement('style');
    document.head.append(style);
    const unreachable = new Set<string>();
    const check = (): void => {
      const parts = innerParts();
      const everyName = new Set([
        ...parts.map((part) => part.name),
        ...inner.flatMap((host) => [...exportedNames(host).values()]),
      ]);
      style.textContent = [...everyName]
        .map((name) => `az-cancel-guide::part(${name}) { outline-offset: 7px; }`)
        .join('\n');
      for (const { element, tag, name } of parts)
        if (getComputedStyle(element).outlineOffset !== '7px') unreachable.add(`${tag} ${name}`);
    };
    try {
      check(); // nothing ticked
      for (const checklist of el.shadowRoot!.querySelectorAll('az-cancel-checklist')) {
        for (const box of checklist.shadowRoot!.querySelectorAll('input')) box.click(); // every list done: its completion line and "Clear ticks"
      }
      const methods = el.shadowRoot!.querySelector('az-cancel-methods')!;
      for (const box of methods.shadowRoot!.querySelector('az-cancel-checklist')!.shadowRoot!.querySelectorAll('input'))
        box.click();
      await el.contentReady;
      for (const checklist of el.shadowRoot!.querySelectorAll('az-cancel-checklist')) await checklist.contentReady;
      check();
      // "Clear ticks" asks for confirmation first.
      const resets = [...inner, methods.shadowRoot!.querySelector('az-cancel-checklist')!].flatMap((host) =>
        Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('[part~="reset"]')),
      );
      expect(resets, 'a "Clear ticks" in each list').to.have.length(3);
      for (const reset of resets) reset.click();
      await Promise.all(inner.map((host) => host.contentReady));
      await methods.shadowRoot!.querySelector('az-cancel-checklist')!.contentReady;
      expect(
        innerParts().filter((part) => part.name === 'confirm'),
        'a confirmation in each list',
      ).to.have.length(3);
      check();
    } finally {
      style.remove();
    }
    expect(innerParts().length, 'the scan finds the inner parts').to.be.above(30);
    expect([...unreachable], 'inner parts a page cannot style through the guide').to.deep.equal([]);
  });
});
