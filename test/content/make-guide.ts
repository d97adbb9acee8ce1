/**
 * Builders of small guide content for behaviour tests, so no test depends on the bundled
 * content's wording or counts (as Shoelace's tests generate their tabs). Every text says where
 * it sits (`Method 2 step 1`), so a test can find it without knowing the bundled wording.
 *
 * Usable in the browser tests and, through esbuild, in the node tests.
 */
import type { CancelMethod, ChecklistSection, GuideData, GuideNote, MethodKind } from '../../src/data/guide-types.js';

export interface GuideShape {
  /** Language tag and direction of the content (default `en`, `ltr`). */
  locale?: string;
  dir?: 'ltr' | 'rtl';
  /** How many methods (default 3); kinds cycle online, email, in-person unless `kinds` is given. */
  methods?: number;
  kinds?: readonly MethodKind[];
  /** Steps per method (default 2). */
  steps?: number;
  /** Items in each checklist (default 3). */
  items?: number;
  /** A prefix for every text, to tell two guides apart on one page (default none). */
  label?: string;
  /** Give every method, step and checklist item a note (default false). */
  notes?: boolean;
  /**
   * Content as sites wrote it before the answer came first (default false): no answer, warning,
   * cases, article heading, method status or summary note, and every method has `needs`.
   */
  legacy?: boolean;
}

const KINDS: readonly MethodKind[] = ['online', 'email', 'in-person'];

const range = <T>(count: number, make: (n: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i + 1));

/** The id the builder gives method `n` (1-based). */
export const methodId = (n: number): string => `method-${n}`;

/** The id the builder gives item `n` (1-based) of `list`. */
export const itemId = (list: 'before' | 'after', n: number): string => `${list}-${n}`;

export function makeMethod(n: number, kind: MethodKind, shape: GuideShape = {}): CancelMethod {
  const label = shape.label ? `${shape.label} ` : '';
  const base = {
    id: methodId(n),
    name: `${label}Method ${n}`,
    ...(shape.legacy ? { needs: `${label}Method ${n} needs` } : {}),
    heading: `${label}Method ${n} heading`,
    intro: `${label}Method ${n} intro`,
    ...(shape.legacy ? {} : { status: 'unconfirmed' as const }),
    steps: range(shape.steps ?? 2, (s) => ({
      text: `${label}Method ${n} step ${s}`,
      ...(shape.notes ? { note: makeNote(`${label}Method ${n} step ${s}`) } : {}),
    })),
    ...(shape.notes ? { note: makeNote(`${label}Method ${n}`) } : {}),
  };
  switch (kind) {
    case 'online':
      return { ...base, kind, link: { label: `${label}Method ${n} site`, href: `https://example.org/method-${n}` } };
    case 'email':
      return {
        ...base,
        kind,
        email: {
          subject: `${label}Method ${n} subject`,
          template: `${label}Method ${n} template\n\n[your name]`,
        },
      };
    case 'in-person':
      return {
        ...base,
        kind,
        bring: range(2, (b) => ({ id: `bring-${n}-${b}`, label: `${label}Method ${n} bring ${b}` })),
      };
  }
}

/** A note on `what`, with a link to a government site. */
export function makeNote(what: string): GuideNote {
  return { text: `${what} note`, link: { label: `${what} note link`, href: 'https://evisa.gov.az/', official: true } };
}

export function makeChecklist(list: 'before' | 'after', items: number, label = '', notes = false): ChecklistSection {
  const prefix = label ? `${label} ` : '';
  const name = list === 'before' ? 'Before' : 'After';
  return {
    heading: `${prefix}${name} heading`,
    intro: `${prefix}${name} intro`,
    done: `${prefix}${name} done`,
    items: range(items, (n) => ({
      id: itemId(list, n),
      label: `${prefix}${name} item ${n}`,
      description: `${prefix}${name} item ${n} description`,
      ...(notes ? { note: makeNote(`${prefix}${name} item ${n}`) } : {}),
    })),
  };
}

/** A complete, valid guide of the given shape. */
export function makeGuide(shape: GuideShape = {}): GuideData {
  const label = shape.label ? `${shape.label} ` : '';
  const kinds = shape.kinds ?? KINDS;
  const answerFirst = shape.legacy
    ? {}
    : {
        answer: {
          text: `${label}Answer text`,
          source: { label: `${label}Answer source`, href: 'https://evisa.gov.az/', official: true },
        },
        warning: `${label}Warning text`,
        cases: {
          heading: `${label}Cases heading`,
          items: range(2, (n) => ({ title: `${label}Case ${n} title`, text: `${label}Case ${n} text` })),
        },
        articleHeading: `${label}Article heading`,
      };
  return {
    locale: shape.locale ?? 'en',
    dir: shape.dir ?? 'ltr',
    lastReviewed: '2026-01-15',
    title: `${label}Guide title`,
    ...answerFirst,
    glance: `${label}Glance sentence`,
    intro: [`${label}Intro paragraph`],
    about: [`${label}About paragraph`],
    notice: {
      text: `${label}Notice text`,
      points: [`${label}Notice point 1`, `${label}Notice point 2`],
      links: [{ label: `${label}Notice link`, href: 'https://example.org/notice' }],
    },
    before: makeChecklist('before', shape.items ?? 3, shape.label, shape.notes),
    methods: {
      heading: `${label}Methods heading`,
      intro: `${label}Methods intro`,
      items: range(shape.methods ?? 3, (n) => makeMethod(n, kinds[(n - 1) % kinds.length]!, shape)),
    },
    after: makeChecklist('after', shape.items ?? 3, shape.label, shape.notes),
    summary: {
      heading: `${label}Summary heading`,
      paragraphs: [`${label}Summary paragraph`],
      ...(shape.legacy ? {} : { note: makeNote(`${label}Summary`) }),
    },
    closing: [`${label}Closing paragraph`],
    ui: {
      methodsLabel: 'Ways to cancel',
      officialSite: 'Official site:',
      opensInNewTab: '(opens in a new tab)',
      emailSubject: 'Subject line',
      copyTemplate: 'Copy email template',
      copy: 'Copy',
      copied: 'Copied',
      copyFallback: 'Copy it by hand.',
      openMailApp: 'Open in mail app',
      bring: 'What to bring',
      bringDone: 'All packed.',
      progress: { one: '{done} of {total} done', other: '{done} of {total} done' },
      reset: 'Clear ticks',
      resetConfirm: 'Clear all ticks in this list?',
      resetNo: 'Keep',
      noticeLabel: 'Check official sources',
      lastReviewed: 'Reviewed: {date}',
      note: 'Note',
      emailTemplate: 'Email template',
      aboutToggle: 'What is it?',
      ...(shape.legacy
        ? {}
        : { unconfirmed: 'Unconfirmed', official: 'Official', warning: 'Warning', fullGuide: 'Read the full guide' }),
    } as GuideData['ui'], // (legacy content lacks the four newest; the elements show them in English)
  };
}

/** `method` as the method of `kind` it is; throws if it is of another kind (or missing). */
export function asKind<K extends MethodKind>(
  method: CancelMethod | undefined,
  kind: K,
): Extract<CancelMethod, { kind: K }> {
  if (method?.kind !== kind) throw new Error(`expected a method of kind ${kind}, got ${method?.kind ?? 'none'}`);
  return method as Extract<CancelMethod, { kind: K }>;
}

/** The first method of `kind` in `guide`; throws if it has none. */
export function methodOfKind<K extends MethodKind>(guide: GuideData, kind: K): Extract<CancelMethod, { kind: K }> {
  return asKind(
    guide.methods.items.find((method) => method.kind === kind),
    kind,
  );
}

/** A deep copy of `guide` changed by `mutate`: fixtures are made by cloning, never by copying files. */
export function withChanges<T = GuideData>(guide: GuideData, mutate: (copy: T) => void): T {
  const copy = structuredClone(guide) as unknown as T;
  mutate(copy);
  return copy;
}
