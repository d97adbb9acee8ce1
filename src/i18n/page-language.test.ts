import { expect, fixture, html } from '@open-wc/testing';
import { followPageLanguage, unfollowPageLanguage } from './page-language.js';

/** Lets the MutationObserver deliver. */
const delivered = () => new Promise((resolve) => setTimeout(resolve));

describe('followPageLanguage', () => {
  it('calls back after a lang change above the element, inside and outside its shadow root, until unfollowed', async () => {
    const container = await fixture<HTMLElement>(html`<div><p></p></div>`);
    const host = container.querySelector('p')!;
    const section = document.createElement('section');
    const element = section.appendChild(document.createElement('span'));
    host.attachShadow({ mode: 'open' }).append(section);
    let calls = 0;
    followPageLanguage(element, () => calls++);

    container.lang = 'ru';
    await delivered();
    expect(calls, 'outside the shadow root').to.equal(1);
    host.shadowRoot!.querySelector('section')!.lang = 'tr';
    await delivered();
    expect(calls, 'inside the shadow root').to.equal(2);
    container.title = 'not a language';
    await delivered();
    expect(calls, 'other attributes').to.equal(2);

    unfollowPageLanguage(element);
    container.lang = 'en';
    await delivered();
    expect(calls).to.equal(2);
  });

  it('several changes at once make one call per element', async () => {
    const container = await fixture<HTMLElement>(html`<div><i></i><b></b></div>`);
    const calls = new Map<Element, number>();
    for (const element of Array.from(container.children))
      followPageLanguage(element, () => calls.set(element, (calls.get(element) ?? 0) + 1));
    container.lang = 'ru';
    container.querySelector('i')!.lang = 'tr';
    container.lang = 'az';
    await delivered();
    expect([...calls.values()]).to.deep.equal([1, 1]);
    for (const element of Array.from(container.children)) unfollowPageLanguage(element);
  });
});
