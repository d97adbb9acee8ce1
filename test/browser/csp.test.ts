// The CDN module under a strict Content Security Policy (no inline script or style), and with
// Trusted Types enforced where the browser has them: it renders fully and causes no violation.
import { expect } from '@open-wc/testing';
import en from '../../src/data/en.json';
import { deepQueryAll } from './helpers.js';

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
    meta.content = 'trustedTypes' in window ? `${POLICY}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'` : POLICY;
    document.head.prepend(meta);
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('renders the whole guide with no CSP violation', async () => {
    const bundle = '/dist/cdn/az-cancel-guide.js'; // a URL served by the test runner, not a module tsc can resolve
    await import(/* @vite-ignore */ bundle);
    const el = document.createElement('az-cancel-guide') as HTMLElement & { updateComplete: Promise<unknown> };
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.title);
    expect(deepQueryAll(el, '[role="tab"]')).to.have.length(3);
    expect(deepQueryAll(el, 'input[type="checkbox"]')).to.have.length(6);
    // Styles applied: constructable stylesheets are allowed by style-src 'self'.
    expect(getComputedStyle(deepQueryAll(el, '[role="tablist"]')[0]!).display).to.equal('flex');
    deepQueryAll(el, '#tab-email')[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    el.remove();
  });

  it('the policy is really enforced (an inline style is blocked)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const style = document.createElement('style');
    style.textContent = 'div.csp-probe { color: rgb(1, 2, 3); }';
    probe.className = 'csp-probe';
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(probe).color).not.to.equal('rgb(1, 2, 3)');
    expect(violations.some((v) => v.startsWith('style-src'))).to.be.true;
    if ('trustedTypes' in window) {
      // A plain string into an HTML sink is refused: Trusted Types are enforced on this page.
      expect(() => probe.insertAdjacentHTML('beforeend', '<b>probe</b>')).to.throw(TypeError);
    }
    violations.length = 0;
    style.remove();
    probe.remove();
  });
});
