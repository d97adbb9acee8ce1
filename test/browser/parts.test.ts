// A page styles the guide's inner elements through `az-cancel-guide::part(...)`: every part they have
// must be reachable that way. The test styles every part name it finds and looks at the computed style
// of each inner part, so a part added to an inner template and not exported by the guide fails here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelChecklist, AzCancelMethods } from '../../src/index.js';
import { makeGuide } from '../content/make-guide.js';

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

describe('::part() through the guide', () => {
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
