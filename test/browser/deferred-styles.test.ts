// The print and forced-colours styles come in a chunk of their own, after the first render: its
// failure costs only those styles, with one console warning. (A file of its own: the chunk must not
// have been loaded yet on this page.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { makeGuide } from '../content/make-guide.js';
import { clearFaults, injectFault } from './faults.js';
import { captureWarnings, deepQuery } from './helpers.js';

describe('the print and forced-colours styles', () => {
  it('when their chunk fails the guide still shows, with one console warning', async () => {
    const guide = makeGuide();
    await injectFault('/src/styles/deferred-styles.ts', { status: 503 });
    try {
      const el = document.createElement('az-cancel-guide');
      el.data = guide;
      const warnings = await captureWarnings(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.contentReady;
      });
      expect(deepQuery(el, '[part="answer"]').textContent).to.include(guide.answer!.text);
      expect(warnings.filter((w) => w.includes('print and high-contrast styles'))).to.have.length(1);
    } finally {
      await clearFaults();
    }
  });
});
