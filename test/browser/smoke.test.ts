import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<AzCancelGuide>(html`<az-cancel-guide lang="en"></az-cancel-guide>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Azerbaijan');
    await expect(el).to.be.accessible();
  });
});
