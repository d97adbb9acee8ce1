// The CDN module under a strict Content Security Policy (no inline script or style), and with
// Trusted Types enforced where the browser has them: it renders fully and causes no violation.
import { expect, waitUntil } from '@open-wc/testing';
import type { GuideData } from '../../src/data/guide-types.js';
import { DEFAULT_LOCALE, localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import { makeGuide, methodId } from '../content/make-guide.js';
import { deepQueryAll } from './helpers.js';

type Guide = HTMLElement & { data?: unknown; contentReady: Promise<unknown> };

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

describe('strict Content Security Policy', () => {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`);

  before(() => {
    document.addEventListener('securitypolicyviolation', onViolation);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // Trusted Types: only Lit's own policy ("lit-html") may create script-bound values. This page
    // already has another copy of Lit (the test framework's), which created that policy first:
    // like any site with two Lit copies, it needs 'allow-duplicates'.
    meta.content =
      'trustedTypes' in window
        ? `${POLICY}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`
        : POLICY;
    document.head.prepend(meta);
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  /** The element shows `data`: its title, a tab per method, a box per checklist item. */
  async function expectRendered(el: Guide, data: GuideData): Promise<void> {
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
    expect(deepQueryAll(el, '[role="tab"]')).to.have.length(data.methods.items.length);
    // Both checklists, and "what to bring" in each in-person method.
    const bring = data.methods.items.flatMap((m) => (m.kind === 'in-person' ? m.bring : []));
    expect(deepQueryAll(el, 'input[type="checkbox"]')).to.have.length(
      data.before.items.length + data.after.items.length + bring.length,
    );
  }

  it('renders the whole guide with no CSP violation: the site’s content (validated) and a bundled locale', async () => {
    const bundle = '/dist/cdn/az-cancel-guide.js'; // a URL served by the test runner, not a module tsc can resolve
    await import(/* @vite-ignore */ bundle);
    const guide = makeGuide();
    const el = document.createElement('az-cancel-guide') as Guide;
    el.data = guide;
    document.body.append(el);
    await expectRendered(el, guide);
    // Styles applied: constructable stylesheets are allowed by style-src 'self'.
    expect(getComputedStyle(deepQueryAll(el, '[role="tablist"]')[0]!).display).to.equal('flex');
    deepQueryAll(el, `#tab-${methodId(2)}`)[0]!.click();
    await waitUntil(() => !deepQueryAll(el, `#panel-${methodId(2)}`)[0]!.hidden, 'the clicked tab shows its panel');

    // A bundled locale: its chunk is a module script too.
    const bundled = localeContent(await LOCALE_LOADERS[DEFAULT_LOCALE]!());
    const fromChunk = document.createElement('az-cancel-guide') as Guide;
    fromChunk.lang = DEFAULT_LOCALE;
    document.body.append(fromChunk);
    await expectRendered(fromChunk, bundled);
    expect(violations).to.deep.equal([]);
    el.remove();
    fromChunk.remove();
  });

  it('the policy is really enforced (an inline style is blocked)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const style = document.createElement('style');
    style.textContent = 'div.csp-probe { color: rgb(1, 2, 3); }';
    probe.className = 'csp-probe';
    document.head.append(style);
    await waitUntil(() => violations.some((v) => v.startsWith('style-src')), 'the blocked inline style is reported');
    expect(getComputedStyle(probe).color).not.to.equal('rgb(1, 2, 3)');
    if ('trustedTypes' in window) {
      // A plain string into an HTML sink is refused: Trusted Types are enforced on this page.
      expect(() => probe.insertAdjacentHTML('beforeend', '<b>probe</b>')).to.throw(TypeError);
    }
    violations.length = 0;
    style.remove();
    probe.remove();
  });
});
