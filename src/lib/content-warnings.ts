import type { GuideContent as GuideData } from '../data/guide-types.js';
import { isGovernmentUrl } from './official-url.js';
import { formatPath, type GuideProblem } from './validate-guide.js';

/**
 * What is allowed but probably wrong in valid guide content: the CLI's `validate` and the editor
 * show these as warnings, which never fail a check. Not used by the elements.
 */

export interface WarningOptions {
  /** The date the review age is measured from (default: now). */
  today?: Date;
  /** The bundled locale of the same language, to compare ids and counts with. */
  bundled?: GuideData;
}

type Keys = (string | number)[];

const ONE_YEAR_AGO = (today: Date): string => {
  const date = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  return date.toISOString().slice(0, 10);
};

/** Whether `value` is YYYY-MM-DD and a day of the calendar (not 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Every link in the content (an object with a string `href`), wherever the model allows one. */
function* links(value: unknown, keys: Keys = []): Generator<{ keys: Keys; href: string; official: unknown }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* links(item, [...keys, index]);
  } else if (isRecord(value)) {
    if (typeof value.href === 'string') yield { keys, href: value.href, official: value.official };
    for (const [key, item] of Object.entries(value)) yield* links(item, [...keys, key]);
  }
}

function linkWarnings(content: GuideData, warn: (keys: Keys, message: string) => void): void {
  for (const { keys, href, official } of links(content)) {
    let url: URL | undefined;
    try {
      url = new URL(href);
    } catch {
      url = undefined; // the validator has already reported it
    }
    if (url?.protocol === 'http:')
      warn(
        [...keys, 'href'],
        'insecure link (http): use https if the site offers it; an http page can be altered on its way to the reader',
      );
    if (official === true && !isGovernmentUrl(href)) {
      const where = url ? url.hostname || url.protocol : href;
      warn(
        [...keys, 'official'],
        url?.protocol === 'http:' && (url.hostname === 'gov.az' || url.hostname.endsWith('.gov.az'))
          ? 'presented as official, but not over https: (the guide will not call it official)'
          : `presented as official, but ${where} is not a government site (https and gov.az or a sub-domain); the guide will not call it official`,
      );
    }
  }
}

function reviewWarnings(content: GuideData, today: Date, warn: (keys: Keys, message: string) => void): void {
  const reviewed = content.lastReviewed;
  if (!isCalendarDate(reviewed)) {
    warn(['lastReviewed'], `${reviewed} is not a day of the calendar`);
  } else if (reviewed < ONE_YEAR_AGO(today)) {
    warn(
      ['lastReviewed'],
      `reviewed on ${reviewed}, more than a year ago: check the content against its official sources and update the date`,
    );
  }
}

/**
 * Ids and counts that differ from the bundled locale of the same language: a dropped step or
 * checklist item is more often a mistake than a correction. Lists of things with ids are matched
 * by id; other lists are compared by length. The interface strings are left out (plural forms
 * differ by design).
 */
function driftWarnings(
  content: unknown,
  bundled: unknown,
  locale: string,
  keys: Keys,
  warn: (keys: Keys, message: string) => void,
): void {
  if (Array.isArray(content) && Array.isArray(bundled)) {
    const ids = (list: unknown[]) =>
      list.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined));
    const ours = ids(content);
    const theirs = ids(bundled);
    if (ours.every((id) => id !== undefined) && theirs.every((id) => id !== undefined) && theirs.length > 0) {
      for (const [index, id] of ours.entries()) {
        const match = theirs.indexOf(id);
        if (match === -1) warn([...keys, index, 'id'], `id "${id}" is not in the bundled ${locale}`);
        else driftWarnings(content[index], bundled[match], locale, [...keys, index], warn);
      }
      for (const id of theirs)
        if (!ours.includes(id)) warn(keys, `no entry with id "${id}"; the bundled ${locale} has one`);
      return;
    }
    if (content.length !== bundled.length) {
      warn(
        keys,
        `${content.length} ${content.length === 1 ? 'entry' : 'entries'}; the bundled ${locale} has ${bundled.length}`,
      );
    }
    for (let index = 0; index < Math.min(content.length, bundled.length); index++) {
      driftWarnings(content[index], bundled[index], locale, [...keys, index], warn);
    }
  } else if (isRecord(content) && isRecord(bundled) && !Array.isArray(content) && !Array.isArray(bundled)) {
    for (const [key, value] of Object.entries(content)) {
      if (key !== 'ui' && Object.hasOwn(bundled, key)) driftWarnings(value, bundled[key], locale, [...keys, key], warn);
    }
  }
}

/** The warnings for valid content, in the shape of the validator's problems. */
export function contentWarnings(content: GuideData, options: WarningOptions = {}): GuideProblem[] {
  const warnings: GuideProblem[] = [];
  const warn = (keys: Keys, message: string): void => {
    warnings.push({ path: formatPath(keys), keys, message });
  };
  linkWarnings(content, warn);
  reviewWarnings(content, options.today ?? new Date(), warn);
  if (options.bundled) driftWarnings(content, options.bundled, `"${options.bundled.locale}"`, [], warn);
  return warnings;
}
