import { expect } from '@open-wc/testing';
import { mailtoHref, safeHref } from './safe-url.js';

/** [input, expected output]. */
const ALLOWED: ReadonlyArray<readonly [string, string]> = [
  ['https://evisa.gov.az/en/', 'https://evisa.gov.az/en/'],
  ['http://example.org/path?q=1#x', 'http://example.org/path?q=1#x'],
  ['mailto:visa@example.org', 'mailto:visa@example.org'],
  ['mailto:visa@example.org?subject=Hi%20there', 'mailto:visa@example.org?subject=Hi%20there'],
  ['tel:+994125555555', 'tel:+994125555555'],
  ['HTTPS://EXAMPLE.ORG/', 'HTTPS://EXAMPLE.ORG/'],
  ['Http://example.org', 'Http://example.org'],
  ['MAILTO:visa@example.org', 'MAILTO:visa@example.org'],
  ['TEL:+994 12 555 55 55', 'TEL:+994 12 555 55 55'],
  ['  https://example.org/  ', 'https://example.org/'],
  ['\n\thttps://example.org/\n', 'https://example.org/'],
];

const REJECTED: ReadonlyArray<readonly [unknown, string]> = [
  ['javascript:alert(1)', 'javascript:'],
  ['JaVaScRiPt:alert(1)', 'mixed-case javascript:'],
  ['JAVASCRIPT:alert(1)', 'upper-case javascript:'],
  ['   javascript:alert(1)', 'leading spaces'],
  ['\t\tjavascript:alert(1)', 'leading tabs'],
  ['\n\njavascript:alert(1)', 'leading newlines'],
  ['\u0000javascript:alert(1)', 'leading NUL'],
  ['java\nscript:alert(1)', 'newline inside the scheme'],
  ['java\tscript:alert(1)', 'tab inside the scheme'],
  ['data:text/html,<script>alert(1)</script>', 'data:'],
  ['DATA:text/html;base64,PHNjcmlwdD4=', 'upper-case data:'],
  ['vbscript:msgbox(1)', 'vbscript:'],
  ['file:///etc/passwd', 'file:'],
  ['blob:https://example.org/1234-5678', 'blob:'],
  ['ftp://example.org/', 'ftp:'],
  ['/x', 'root-relative'],
  ['//evil.example', 'protocol-relative'],
  ['x', 'relative'],
  ['./x:y', 'relative with a colon later'],
  ['#top', 'fragment only'],
  ['?q=1', 'query only'],
  ['https:', 'https: without a host (unparseable)'],
  ['http:javascript:alert(1)', 'http: followed by javascript: (no valid host)'],
  ['https:javascript:alert(1)', 'https: followed by javascript:'],
  ['HTTP:JAVASCRIPT:alert(1)', 'upper-case http:javascript:'],
  ['', 'empty'],
  ['   ', 'blank'],
  [null, 'null'],
  [undefined, 'undefined'],
  [42, 'number'],
  [{}, 'object'],
  [{ toString: () => 'https://example.org' }, 'object that stringifies to a URL'],
  [new URL('https://example.org'), 'URL object'],
];

describe('safeHref', () => {
  for (const [input, expected] of ALLOWED) {
    it(`allows ${JSON.stringify(input)}`, () => {
      expect(safeHref(input)).to.equal(expected);
    });
  }
  for (const [input, why] of REJECTED) {
    it(`rejects ${why}`, () => {
      expect(safeHref(input)).to.equal(undefined);
    });
  }
});

describe('mailtoHref', () => {
  it('builds a mailto: URL whose subject and body decode back exactly', () => {
    const subject = 'Subject & more';
    const body = 'Line 1\nLine 2';
    const href = mailtoHref('visa@example.org', subject, body);
    expect(href).to.be.a('string');
    const url = new URL(href!);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('visa@example.org');
    expect(url.searchParams.get('subject')).to.equal(subject);
    expect(url.searchParams.get('body')).to.equal(body);
    expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
  });

  const ROUND_TRIPS: ReadonlyArray<readonly [string, string]> = [
    ['a+b=c?d#e', '100% & done; x=y'],
    ['Ləğv — отмена 取消', 'Привет\r\nمرحبا\n你好'],
    ['', ''],
    ['  spaced  ', '\tindented'],
  ];
  for (const [subject, body] of ROUND_TRIPS) {
    it(`round-trips subject ${JSON.stringify(subject)} and body ${JSON.stringify(body)}`, () => {
      const url = new URL(mailtoHref('visa@example.org', subject, body)!);
      expect(url.searchParams.get('subject')).to.equal(subject);
      expect(url.searchParams.get('body')).to.equal(body);
    });
  }

  const HOSTILE_ADDRESSES = ['a@b.c?cc=x@y.z', 'a@b.c&cc=x@y.z', 'a@b.c?subject=pwned&cc=x@y.z', 'a@b.c#?cc=x@y.z'];
  for (const address of HOSTILE_ADDRESSES) {
    it(`a hostile address ${JSON.stringify(address)} cannot inject query parameters`, () => {
      const href = mailtoHref(address, 'Subject', 'Body');
      if (href === undefined) return; // Refusing the address outright is also safe.
      const url = new URL(href);
      expect(url.protocol).to.equal('mailto:');
      expect(url.searchParams.has('cc')).to.equal(false);
      expect(url.searchParams.getAll('subject')).to.deep.equal(['Subject']);
      expect(url.searchParams.get('body')).to.equal('Body');
      expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
      expect(url.hash).to.equal('');
    });
  }
});
