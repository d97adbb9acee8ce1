// Content as data: every locale file is valid against the JSON Schema, all locales have the
// same structure, and the runtime validator agrees with the schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { DATA_DIR, importTs, localeFiles, readJson } from './helpers.mjs';

const schema = readJson(new URL('guide.schema.json', DATA_DIR));
const validateWithSchema = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
const locales = localeFiles();
const { validateGuide } = await importTs('../../src/lib/validate-guide.ts');

/** The shape of a locale: ids and list lengths, without any text. */
function structure(data) {
  const checklist = (list) => list.items.map((item) => item.id);
  return {
    intro: data.intro.length,
    about: data.about.length,
    noticeLinks: data.notice.links.map((link) => link.href),
    before: checklist(data.before),
    methods: data.methods.items.map((m) => ({
      id: m.id,
      steps: m.steps.length,
      link: m.link?.href,
      bodyIncludes: m.email?.bodyIncludes.length,
      attachments: m.email?.attachments.length,
      address: m.email?.address,
      bring: m.bring?.length,
    })),
    after: checklist(data.after),
    summary: data.summary.paragraphs.length,
    closing: data.closing.length,
    ui: Object.keys(data.ui).sort(),
    lastReviewed: data.lastReviewed,
  };
}

describe('locale files', () => {
  it('ships zh-Hans (the source) and en', () => {
    const names = locales.map((l) => l.name);
    assert.ok(names.includes('zh-Hans') && names.includes('en'), `found ${names.join(', ')}`);
  });

  for (const { name, data } of locales) {
    it(`${name}.json is valid against guide.schema.json`, () => {
      const valid = validateWithSchema(data);
      assert.ok(valid, JSON.stringify(validateWithSchema.errors, null, 2));
    });

    it(`${name}.json passes the runtime validator`, () => {
      assert.deepEqual(validateGuide(data), { ok: true, data });
    });

    it(`${name}.json names its own locale`, () => {
      assert.equal(data.locale, name);
    });

    it(`${name}.json has the same structure as zh-Hans`, () => {
      const source = locales.find((l) => l.name === 'zh-Hans').data;
      assert.deepEqual(structure(data), structure(source));
    });
  }

  it('zh-Hans has the seed’s 3 + 3 checklist items and 5 / 5 / 4 steps', () => {
    const zh = locales.find((l) => l.name === 'zh-Hans').data;
    assert.equal(zh.before.items.length, 3);
    assert.equal(zh.after.items.length, 3);
    assert.deepEqual(
      zh.methods.items.map((m) => [m.id, m.steps.length]),
      [
        ['online', 5],
        ['email', 5],
        ['embassy', 4],
      ],
    );
  });

  it('checklist item ids are unique across both lists (ticks are stored by id)', () => {
    for (const { name, data } of locales) {
      const ids = [...data.before.items, ...data.after.items].map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, name);
    }
  });

  it('points to the official e-visa portal and the site the guide names', () => {
    for (const { name, data } of locales) {
      const hrefs = data.notice.links.map((link) => link.href);
      assert.ok(hrefs.includes('https://evisa.gov.az'), name);
      assert.ok(hrefs.includes('http://www.tourism.az'), name);
    }
  });
});

describe('a broken data file', () => {
  const broken = readJson(new URL('../fixtures/broken-guide.json', import.meta.url));

  it('fails the JSON Schema', () => {
    assert.equal(validateWithSchema(broken), false);
  });

  it('fails the runtime validator, naming the first bad path', () => {
    const result = validateGuide(broken);
    assert.equal(result.ok, false);
    assert.match(result.error, /^\$\.dir: expected one of ltr, rtl$/);
  });
});

describe('schema and runtime validator agree', () => {
  const base = locales.find((l) => l.name === 'en').data;
  const mutations = {
    'missing title': (d) => delete d.title,
    'empty title': (d) => (d.title = ''),
    'whitespace title': (d) => (d.title = '   '),
    'title is markup-like text (allowed: it renders as text)': (d) => (d.title = '<img src=x onerror=alert(1)>'),
    'javascript: link': (d) => (d.notice.links[0].href = 'javascript:alert(1)'),
    'data: link': (d) => (d.methods.items[0].link.href = 'data:text/html,hi'),
    'mailto: link (allowed)': (d) => (d.notice.links[0].href = 'mailto:help@example.org'),
    'unknown method id': (d) => (d.methods.items[2].id = 'fax'),
    'email method without email details': (d) => delete d.methods.items[1].email,
    'embassy without what to bring': (d) => delete d.methods.items[2].bring,
    'no steps': (d) => (d.methods.items[0].steps = []),
    'step is a number': (d) => (d.methods.items[0].steps[0] = 42),
    'extra property': (d) => (d.extra = true),
    '__proto__ key': (d) => Object.defineProperty(d, '__proto__', { value: { polluted: true }, enumerable: true }),
    'bad item id': (d) => (d.before.items[0].id = 'Not An Id'),
    'bad date': (d) => (d.lastReviewed = '26/11/2026'),
    'rtl (allowed)': (d) => (d.dir = 'rtl'),
    'valid email address (allowed)': (d) => (d.methods.items[1].email.address = 'visa@example.org'),
    'invalid email address': (d) => (d.methods.items[1].email.address = 'not an address'),
    'progress without other': (d) => (d.ui.progress = { one: 'x' }),
    'ui string missing': (d) => delete d.ui.copied,
  };
  for (const [name, mutate] of Object.entries(mutations)) {
    it(name, () => {
      const data = structuredClone(base);
      mutate(data);
      const bySchema = validateWithSchema(data);
      const byRuntime = validateGuide(data).ok;
      assert.equal(byRuntime, bySchema, `schema says ${bySchema}, runtime says ${byRuntime}`);
      assert.equal(bySchema, name.includes('(allowed'), 'verdict');
    });
  }
});
