import { safeParse } from 'valibot';
import { GuideSchema } from '../data/guide-model.js';
import type { GuideContent } from '../data/guide-types.js';

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
  return (
    '$' +
    keys
      .map((key) =>
        typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
      )
      .join('')
  );
}

/**
 * Checks guide content against the content model (`data/guide-model.ts`, with Valibot's own
 * parser). Returns the content, or every problem, the first one also as `error`
 * (`$.methods.items[1].steps: expected a non-empty list`).
 */
export function validateGuide(value: unknown): GuideValidation {
  const result = safeParse(GuideSchema, value);
  if (result.success) return { ok: true, data: value as GuideContent };
  const problems = result.issues.map(({ path, message }) => {
    const keys = (path ?? []).map((item) => item.key as string | number);
    return { path: formatPath(keys), keys, message };
  });
  return { ok: false, error: `${problems[0]!.path}: ${problems[0]!.message}`, problems };
}
