// The print and forced-colours styles come in a chunk of their own, after the first render: its
// failure costs only those styles, with one console warning and an az-data-error. (A file of its own: the chunk must not
// have been loaded yet on this page, so this test would have to come first in a shared file; and Firefox keeps the failed
// import for the page, so every later test there would render without the print and forced-colours styles.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DataErrorDetail } from '../../src/index.js';
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
      const errors: DataErrorDetail[] = [];
      const onError = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
      document.addEventListener('az-data-error', onError);
      const warnings = await captureWarnings(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.contentReady;
      }).finally(() => document.removeEventListener('az-data-error', onError));
      expect(deepQuery(el, '[part="answer"]').textContent).to.include(guide.answer!.text);
      expect(warnings.filter((w) => w.includes('styles code'))).to.have.length(1);
      // One event per element that missed them: the guide and its inner methods and checklists.
      expect(new Set(errors.map((error) => `${error.reason} ${error.source}`))).to.deep.equal(
        new Set(['code-load-failed styles']),
      );
    } finally {
      await clearFaults();
    }
  });
});
