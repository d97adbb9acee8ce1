import { expect } from '@open-wc/testing';
import { isGovernmentUrl, isOfficial } from './official-url.js';

describe('isGovernmentUrl', () => {
  for (const href of [
    'https://evisa.gov.az',
    'https://evisa.gov.az/en/conditions',
    'https://mfa.gov.az/en',
    'https://bishkek.mfa.gov.az/en/category/asan-visa-e-visa',
    'HTTPS://EVISA.GOV.AZ/',
  ]) {
    it(`accepts ${href}`, () => expect(isGovernmentUrl(href)).to.equal(true));
  }
  for (const href of [
    'http://evisa.gov.az', // not over https
    'https://evisa.az',
    'https://evisagov.az',
    'https://gov.az.example.com',
    'https://evisa.gov.az.example.com/',
    'https://evil.com/?u=https://evisa.gov.az',
    'https://evisa.gov.az@evil.com/',
    'http://www.tourism.az',
    'mailto:visa@evisa.gov.az',
    'not a url',
  ]) {
    it(`rejects ${href}`, () => expect(isGovernmentUrl(href)).to.equal(false));
  }
});

describe('isOfficial', () => {
  it('needs both the mark and a government site', () => {
    expect(isOfficial({ href: 'https://evisa.gov.az/', official: true })).to.equal(true);
    expect(isOfficial({ href: 'https://evisa.gov.az/' })).to.equal(false);
    expect(isOfficial({ href: 'https://evisa.az/', official: true })).to.equal(false);
  });
});
