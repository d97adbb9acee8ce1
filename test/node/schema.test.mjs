// Content as data: every locale file is valid against the content model and the published JSON
// Schema, every locale has the same structure as zh-Hans (the source), and the schema generated
// from the model agrees with the validator (the model, with Valibot's safeParse).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { importTs, localeFiles, readJson } from './helpers.mjs';

const schema = readJson(new URL('../../src/generated/guide.schema.json', import.meta.url));
const validateWithSchema = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
}).compile(schema);
const locales = localeFiles();
const { validateGuide } = await importTs('../../src/lib/validate-guide.ts');
const { makeGuide } = await importTs('../content/make-guide.ts');

/** Keys whose values are the same in every locale: ids, kinds, links, dates. Other strings are translated. */
const SHARED_VALUES = new Set(['id', 'kind', 'status', 'href', 'official', 'address', 'lastReviewed']);

/**
 * The shape of a locale: every key, list length and shared value, without the translated text.
 * Plural forms are left out: languages need different ones.
 */
function structure(value, key = '', inUi = false) {
  if (Array.isArray(value)) return value.map((item) => structure(item, '', inUi));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => !['$schema', 'locale', 'dir', 'dateLocale', 'progress'].includes(k))
        .sort()
        .map((k) => [k, structure(value[k], k, inUi || k === 'ui')]),
    );
  }
  return SHARED_VALUES.has(key) && !inUi ? value : typeof value;
}

describe('locale files', () => {
  const source = locales.find((l) => l.name === 'zh-Hans');

  it('ship zh-Hans (the source) and en (the fallback)', () => {
    const names = locales.map((l) => l.name);
    assert.ok(source && names.includes('en'), `found ${names.join(', ')}`);
  });

  for (const { name, data } of locales) {
    it(`${name}.json passes the content model`, () => {
      const result = validateGuide(data);
      assert.ok(result.ok, result.error);
    });

    it(`${name}.json is valid against the generated guide.schema.json`, () => {
      const valid = validateWithSchema(data);
      assert.ok(valid, JSON.stringify(validateWithSchema.errors, null, 2));
    });

    it(`${name}.json names its own locale`, () => {
      assert.equal(data.locale, name);
    });

    it(`${name}.json has the same structure as zh-Hans (ids, kinds, links, counts)`, () => {
      assert.deepEqual(structure(data), structure(source.data));
    });

    it(`${name}.json gives ui.progress the "other" form`, () => {
      assert.equal(typeof data.ui.progress.other, 'string');
    });
  }
});

describe('a broken data file', () => {
  const broken = readJson(new URL('../fixtures/broken-guide.json', import.meta.url));

  it('fails the JSON Schema', () => {
    assert.equal(validateWithSchema(broken), false);
  });

  for (const [name, value] of Object.entries({ null: null, 'a string': 'guide', 'a number': 42 })) {
    it(`refuses ${name}: $ expected an object`, () =>
      assert.equal(validateGuide(value).error, '$: expected an object'));
  }

  it('names every missing property of an empty object', () => {
    const { problems } = validateGuide({});
    assert.ok(problems.some((problem) => problem.path === '$.title' && problem.message === 'missing'));
  });

  it('fails the content model, naming the first bad path', () => {
    const result = validateGuide(broken);
    assert.equal(result.ok, false);
    assert.match(result.error, /^\$\.dir: expected one of ltr, rtl$/);
  });

  it('lists every problem, each with its path', () => {
    const { problems } = validateGuide(broken);
    assert.ok(problems.length > 1, `only ${problems.length} problem`);
    for (const problem of problems) assert.match(`${problem.path}: ${problem.message}`, /^\$[.[].*: \S/);
  });
});

describe('content model messages', () => {
  const cases = {
    'an empty step list': [
      (d) => (d.methods.items[1].steps = []),
      '$.methods.items[1].steps: expected a non-empty list',
    ],
    'a missing title': [(d) => delete d.title, '$.title: missing'],
    'an extra property': [(d) => (d.extra = 1), '$.extra: unexpected property'],
    'a duplicate method id': [
      (d) => (d.methods.items[2].id = d.methods.items[0].id),
      '$.methods.items[2].id: duplicate id "method-1"',
    ],
    'a checklist id used in both lists': [
      (d) => (d.after.items[0].id = d.before.items[1].id),
      '$.after.items[0].id: duplicate id "before-2"',
    ],
    'a method without a kind (the 0.1 shape)': [
      (d) => delete d.methods.items[0].kind,
      /^\$\.methods\.items\[0\]\.kind: missing; every method declares its kind: one of "online", "email", "in-person"$/,
    ],
    'a step as plain text (the 0.1 shape)': [
      (d) => (d.methods.items[0].steps[0] = 'Go'),
      '$.methods.items[0].steps[0]: expected a step object: {"text": "…"}',
    ],
    'an http:javascript: link': [
      (d) => (d.notice.links[0].href = 'http:javascript:alert(1)'),
      '$.notice.links[0].href: expected an absolute https:, http:, mailto: or tel: URL',
    ],
  };
  for (const [name, [mutate, expected]] of Object.entries(cases)) {
    it(name, () => {
      const data = makeGuide();
      mutate(data);
      const result = validateGuide(data);
      assert.equal(result.ok, false);
      if (expected instanceof RegExp) assert.match(result.error, expected);
      else assert.equal(result.error, expected);
    });
  }
});

describe('the generated schema and the content model agree', () => {
  const mutations = {
    'missing title': (d) => delete d.title,
    'empty title': (d) => (d.title = ''),
    'whitespace title': (d) => (d.title = '   '),
    'title is markup-like text (allowed: it renders as text)': (d) => (d.title = '<img src=x onerror=alert(1)>'),
    'javascript: link': (d) => (d.notice.links[0].href = 'javascript:alert(1)'),
    'data: link': (d) => (d.methods.items[0].link.href = 'data:text/html,hi'),
    'mailto: link (allowed)': (d) => (d.notice.links[0].href = 'mailto:help@example.org'),
    'upper-case HTTPS: link (allowed)': (d) => (d.notice.links[0].href = 'HTTPS://EVISA.GOV.AZ/'),
    'official link (allowed)': (d) => (d.notice.links[0].official = true),
    'official is not a boolean': (d) => (d.notice.links[0].official = 'yes'),
    'unknown method kind': (d) => (d.methods.items[2].kind = 'fax'),
    'a fourth method of an existing kind (allowed)': (d) =>
      d.methods.items.push({ ...structuredClone(d.methods.items[0]), id: 'online-2' }),
    'email method without email details': (d) => delete d.methods.items[1].email,
    'email details on an online method': (d) => (d.methods.items[0].email = structuredClone(d.methods.items[1].email)),
    'in-person method without what to bring': (d) => delete d.methods.items[2].bring,
    'no steps': (d) => (d.methods.items[0].steps = []),
    'step is a number': (d) => (d.methods.items[0].steps[0] = 42),
    'step with a note (allowed)': (d) =>
      (d.methods.items[0].steps[0].note = {
        text: 'Not confirmed.',
        link: { label: 'Portal', href: 'https://evisa.gov.az/' },
      }),
    'note without text': (d) => (d.before.items[0].note = {}),
    'extra property': (d) => (d.extra = true),
    '__proto__ key': (d) => Object.defineProperty(d, '__proto__', { value: { polluted: true }, enumerable: true }),
    'bad item id': (d) => (d.before.items[0].id = 'Not An Id'),
    'bad date': (d) => (d.lastReviewed = '26/11/2026'),
    'rtl (allowed)': (d) => (d.dir = 'rtl'),
    'valid email address (allowed)': (d) => (d.methods.items[1].email.address = 'visa@example.org'),
    'invalid email address': (d) => (d.methods.items[1].email.address = 'not an address'),
    'progress without other': (d) => (d.ui.progress = { one: 'x' }),
    'no ui (allowed: the bundled translation, else English)': (d) => delete d.ui,
    'some ui strings (allowed)': (d) => (d.ui = { copied: 'Done' }),
    'ui string not a string': (d) => (d.ui.copied = 5),
    'unknown ui string': (d) => (d.ui.copiedd = 'Done'),
  };
  for (const [name, mutate] of Object.entries(mutations)) {
    it(name, () => {
      const data = makeGuide();
      mutate(data);
      const bySchema = validateWithSchema(data);
      const byModel = validateGuide(data).ok;
      assert.equal(byModel, bySchema, `schema says ${bySchema}, model says ${byModel}`);
      assert.equal(bySchema, name.includes('(allowed'), 'verdict');
    });
  }

  it('only the model catches what JSON Schema cannot express: repeated ids', () => {
    const data = makeGuide();
    data.methods.items[1].id = data.methods.items[0].id;
    assert.equal(validateWithSchema(data), true);
    assert.equal(validateGuide(data).ok, false);
  });
});
