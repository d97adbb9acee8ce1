import { expect } from '@open-wc/testing';
import { hashWithMethod, methodFromHash } from './method-hash.js';

describe('methodFromHash', () => {
  const table: ReadonlyArray<readonly [string, string | undefined]> = [
    ['', undefined],
    ['#', undefined],
    ['#az-method=email', 'email'],
    ['#faq&az-method=email', 'email'],
    ['#az-method=email&faq', 'email'],
    ['#/trip?step=2&az-method=embassy&lang=en', 'embassy'],
    ['#az-method=', ''],
    ['#az-method=caf%C3%A9', 'café'],
    ['#az-method=%E0%A4%A', undefined], // malformed percent-encoding
    ['#xaz-method=email', undefined], // not a parameter of its own
    ['#top', undefined],
  ];
  for (const [hash, method] of table) {
    it(`${JSON.stringify(hash)} → ${String(method)}`, () => {
      expect(methodFromHash(hash)).to.equal(method);
    });
  }
});

describe('hashWithMethod', () => {
  const table: ReadonlyArray<readonly [string, string, string]> = [
    ['', 'email', '#az-method=email'],
    ['#', 'email', '#az-method=email'],
    ['#az-method=online', 'email', '#az-method=email'],
    ['#faq', 'email', '#faq&az-method=email'],
    ['#faq&az-method=online', 'embassy', '#faq&az-method=embassy'],
    ['#/trip?az-method=online&lang=en', 'email', '#/trip?az-method=email&lang=en'],
    ['#x', 'a&b=$1', '#x&az-method=a%26b%3D%241'],
  ];
  for (const [hash, method, expected] of table) {
    it(`${JSON.stringify(hash)} + ${method} → ${expected}`, () => {
      const result = hashWithMethod(hash, method);
      expect(result).to.equal(expected);
      expect(methodFromHash(result), 'reads back').to.equal(method);
    });
  }
});
