// Ticks are merged, never overwritten: two elements sharing a storage key, on one page or in two
// tabs. Each "tab" is a same-origin iframe that loads the library itself, so it has its own copy of
// the code and its own listeners, shares localStorage, and gets the `storage` event of the others.
import { expect } from '@open-wc/testing';
import { makeGuide } from '../content/make-guide.js';
import { deepQueryAll } from './helpers.js';
import { clearFaults, faultHits, injectFault, until } from './faults.js';

const PREFIX = 'az-cancel-guide:checklist:v1:';

/** The content every element in every tab shows (each tab reads it from here, `parent.tabContent`). */
const guide = makeGuide();
(window as { tabContent?: unknown }).tabContent = guide;
const ALL_ITEMS = [...guide.before.items, ...guide.after.items].map((item) => item.id);
const AFTER_ITEMS = guide.after.items.map((item) => item.id);

/**
 * The page of a tab: the library, then `markup`, whose elements show `parent.tabContent`. The library
 * is the CDN build, as a site's page loads it (one file and its chunks, not a module per source file).
 */
const tabPage = (
  markup: string,
  library = '/dist/cdn/az-cancel-guide.js',
): string => `<!doctype html><html lang="en"><body>${markup}<script type="module">
  import '${library}';
  for (const el of document.querySelectorAll('az-cancel-checklist, az-cancel-guide')) el.data = parent.tabContent;
</script></body></html>`;

type Persisting = HTMLElement & { contentReady: Promise<unknown> };

let keyCounter = 0;
const uniqueKey = (name: string): string => `tabs-${name}-${Date.now()}-${++keyCounter}`;

const frames: HTMLIFrameElement[] = [];

/** A same-origin "tab" showing `markup` with the library loaded; resolves once its elements have rendered. */
async function openTab(markup: string): Promise<Persisting[]> {
  const frame = document.createElement('iframe');
  frame.srcdoc = tabPage(markup);
  frame.style.cssText = 'width: 400px; height: 300px';
  document.body.append(frame);
  frames.push(frame);
  await until(() => !!frame.contentWindow?.customElements?.get('az-cancel-guide'), 'the library in the tab', 10_000);
  const elements = Array.from(
    frame.contentDocument!.querySelectorAll<Persisting>('az-cancel-checklist, az-cancel-guide'),
  );
  await Promise.all(elements.map((el) => el.contentReady));
  await until(
    () => elements.every((el) => deepQueryAll(el, 'input[type="checkbox"]').length > 0),
    'the lists rendered',
  );
  return elements;
}

const boxes = (el: Element): HTMLInputElement[] => deepQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]');
const ticked = (el: Element): string[] =>
  boxes(el)
    .filter((box) => box.checked)
    .map((box) => box.id.replace(/^item-/, ''));
const shown = (el: Element): string[] => boxes(el).map((box) => box.id.replace(/^item-/, ''));
/** Ticks an item as a user does, with a click on its label. */
const tick = (el: Element, id: string): void =>
  deepQueryAll<HTMLLabelElement>(el, `label[for="item-${id}"]`)[0]!.click();
const savedTicks = (keys: string[]): string[] =>
  keys
    .flatMap((key) => Object.entries(JSON.parse(localStorage.getItem(PREFIX + key) ?? '{}') as Record<string, boolean>))
    .filter(([, value]) => value)
    .map(([id]) => id)
    .sort();

/** Two elements and the storage keys they write, for each way two instances can share ticks. */
const PAIRS: Array<{ name: string; markup: (key: string) => string; keys: (key: string) => string[] }> = [
  {
    name: 'two checklists with one storage-key',
    markup: (key) => `<az-cancel-checklist persist storage-key="${key}"></az-cancel-checklist>`,
    keys: (key) => [key],
  },
  {
    name: 'list="before" and list="all" with one storage-key',
    markup: (key) => `<az-cancel-checklist list="before" persist storage-key="${key}"></az-cancel-checklist>`,
    keys: (key) => [key],
  },
  {
    name: 'two guides with one storage-key',
    markup: (key) => `<az-cancel-guide persist storage-key="${key}"></az-cancel-guide>`,
    keys: (key) => [`${key}-before`, `${key}-after`, `${key}-bring`],
  },
];

describe('ticks shared by two instances', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${PREFIX}tabs-`)) localStorage.removeItem(key);
  });

  for (const place of ['on one page', 'in two tabs'] as const) {
    for (const pair of PAIRS) {
      it(`${pair.name}, ${place}: ticks made at the same moment all survive, and both show them`, async () => {
        const key = uniqueKey('pair');
        // The second element of the list="before" pair shows every list.
        const second = pair.markup(key).replace(' list="before"', '');
        let a: Persisting;
        let b: Persisting;
        if (place === 'on one page') [a, b] = (await openTab(pair.markup(key) + second)) as [Persisting, Persisting];
        else
          [[a], [b]] = (await Promise.all([openTab(pair.markup(key)), openTab(second)])) as [
            [Persisting],
            [Persisting],
          ];

        const inBoth = shown(a).filter((id) => shown(b).includes(id));
        const onlyB = shown(b).filter((id) => !inBoth.includes(id));
        expect(inBoth.length, 'items both show').to.be.at.least(2);
        // Alternate writers within one task: neither has heard of the other's tick yet.
        const plan: Array<[Persisting, string]> = [
          [a, inBoth[0]!],
          [b, inBoth[1]!],
          ...(onlyB[0] ? [[b, onlyB[0]] as [Persisting, string]] : []),
          [a, inBoth.at(-1)!],
        ];
        for (const [el, id] of plan) tick(el, id);
        const expected = [...new Set(plan.map(([, id]) => id))].sort();

        await until(
          () =>
            expected.every((id) => !shown(a).includes(id) || ticked(a).includes(id)) &&
            expected.every((id) => ticked(b).includes(id)),
          'both elements show every tick',
        );
        expect(savedTicks(pair.keys(key)), 'saved').to.deep.equal(expected);
        expect(ticked(b).sort()).to.deep.equal(expected);
        expect(ticked(a).sort()).to.deep.equal(expected.filter((id) => shown(a).includes(id)));

        // An untick travels too, and a fresh page finds the same state.
        tick(b, inBoth[0]!);
        await until(() => !ticked(a).includes(inBoth[0]!), 'the untick reaches the other element');
        const [fresh] = await openTab(second);
        expect(ticked(fresh!).sort()).to.deep.equal(expected.filter((id) => id !== inBoth[0]));
      });
    }
  }

  it('a tick made before the storage code has arrived is saved when it does', async () => {
    const key = uniqueKey('early');
    const chunk = '/src/components/checklist/persisted-ticks.ts';
    await injectFault(chunk, { stall: true }); // held until the faults are cleared below
    try {
      const frame = document.createElement('iframe');
      // From the source, whose storage module has a stable path to hold.
      frame.srcdoc = tabPage(
        `<az-cancel-checklist persist storage-key="${key}"></az-cancel-checklist>`,
        '/src/index.ts',
      );
      document.body.append(frame);
      frames.push(frame);
      await until(
        () => !!frame.contentDocument?.querySelector('az-cancel-checklist')?.shadowRoot?.querySelector('input'),
        'the list',
        10_000,
      );
      const el = frame.contentDocument!.querySelector<Persisting>('az-cancel-checklist')!;
      expect(await faultHits(chunk), 'the storage code is on its way').to.equal(1);
      const [first] = ALL_ITEMS;
      tick(el, first!);
      expect(ticked(el)).to.deep.equal([first]);
      expect(savedTicks([key]), 'not saved yet').to.deep.equal([]);
      await clearFaults(); // the storage code arrives now
      await el.contentReady; // waits for the storage code
      expect(ticked(el)).to.deep.equal([first]);
      expect(savedTicks([key])).to.deep.equal([first]);
    } finally {
      await clearFaults();
    }
  });

  it('"Clear ticks" in one tab clears the other tab, and only that list', async () => {
    const key = uniqueKey('clear');
    const markup = `<az-cancel-checklist persist storage-key="${key}"></az-cancel-checklist>`;
    const [[a], [b]] = (await Promise.all([openTab(markup), openTab(markup)])) as [[Persisting], [Persisting]];
    for (const id of ALL_ITEMS) tick(a, id);
    await until(() => ticked(b).length === ALL_ITEMS.length, 'every tick reaches the other tab');

    await a.contentReady; // "Clear ticks" shows once its code, loaded at the first tick, is there
    const before = a.shadowRoot!.querySelector('[data-list="before"]')!;
    before.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    await a.contentReady;
    before.querySelector<HTMLButtonElement>('[data-action="confirm-reset"]')!.click();
    await until(() => ticked(b).join() === AFTER_ITEMS.join(), 'the other tab shows the cleared list');
    expect(savedTicks([key])).to.deep.equal([...AFTER_ITEMS].sort());
  });
});
