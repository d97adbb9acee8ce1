import type { GuideContent } from '../data/guide-types.js';
import { GUIDE_RULES } from './guide-rules.generated.js';
import { isAllowedUrl } from './safe-url.js';
import { duplicateIds } from './unique-ids.js';

/**
 * The rules of the content model, compiled from its one definition (`data/guide-model.ts`) by
 * `scripts/generate.mjs`. Interpreting them here costs a fraction of shipping Valibot, and
 * `test/node/schema.test.mjs` proves that the verdicts and messages are Valibot's own.
 */
export type Check =
  | { re: string; f?: string; m: string } // regex
  | { max: number; m: string } // max length
  | { nonEmpty: 1; m: string }
  | { url: 1; m: string } // isAllowedUrl: the renderers' URL check
  | { ids: 1 }; // unique ids across the whole guide

export type Rule = (
  | { t: 'string' | 'boolean'; m: string }
  | { t: 'picklist'; m: string; o: readonly string[] }
  | { t: 'literal'; m: string; v: unknown }
  | { t: 'optional'; w: Rule }
  | { t: 'array'; m: string; i: Rule }
  /** Messages: not an object, a missing key, an unexpected key. */
  | { t: 'object'; m: Messages; e: Readonly<Record<string, Rule>> }
  /** Messages: not an object, a missing discriminator, an unknown one. */
  | { t: 'variant'; m: Messages; k: string; o: readonly Extract<Rule, { t: 'object' }>[] }
) & { c?: readonly Check[] };

type Messages = readonly [string, string, string];

/** One problem in guide content: where (`$.methods.items[1].steps`) and what. */
export interface GuideProblem {
  path: string;
  /** The same path as keys, for tools that locate it in a file. */
  keys: (string | number)[];
  message: string;
}

export type GuideValidation = { ok: true; data: GuideContent } | { ok: false; error: string; problems: GuideProblem[] };

/** `$.methods.items[1].steps`. */
export function formatPath(keys: readonly (string | number)[]): string {
  return '$' + keys.map((key) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)).join('');
}

type Keys = (string | number)[];

/** The rule's message when `value` is not of its type, else undefined. */
function typeProblem(rule: Exclude<Rule, { t: 'optional' | 'variant' }>, value: unknown): string | undefined {
  switch (rule.t) {
    case 'string':
    case 'boolean':
      return typeof value === rule.t ? undefined : rule.m;
    case 'picklist':
      return rule.o.includes(value as string) ? undefined : rule.m;
    case 'literal':
      return value === rule.v ? undefined : rule.m;
    case 'array':
      return Array.isArray(value) ? undefined : rule.m;
    case 'object':
      return typeof value === 'object' && value !== null ? undefined : rule.m[0];
  }
}

class Validation {
  readonly problems: GuideProblem[] = [];
  /** False once the value's shape is wrong (not just a value out of range): ids can then not be compared. */
  typed = true;

  fail(keys: Keys, message: string, shape = true): void {
    this.problems.push({ path: formatPath(keys), keys, message });
    if (shape) this.typed = false;
  }

  check(rule: Rule, value: unknown, keys: Keys): void {
    if (rule.t === 'optional') {
      if (value !== undefined) this.check(rule.w, value, keys);
    } else if (rule.t === 'variant') {
      this.#checkVariant(rule, value, keys);
    } else {
      const wrongType = typeProblem(rule, value);
      if (wrongType !== undefined) {
        this.fail(keys, wrongType);
        return;
      }
      if (rule.t === 'array') (value as unknown[]).forEach((item, index) => this.check(rule.i, item, [...keys, index]));
      if (rule.t === 'object') this.#checkEntries(rule, value as Record<string, unknown>, keys);
      for (const check of rule.c ?? []) this.#apply(check, value, keys);
    }
  }

  /** Known entries in the model's order, then the first unexpected key (as Valibot reports them). */
  #checkEntries(rule: Extract<Rule, { t: 'object' }>, record: Record<string, unknown>, keys: Keys): void {
    for (const [key, entry] of Object.entries(rule.e)) {
      if (Object.hasOwn(record, key)) this.check(entry, record[key], [...keys, key]);
      else if (entry.t !== 'optional') this.fail([...keys, key], rule.m[1]);
    }
    const unexpected = Object.keys(record).find((key) => !Object.hasOwn(rule.e, key));
    if (unexpected !== undefined) this.fail([...keys, unexpected], rule.m[2]);
  }

  /** The option whose discriminator (`kind`) matches, or a problem at the discriminator. */
  #checkVariant(rule: Extract<Rule, { t: 'variant' }>, value: unknown, keys: Keys): void {
    if (typeof value !== 'object' || value === null) {
      this.fail(keys, rule.m[0]);
      return;
    }
    const tag = (value as Record<string, unknown>)[rule.k];
    const option = rule.o.find((candidate) => (candidate.e[rule.k] as { v: unknown }).v === tag);
    if (option) this.check(option, value, keys);
    else this.fail([...keys, rule.k], tag === undefined ? rule.m[1] : rule.m[2]);
  }

  #apply(check: Check, value: unknown, keys: Keys): void {
    if ('ids' in check) {
      if (this.typed) for (const repeat of duplicateIds(value as GuideContent)) this.fail([...keys, ...repeat.keys], repeat.message, false);
      return;
    }
    const text = value as string; // strings and arrays: both have a length
    const passes =
      're' in check
        ? new RegExp(check.re, check.f).test(text)
        : 'max' in check
          ? text.length <= check.max
          : 'nonEmpty' in check
            ? text.length > 0
            : isAllowedUrl(text);
    if (!passes) this.fail(keys, check.m, false);
  }
}

/**
 * Checks guide content against the content model. Returns the content, or every problem, the
 * first one also as `error` (`$.methods.items[1].steps: expected a non-empty list`).
 */
export function validateGuide(value: unknown): GuideValidation {
  const validation = new Validation();
  validation.check(GUIDE_RULES, value, []);
  const [first] = validation.problems;
  return first
    ? { ok: false, error: `${first.path}: ${first.message}`, problems: validation.problems }
    : { ok: true, data: value as GuideContent };
}
