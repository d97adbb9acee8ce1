import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { GuideData } from '../../data/guide-types.js';
import { loadLocale } from '../../data/locales.js';
import type { ChecklistChangeDetail } from '../../events.js';
import { formatCount } from '../../i18n/format.js';
import {
  captureWarnings,
  deepActiveElement,
  deepText,
  isRendered,
  withPrintMedia,
} from '../../../test/browser/helpers.js';
import { BROWSER_LOCALES } from '../../../test/content/browser-locales.js';
import { itemId, makeGuide } from '../../../test/content/make-guide.js';
import type { AzCancelChecklist } from './az-cancel-checklist.js';
import './az-cancel-checklist-define.js';

const PREFIX = 'az-cancel-guide:checklist:v1:';

/** Three items in each list; the tests name them by position (`before(2)`), never by count. */
const guide = makeGuide();
const BEFORE = guide.before.items.map((item) => item.id);
const AFTER = guide.after.items.map((item) => item.id);
const before = (n: number): string => itemId('before', n);
const after = (n: number): string => itemId('after', n);

/** The progress text the builder's content gives for `done` of `total`. */
const progress = (done: number, total: number): string =>
  guide.ui.progress.other.replace('{done}', String(done)).replace('{total}', String(total));
const beforeProgress = (done: number): string => progress(done, BEFORE.length);
const afterProgress = (done: number): string => progress(done, AFTER.length);

/** A saved record: only ticked ids are stored, each as true. */
const record = (ticked: readonly string[]): Record<string, boolean> =>
  Object.fromEntries(ticked.map((id) => [id, true]));

let keyCounter = 0;
/** A storage key no other test (or earlier run in this browser profile) uses. */
function uniqueKey(name: string): string {
  return `test-${name}-${Date.now()}-${++keyCounter}`;
}

/** A checklist showing `data` (the builder's guide by default; null for the bundled locale that `lang` picks). */
async function checklist(
  attributes: Record<string, string> = {},
  data: GuideData | null = guide,
): Promise<AzCancelChecklist> {
  const el = document.createElement('az-cancel-checklist');
  if (data) el.data = data;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await el.contentReady;
  return el;
}

const root = (el: AzCancelChecklist): ShadowRoot => el.shadowRoot!;
const boxes = (el: AzCancelChecklist): HTMLInputElement[] =>
  Array.from(root(el).querySelectorAll<HTMLInputElement>('input'));
const box = (el: AzCancelChecklist, id: string): HTMLInputElement =>
  root(el).querySelector<HTMLInputElement>(`#item-${id}`)!;
const labelFor = (el: AzCancelChecklist, id: string): HTMLLabelElement =>
  root(el).querySelector<HTMLLabelElement>(`label[for="item-${id}"]`)!;
const tickedIds = (el: AzCancelChecklist): string[] =>
  boxes(el)
    .filter((b) => b.checked)
    .map((b) => b.id.replace(/^item-/, ''));
const section = (el: AzCancelChecklist, list: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`[data-list="${list}"]`)!;
const progressText = (el: AzCancelChecklist, list: string): string =>
  section(el, list).querySelector('[part="progress-text"]')!.textContent.trim();
const progressBar = (el: AzCancelChecklist, list: string): HTMLProgressElement =>
  section(el, list).querySelector('progress')!;
const headings = (el: AzCancelChecklist): HTMLElement[] =>
  Array.from(root(el).querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
const stored = (key: string): string | null => localStorage.getItem(PREFIX + key);

/** Clicks the centre of an element with the real mouse, as a user would. */
async function mouseClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

/** Ticks (or unticks) an item the way a user does: a click on its label. */
async function clickLabel(el: AzCancelChecklist, id: string): Promise<void> {
  await mouseClick(labelFor(el, id));
  await el.contentReady;
}

/**
 * A short, readable name for an element, so that assertions compare strings: a failed chai
 * `equal` between two DOM elements makes the runner hang while serialising them.
 */
function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const attrs = ['id', 'part', 'data-action', 'data-list'].flatMap((name) =>
    element.hasAttribute(name) ? [`[${name}="${element.getAttribute(name)}"]`] : [],
  );
  const section = element.closest('[data-list]');
  return `${section && section !== element ? `[data-list="${section.getAttribute('data-list')}"] ` : ''}${element.localName}${attrs.join('')}`;
}

/** Lets focus moves that follow a re-render settle. */
async function settle(el: AzCancelChecklist): Promise<void> {
  await el.contentReady;
  await nextFrame();
}

describe('<az-cancel-checklist>', () => {
  // The element asks in the page, never with a blocking native dialog: any use of one fails the test.
  let originalConfirm: typeof window.confirm;
  beforeEach(() => {
    originalConfirm = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
  });
  afterEach(() => {
    window.confirm = originalConfirm;
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  });

  describe('which lists', () => {
    it('list="before" shows the preparation items under one h2', async () => {
      const el = await checklist({ list: 'before' });
      expect(boxes(el).map((b) => b.id)).to.deep.equal(BEFORE.map((id) => `item-${id}`));
      expect(headings(el).map((h) => [h.tagName, h.textContent])).to.deep.equal([['H2', guide.before.heading]]);
      expect(deepText(el)).not.to.contain(guide.after.heading);
      await expect(el).to.be.accessible();
    });

    it('list="after" shows the after-cancelling items under one h2', async () => {
      const el = await checklist({ list: 'after' });
      expect(boxes(el).map((b) => b.id)).to.deep.equal(AFTER.map((id) => `item-${id}`));
      expect(headings(el).map((h) => [h.tagName, h.textContent])).to.deep.equal([['H2', guide.after.heading]]);
      expect(deepText(el)).not.to.contain(guide.before.heading);
      await expect(el).to.be.accessible();
    });

    it('shows both lists by default (all), each list under its own heading', async () => {
      const el = await checklist();
      expect(el.list).to.equal('all');
      expect(boxes(el)).to.have.length(BEFORE.length + AFTER.length);
      expect(headings(el).map((h) => [h.tagName, h.textContent])).to.deep.equal([
        ['H2', guide.before.heading],
        ['H2', guide.after.heading],
      ]);
      for (const [list, ids, title] of [
        ['before', BEFORE, guide.before.heading],
        ['after', AFTER, guide.after.heading],
      ] as const) {
        const part = section(el, list);
        const heading = part.querySelector('h2')!;
        expect(heading.textContent).to.equal(title);
        const inside = Array.from(part.querySelectorAll('input'), (b) => b.id);
        expect(inside).to.deep.equal(ids.map((id) => `item-${id}`));
        // The heading comes before its items.
        expect(
          heading.compareDocumentPosition(part.querySelector('input')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.be.greaterThan(0);
      }
      await expect(el).to.be.accessible();
    });

    it('shows lists of any length', async () => {
      const long = makeGuide({ items: 7 });
      const el = await checklist({ list: 'after' }, long);
      expect(boxes(el).map((b) => b.id)).to.deep.equal(long.after.items.map((item) => `item-${item.id}`));
      expect(progressBar(el, 'after').max).to.equal(long.after.items.length);
      expect(progressText(el, 'after')).to.equal(progress(0, long.after.items.length));
    });
    // '' reads as 0 (Lit's Number converter), so it comes first: 0 then logs nothing new.
    for (const [value, level, warnings] of [
      ['', 2, 1],
      ['0', 2, 0],
      ['-1', 1, 1],
      ['7', 6, 1],
      ['1.5', 2, 1],
      ['abc', 2, 1],
    ] as const) {
      it(`heading-level="${value}": list headings are h${level}, with ${warnings ? 'one warning' : 'the warning of ""'}`, async () => {
        let el!: AzCancelChecklist;
        const logged = await captureWarnings(async () => {
          el = await checklist({ 'heading-level': value });
          await checklist({ 'heading-level': value });
          el.requestUpdate();
          await el.contentReady;
        });
        expect(headings(el).map((h) => h.tagName)).to.deep.equal([`H${level}`, `H${level}`]);
        expect(
          logged.filter((w) => w.includes('heading-level')),
          logged.join('\n'),
        ).to.have.length(warnings);
      });
    }

    it('uses heading-level for the list headings', async () => {
      const el = await checklist({ 'heading-level': '4' });
      expect(headings(el).map((h) => [h.tagName, h.textContent])).to.deep.equal([
        ['H4', guide.before.heading],
        ['H4', guide.after.heading],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  it('makes every item a native checkbox with a visible label, a linked explanation, inside a group named by the list heading', async () => {
    const el = await checklist();
    for (const [list, data] of [
      ['before', guide.before],
      ['after', guide.after],
    ] as const) {
      for (const item of data.items) {
        const input = box(el, item.id);
        expect(input).to.be.instanceOf(HTMLInputElement);
        expect(input.type).to.equal('checkbox');
        const label = labelFor(el, item.id);
        expect(label.textContent.trim()).to.equal(item.label);
        expect(label.control === input, 'label.control is the checkbox').to.be.true;
        expect(isRendered(label)).to.be.true;
        expect(isRendered(input)).to.be.true;

        const describedBy = input.getAttribute('aria-describedby')!.split(/\s+/);
        const description = describedBy.map((id) => root(el).getElementById(id)!);
        expect(description.map((d) => d.textContent.trim()).join(' ')).to.equal(item.description);
        expect(isRendered(description[0]!)).to.be.true;

        const group = input.closest('[role="group"]')!;
        expect(group, `group around ${item.id}`).to.exist;
        const name = root(el).getElementById(group.getAttribute('aria-labelledby')!)!;
        expect(name.tagName).to.match(/^H[1-6]$/);
        expect(name.textContent).to.equal(data.heading);
        expect(section(el, list).contains(name)).to.be.true;
      }
    }
    await expect(el).to.be.accessible();
  });

  describe('ticking', () => {
    it('ticks and unticks an item with a mouse click on its label', async () => {
      const el = await checklist({ list: 'before' });
      await clickLabel(el, before(2));
      expect(box(el, before(2)).checked).to.be.true;
      expect(tickedIds(el)).to.deep.equal([before(2)]);
      expect(progressText(el, 'before')).to.equal(beforeProgress(1));
      await clickLabel(el, before(2));
      expect(box(el, before(2)).checked).to.be.false;
      expect(progressText(el, 'before')).to.equal(beforeProgress(0));
    });

    it('ticks and unticks the focused checkbox with Space', async () => {
      const el = await checklist({ list: 'after' });
      const input = box(el, after(2));
      input.focus();
      // Firefox over WebDriver BiDi does not know the key name "Space"; the character works in both.
      await sendKeys({ press: ' ' });
      await el.contentReady;
      expect(input.checked).to.be.true;
      expect(el.checked).to.deep.equal([after(2)]);
      expect(progressText(el, 'after')).to.equal(afterProgress(1));
      await sendKeys({ press: ' ' });
      await el.contentReady;
      expect(input.checked).to.be.false;
      expect(el.checked).to.deep.equal([]);
    });
  });

  describe('progress', () => {
    it('says "1 of N done" in a status element and moves the bar, per list', async () => {
      const el = await checklist();
      const status = section(el, 'before').querySelector('[role="status"]')!;
      expect(status.textContent.trim()).to.equal(beforeProgress(0));
      expect(isRendered(status)).to.be.true;
      expect(progressBar(el, 'before').max).to.equal(BEFORE.length);
      expect(progressBar(el, 'before').value).to.equal(0);

      await clickLabel(el, before(1));
      expect(status.textContent.trim()).to.equal(beforeProgress(1));
      expect(progressBar(el, 'before').value).to.equal(1);
      expect(progressBar(el, 'before').max).to.equal(BEFORE.length);
      // The other list is untouched.
      expect(progressText(el, 'after')).to.equal(afterProgress(0));
      expect(progressBar(el, 'after').value).to.equal(0);

      await clickLabel(el, before(3));
      expect(status.textContent.trim()).to.equal(beforeProgress(2));
      expect(progressBar(el, 'before').value).to.equal(2);

      await clickLabel(el, after(1));
      expect(progressText(el, 'after')).to.equal(afterProgress(1));
      expect(section(el, 'after').querySelector('[role="status"]')!.textContent.trim()).to.equal(afterProgress(1));
    });

    it('shows each list’s completion line, where to go next, only while every item is ticked', async () => {
      for (const list of ['before', 'after', 'bring'] as const) {
        const el = await checklist({ list });
        const ids = boxes(el).map((b) => b.id.replace(/^item-/, ''));
        const expected = list === 'bring' ? guide.ui.bringDone : guide[list].done;
        const doneLine = (): Element | null => section(el, list).querySelector('[part="done"]');
        for (const id of ids.slice(0, -1)) await clickLabel(el, id);
        expect(doneLine(), `${list}: not while one is left`).to.be.null;
        await clickLabel(el, ids.at(-1)!);
        expect(doneLine()?.textContent.trim(), list).to.equal(expected);
        expect(isRendered(doneLine()!)).to.be.true;
        await clickLabel(el, ids[0]!);
        expect(doneLine(), `${list}: gone once an item is unticked`).to.be.null;
      }
    });

    it('picks the plural form of the content’s language for the total', async () => {
      // Russian has "one", "few" and "many": 21 takes "one", 22 "few", 25 "many".
      for (const [items, form] of [
        [21, 'one'],
        [22, 'few'],
        [25, 'many'],
      ] as const) {
        const data = makeGuide({ locale: 'ru', items });
        data.ui.progress = {
          one: 'one: {done}/{total}',
          few: 'few: {done}/{total}',
          many: 'many: {done}/{total}',
          other: 'other: {done}/{total}',
        };
        const el = await checklist({ list: 'before' }, data);
        expect(progressText(el, 'before')).to.equal(`${form}: 0/${items}`);
      }
    });

    for (const locale of BROWSER_LOCALES) {
      it(`says the progress in the words and numbers of the bundled ${locale}`, async () => {
        const data = await loadLocale(locale);
        const total = data.before.items.length;
        const expected = (done: number) => formatCount(data.ui.progress, locale, total, { done, total });
        const el = await checklist({ list: 'before', lang: locale }, null);
        expect(headings(el)[0]!.textContent).to.equal(data.before.heading);
        expect(progressText(el, 'before')).to.equal(expected(0));
        await clickLabel(el, data.before.items[1]!.id);
        expect(section(el, 'before').querySelector('[role="status"]')!.textContent.trim()).to.equal(expected(1));
        expect(progressBar(el, 'before').value).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('az-checklist-change', () => {
    it('fires once per user change with list, item, checked, done and total; bubbles and is composed', async () => {
      const el = await checklist();
      const events: CustomEvent<ChecklistChangeDetail>[] = [];
      const listener = (event: CustomEvent<ChecklistChangeDetail>) => events.push(event);
      document.addEventListener('az-checklist-change', listener);
      try {
        await clickLabel(el, before(2));
        expect(events).to.have.length(1);
        expect(events[0]!.detail).to.deep.equal({
          list: 'before',
          item: before(2),
          checked: true,
          done: 1,
          total: BEFORE.length,
        });
        expect(events[0]!.bubbles).to.be.true;
        expect(events[0]!.composed).to.be.true;
        expect(events[0]!.target === el, 'the element is the target').to.be.true;

        box(el, after(3)).focus();
        await sendKeys({ press: ' ' });
        await el.contentReady;
        expect(events).to.have.length(2);
        expect(events[1]!.detail).to.deep.equal({
          list: 'after',
          item: after(3),
          checked: true,
          done: 1,
          total: AFTER.length,
        });

        await clickLabel(el, before(2));
        expect(events).to.have.length(3);
        expect(events[2]!.detail).to.deep.equal({
          list: 'before',
          item: before(2),
          checked: false,
          done: 0,
          total: BEFORE.length,
        });
      } finally {
        document.removeEventListener('az-checklist-change', listener);
      }
    });

    it('can be awaited on the element', async () => {
      const el = await checklist({ list: 'before' });
      setTimeout(() => labelFor(el, before(3)).click());
      const event = await oneEvent(el, 'az-checklist-change');
      expect(event.detail).to.deep.equal({
        list: 'before',
        item: before(3),
        checked: true,
        done: 1,
        total: BEFORE.length,
      });
    });

    it('does not fire when checked is set from code, which still ticks the boxes', async () => {
      const el = await checklist({ list: 'before' });
      let fired = 0;
      const listener = () => fired++;
      document.addEventListener('az-checklist-change', listener);
      try {
        el.checked = [before(2)];
        await el.contentReady;
        await nextFrame();
        expect(box(el, before(2)).checked).to.be.true;
        expect(tickedIds(el)).to.deep.equal([before(2)]);
        expect(progressText(el, 'before')).to.equal(beforeProgress(1));
        el.checked = [];
        await el.contentReady;
        await nextFrame();
        expect(tickedIds(el)).to.deep.equal([]);
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('az-checklist-change', listener);
      }
    });

    it('shows what `checked` says when a listener undoes the user’s tick', async () => {
      const el = await checklist({ list: 'before' });
      const undo = () => (el.checked = []);
      el.addEventListener('az-checklist-change', undo);
      await clickLabel(el, before(2));
      await el.contentReady;
      expect(el.checked).to.deep.equal([]);
      expect(tickedIds(el), 'the box is unticked again').to.deep.equal([]);
      expect(progressText(el, 'before')).to.equal(beforeProgress(0));
      el.removeEventListener('az-checklist-change', undo);
      await clickLabel(el, before(2));
      expect(tickedIds(el)).to.deep.equal([before(2)]);
    });
  });

  describe('persistence', () => {
    it('restores ticks in a fresh element with the same storage-key, saving only the ticked ids', async () => {
      const key = uniqueKey('restore');
      const first = await checklist({ list: 'before', persist: '', 'storage-key': key });
      await expect(first).to.be.accessible();
      await clickLabel(first, before(2));

      const raw = stored(key)!;
      expect(raw).to.be.a('string');
      expect(JSON.parse(raw)).to.deep.equal(record([before(2)]));
      for (const item of guide.before.items) {
        expect(raw).not.to.contain(item.label);
        expect(raw).not.to.contain(item.description);
      }
      first.remove();

      const fresh = await checklist({ list: 'before', persist: '', 'storage-key': key });
      expect(tickedIds(fresh)).to.deep.equal([before(2)]);
      expect(progressText(fresh, 'before')).to.equal(beforeProgress(1));
    });

    it('saves ticks set from code too', async () => {
      const key = uniqueKey('code');
      const el = await checklist({ list: 'after', persist: '', 'storage-key': key });
      el.checked = [after(1), after(3)];
      await el.contentReady;
      expect(JSON.parse(stored(key)!)).to.deep.equal(record([after(1), after(3)]));
      el.checked = [after(3)];
      await el.contentReady;
      expect(JSON.parse(stored(key)!)).to.deep.equal(record([after(3)]));
    });

    it('writes nothing without persist', async () => {
      const keysBefore = Object.keys(localStorage).sort();
      const original = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
        writes++;
        original.apply(this, args);
      };
      try {
        const el = await checklist({ 'storage-key': uniqueKey('none') });
        await clickLabel(el, before(1));
        await clickLabel(el, after(1));
        el.checked = [before(3)];
        await el.contentReady;
        expect(tickedIds(el)).to.deep.equal([before(3)]);
      } finally {
        Storage.prototype.setItem = original;
      }
      expect(writes).to.equal(0);
      expect(Object.keys(localStorage).sort()).to.deep.equal(keysBefore);
    });

    it('keeps two checklists with different storage keys apart', async () => {
      const keyA = uniqueKey('a');
      const keyB = uniqueKey('b');
      const a = await checklist({ list: 'before', persist: '', 'storage-key': keyA });
      const b = await checklist({ list: 'before', persist: '', 'storage-key': keyB });
      await clickLabel(a, before(1));
      await clickLabel(b, before(3));
      expect(tickedIds(a)).to.deep.equal([before(1)]);
      expect(tickedIds(b)).to.deep.equal([before(3)]);
      expect(JSON.parse(stored(keyA)!)).to.deep.equal(record([before(1)]));
      expect(JSON.parse(stored(keyB)!)).to.deep.equal(record([before(3)]));

      const freshA = await checklist({ list: 'before', persist: '', 'storage-key': keyA });
      const freshB = await checklist({ list: 'before', persist: '', 'storage-key': keyB });
      expect(tickedIds(freshA)).to.deep.equal([before(1)]);
      expect(tickedIds(freshB)).to.deep.equal([before(3)]);
    });

    it('uses the list value as the storage key by default', async () => {
      localStorage.removeItem(`${PREFIX}after`);
      const el = await checklist({ list: 'after', persist: '' });
      await clickLabel(el, after(2));
      expect(JSON.parse(localStorage.getItem(`${PREFIX}after`)!)).to.deep.equal(record([after(2)]));
      const fresh = await checklist({ list: 'after', persist: '' });
      expect(tickedIds(fresh)).to.deep.equal([after(2)]);
      // A checklist showing another list does not pick those ticks up.
      const other = await checklist({ list: 'before', persist: '' });
      expect(tickedIds(other)).to.deep.equal([]);
    });
  });

  describe('when storage fails', () => {
    // This test runs before the one below on purpose: warnOnce dedupes for the whole page, so the
    // "could not save" message must not have been logged yet for the count here to mean anything.
    it('keeps ticks in memory when localStorage cannot even be reached, with one warning', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        // Both browsers allow redefining it (Window attributes are configurable own properties);
        // this proves the stub is in force rather than silently ignored.
        expect(() => window.localStorage).to.throw();
        let a!: AzCancelChecklist;
        let b!: AzCancelChecklist;
        const warnings = await captureWarnings(async () => {
          a = await checklist({ list: 'before', persist: '', 'storage-key': uniqueKey('missing') });
          b = await checklist({ list: 'before', persist: '' });
          await clickLabel(a, before(1));
          await clickLabel(a, before(2));
          await clickLabel(b, before(3));
          a.checked = [before(3)];
          await a.contentReady;
        });
        expect(tickedIds(a)).to.deep.equal([before(3)]);
        expect(tickedIds(b)).to.deep.equal([before(3)]);
        expect(progressText(b, 'before')).to.equal(beforeProgress(1));
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('localStorage is not available');
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(window.localStorage).to.be.instanceOf(Storage);
    });

    it('keeps ticks in memory when getItem or setItem throws, with one warning per problem, never writing blind', async () => {
      const { getItem, setItem } = Storage.prototype;
      const key = uniqueKey('throws');
      let writes = 0;
      let el!: AzCancelChecklist;
      let other!: AzCancelChecklist;
      const warnings = await captureWarnings(async () => {
        // Storage that cannot be read is not written either: a write without reading first could erase another tab's ticks.
        Storage.prototype.getItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
          writes++;
          setItem.apply(this, args);
        };
        try {
          el = await checklist({ persist: '', 'storage-key': key });
          const second = await checklist({ persist: '', 'storage-key': uniqueKey('throws-2') });
          await clickLabel(el, before(1));
          await clickLabel(el, after(1));
          await clickLabel(el, before(1));
          await clickLabel(second, after(3));
        } finally {
          Storage.prototype.getItem = getItem;
        }
        // Storage that refuses writes (full, private mode).
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        try {
          other = await checklist({ persist: '', 'storage-key': uniqueKey('throws-3') });
          await clickLabel(other, before(2));
          await clickLabel(other, before(3));
        } finally {
          Storage.prototype.setItem = setItem;
        }
      });
      expect(tickedIds(el)).to.deep.equal([after(1)]);
      expect(progressText(el, 'after')).to.equal(afterProgress(1));
      expect(tickedIds(other)).to.deep.equal([before(2), before(3)]);
      expect(writes, 'no write while storage cannot be read').to.equal(0);
      const read = warnings.filter((w) => w.includes('cannot be read'));
      const write = warnings.filter((w) => w.includes('could not save'));
      expect(read, warnings.join('\n')).to.have.length(1);
      expect(write, warnings.join('\n')).to.have.length(1);
      expect(warnings).to.have.length(2);
      expect(stored(key)).to.be.null;
    });
  });

  describe('saved records that cannot be used', () => {
    it('discards corrupt JSON, removing it, and shows the list unticked', async () => {
      for (const corrupt of ['{not json', JSON.stringify([before(1)]), 'null', JSON.stringify(before(1))]) {
        const key = uniqueKey('corrupt');
        localStorage.setItem(PREFIX + key, corrupt);
        let el!: AzCancelChecklist;
        const warnings = await captureWarnings(async () => {
          el = await checklist({ list: 'before', persist: '', 'storage-key': key });
        });
        expect(stored(key), corrupt).to.be.null;
        expect(tickedIds(el), corrupt).to.deep.equal([]);
        expect(progressText(el, 'before')).to.equal(beforeProgress(0));
        expect(
          warnings.filter((w) => w.includes('discarded')),
          corrupt,
        ).to.have.length(1);
        // Still usable, and saving works again.
        await clickLabel(el, before(3));
        expect(JSON.parse(stored(key)!)).to.deep.equal(record([before(3)]));
      }
    });

    it('ignores saved ids that are no longer items, and removes them from storage and from `checked`', async () => {
      const key = uniqueKey('stale');
      localStorage.setItem(
        PREFIX + key,
        JSON.stringify({ [before(1)]: true, 'retired-item': true, [before(2)]: false, [after(1)]: true }),
      );
      const el = await checklist({ list: 'before', persist: '', 'storage-key': key });
      expect(tickedIds(el)).to.deep.equal([before(1)]);
      expect(el.checked, 'only items shown here').to.deep.equal([before(1)]);
      expect(JSON.parse(stored(key)!), 'the retired item is gone; another list’s tick stays').to.deep.equal(
        record([before(1), after(1)]),
      );
      expect(progressText(el, 'before')).to.equal(beforeProgress(1));
      expect(progressBar(el, 'before').value).to.equal(1);

      await clickLabel(el, before(2));
      expect(progressText(el, 'before')).to.equal(beforeProgress(2));
      expect(JSON.parse(stored(key)!)).to.deep.equal(record([before(1), before(2), after(1)]));
    });

    it('drops ids that are no item from `checked` set in code', async () => {
      const el = await checklist({ list: 'before' });
      const warnings = await captureWarnings(async () => {
        el.checked = [before(2), 'no-such-item', after(1)];
        await el.contentReady;
      });
      expect(el.checked).to.deep.equal([before(2)]);
      expect(tickedIds(el)).to.deep.equal([before(2)]);
      expect(progressText(el, 'before')).to.equal(beforeProgress(1));
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('clearing ticks', () => {
    it('asks in the page, focusing the harmless choice; cancel keeps the ticks and returns focus', async () => {
      const el = await checklist({ list: 'before' });
      await clickLabel(el, before(1));
      await clickLabel(el, before(3));
      const reset = root(el).querySelector<HTMLButtonElement>('[part="reset"]')!;
      expect(reset.textContent.trim()).to.equal(guide.ui.reset);
      await mouseClick(reset);
      await settle(el);

      const confirm = root(el).querySelector<HTMLElement>('[part="confirm"]')!;
      expect(confirm).to.exist;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(root(el).getElementById(confirm.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        guide.ui.resetConfirm,
      );
      const cancel = confirm.querySelector<HTMLButtonElement>('[data-action="cancel-reset"]')!;
      expect(cancel.textContent.trim()).to.equal(guide.ui.resetNo);
      expect(confirm.querySelector('[data-action="confirm-reset"]')!.textContent.trim()).to.equal(guide.ui.reset);
      expect(describeElement(deepActiveElement())).to.equal(describeElement(cancel));
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(root(el).querySelector('[part="confirm"]')).to.be.null;
      expect(tickedIds(el)).to.deep.equal([before(1), before(3)]);
      expect(progressText(el, 'before')).to.equal(beforeProgress(2));
      const resetAgain = root(el).querySelector<HTMLButtonElement>('[part="reset"]')!;
      expect(describeElement(deepActiveElement())).to.equal(describeElement(resetAgain));
    });

    it('confirm clears the ticks of that list only, and its saved copy', async () => {
      const key = uniqueKey('reset');
      const el = await checklist({ persist: '', 'storage-key': key });
      await clickLabel(el, before(1));
      await clickLabel(el, before(2));
      await clickLabel(el, after(1));
      expect(tickedIds(el)).to.deep.equal([before(1), before(2), after(1)]);

      await mouseClick(section(el, 'before').querySelector('[part="reset"]')!);
      await settle(el);
      await mouseClick(section(el, 'before').querySelector('[data-action="confirm-reset"]')!);
      await settle(el);

      expect(root(el).querySelector('[part="confirm"]')).to.be.null;
      expect(tickedIds(el)).to.deep.equal([after(1)]);
      expect(progressText(el, 'before')).to.equal(beforeProgress(0));
      expect(progressText(el, 'after')).to.equal(afterProgress(1));
      expect(section(el, 'before').querySelector('[part="reset"]'), '"Clear ticks" only while something is ticked').to
        .be.null;
      expect(section(el, 'after').querySelector('[part="reset"]')).not.to.be.null;
      expect(describeElement(deepActiveElement()), 'focus on the list, not lost').to.equal(
        describeElement(section(el, 'before').querySelector('input')),
      );

      const saved = JSON.parse(stored(key)!) as Record<string, boolean>;
      expect(
        Object.entries(saved)
          .filter(([, ticked]) => ticked)
          .map(([id]) => id),
      ).to.deep.equal([after(1)]);
      const fresh = await checklist({ persist: '', 'storage-key': key });
      expect(tickedIds(fresh)).to.deep.equal([after(1)]);
    });

    it('Escape cancels the confirmation, keeps the ticks and returns focus; the page does not see the key', async () => {
      const el = await checklist({ list: 'before' });
      await clickLabel(el, before(2));
      const pageKeys: string[] = [];
      const onPageKey = (event: KeyboardEvent) => pageKeys.push(event.key);
      document.addEventListener('keydown', onPageKey);
      try {
        await mouseClick(root(el).querySelector('[part="reset"]')!);
        await settle(el);
        expect(root(el).querySelector('[part="confirm"]')).to.exist;
        await sendKeys({ press: 'Escape' });
        await settle(el);
      } finally {
        document.removeEventListener('keydown', onPageKey);
      }
      // Booleans, not elements: a failed comparison of elements makes the runner hang while serialising them.
      expect(root(el).querySelector('[part="confirm"]') === null, 'the confirmation is closed').to.be.true;
      expect(tickedIds(el)).to.deep.equal([before(2)]);
      expect(describeElement(deepActiveElement())).to.equal(describeElement(root(el).querySelector('[part="reset"]')));
      expect(pageKeys, 'a dialog around the checklist stays open').to.deep.equal([]);
    });

    it('fires az-checklist-change saying the list was cleared', async () => {
      const el = await checklist();
      await clickLabel(el, before(1));
      await clickLabel(el, after(1));
      const events: ChecklistChangeDetail[] = [];
      const listener = (event: CustomEvent<ChecklistChangeDetail>) => events.push(event.detail);
      document.addEventListener('az-checklist-change', listener);
      try {
        await mouseClick(section(el, 'before').querySelector('[part="reset"]')!);
        await settle(el);
        await mouseClick(section(el, 'before').querySelector('[data-action="confirm-reset"]')!);
        await settle(el);
      } finally {
        document.removeEventListener('az-checklist-change', listener);
      }
      expect(events).to.deep.equal([
        { list: 'before', item: null, checked: false, done: 0, total: BEFORE.length, cleared: true },
      ]);
      expect(el.checked).to.deep.equal([after(1)]);
    });
  });

  it('hides the buttons and the bar in print, but keeps checkboxes, labels, explanations and progress text', async () => {
    const el = await checklist();
    await clickLabel(el, before(1));
    await clickLabel(el, after(1));
    // Open the confirmation in one list so both kinds of buttons are on the page.
    section(el, 'after').querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    await settle(el);
    const hidden = [
      section(el, 'before').querySelector('[part="reset"]')!,
      section(el, 'after').querySelector('[part="confirm"]')!,
      section(el, 'after').querySelector('[data-action="confirm-reset"]')!,
      section(el, 'after').querySelector('[data-action="cancel-reset"]')!,
      progressBar(el, 'before'),
    ];
    const shown = [
      ...boxes(el),
      ...root(el).querySelectorAll('label, [part="description"], [part="progress-text"], h2'),
    ];
    // Per item: checkbox, label, description; per list: progress text and heading.
    expect(shown.length).to.equal((BEFORE.length + AFTER.length) * 3 + 2 + 2);
    for (const element of [...hidden, ...shown]) expect(isRendered(element), element.outerHTML.slice(0, 60)).to.be.true;

    await withPrintMedia(el, () => {
      for (const element of hidden)
        expect(isRendered(element), `${element.outerHTML.slice(0, 60)} in print`).to.be.false;
      for (const element of shown) expect(isRendered(element), `${element.outerHTML.slice(0, 60)} in print`).to.be.true;
    });
    // Back on screen afterwards.
    expect(isRendered(hidden[0]!)).to.be.true;
  });

  it('falls back to all lists, with a console warning, for an unknown list', async () => {
    let el!: AzCancelChecklist;
    const warnings = await captureWarnings(async () => {
      el = await checklist({ list: 'during' });
    });
    expect(boxes(el)).to.have.length(BEFORE.length + AFTER.length);
    expect(headings(el).map((h) => h.textContent)).to.deep.equal([guide.before.heading, guide.after.heading]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('during');
    await expect(el).to.be.accessible();
  });
});
