import { METHOD_IDS, type GuideData } from '../data/guide-types.js';

/**
 * Runtime validation of guide content, mirroring `guide.schema.json` without
 * shipping a JSON Schema engine. Returns the first bad path, e.g.
 * `$.methods.items[1].steps: expected a non-empty list`.
 * `test/node/schema.test.mjs` checks that both agree.
 */
export type GuideValidation = { ok: true; data: GuideData } | { ok: false; error: string };

type Check = (value: unknown, path: string) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const matches = (re: RegExp, what: string, maxLength = 4000): Check => (value, path) =>
  typeof value === 'string' && value.length <= maxLength && re.test(value) ? undefined : `${path}: expected ${what}`;

const text = matches(/\S/, 'non-empty text');
const id = matches(/^[a-z][a-z0-9-]{0,39}$/, 'an id of lowercase letters, digits and hyphens');
const url = matches(/^(https?:|mailto:|tel:)/, 'an https:, http:, mailto: or tel: URL', 2000);
const email = matches(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, 'an email address', 254);

const oneOf = (allowed: readonly string[]): Check => (value, path) =>
  allowed.includes(value as string) ? undefined : `${path}: expected one of ${allowed.join(', ')}`;

const list = (item: Check): Check => (value, path) => {
  if (!Array.isArray(value) || value.length === 0) return `${path}: expected a non-empty list`;
  for (let i = 0; i < value.length; i++) {
    const error = item(value[i], `${path}[${i}]`);
    if (error) return error;
  }
  return undefined;
};

const object = (shape: Record<string, Check>, optional: readonly string[] = []): Check => (value, path) => {
  if (!isRecord(value)) return `${path}: expected an object`;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) return `${path}.${key}: unexpected property`;
  }
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(value, key)) {
      if (optional.includes(key)) continue;
      return `${path}.${key}: missing`;
    }
    const error = shape[key]!(value[key], `${path}.${key}`);
    if (error) return error;
  }
  return undefined;
};

const paragraphs = list(text);
const link = object({ label: text, href: url });
const checklist = object({
  heading: text,
  intro: text,
  items: list(object({ id, label: text, description: text })),
});

/** Each method carries its own specifics: the site, the email details, or what to bring. */
const REQUIRED_SPECIFICS: Record<string, string> = { online: 'link', email: 'email', embassy: 'bring' };
const methodShape = object(
  {
    id: oneOf(METHOD_IDS),
    name: text,
    heading: text,
    intro: text,
    steps: list(text),
    link,
    email: object(
      { subject: text, bodyIncludes: list(text), attachments: list(text), template: text, address: email },
      ['address'],
    ),
    bring: list(text),
  },
  ['link', 'email', 'bring'],
);
const method: Check = (value, path) => {
  const error = methodShape(value, path);
  if (error) return error;
  const record = value as Record<string, unknown>;
  const required = REQUIRED_SPECIFICS[record['id'] as string]!;
  return Object.hasOwn(record, required) ? undefined : `${path}.${required}: missing`;
};

const plural = object({ zero: text, one: text, two: text, few: text, many: text, other: text }, [
  'zero',
  'one',
  'two',
  'few',
  'many',
]);

const guide = object(
  {
    $schema: matches(/^/, 'a string'),
    locale: matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag'),
    dir: oneOf(['ltr', 'rtl']),
    lastReviewed: matches(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    title: text,
    intro: paragraphs,
    about: paragraphs,
    notice: object({ text, links: list(link) }),
    before: checklist,
    methods: object({ heading: text, intro: text, items: list(method) }),
    after: checklist,
    summary: object({ heading: text, paragraphs }),
    closing: paragraphs,
    ui: object({
      methodsLabel: text,
      officialSite: text,
      opensInNewTab: text,
      emailSubject: text,
      emailBodyIncludes: text,
      emailAttachments: text,
      copyTemplate: text,
      copied: text,
      copyFallback: text,
      openMailApp: text,
      bring: text,
      progress: plural,
      reset: text,
      resetConfirm: text,
      resetYes: text,
      resetNo: text,
      noticeLabel: text,
      lastReviewed: text,
    }),
  },
  ['$schema'],
);

export function validateGuide(value: unknown): GuideValidation {
  const error = guide(value, '$');
  return error ? { ok: false, error } : { ok: true, data: value as GuideData };
}
