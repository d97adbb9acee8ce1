import { warnOnce } from './warn.js';

/**
 * Clamps a `heading-level` value to 1..6: rounded, past 6 stays 6, below 1 becomes 1; `fallback`
 * when it is no number (or 0, which is what an empty attribute reads as). No Lit, no DOM: the
 * static renderer uses it too.
 */
export function clampHeadingLevel(level: unknown, fallback = 2): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n !== 0 ? Math.min(6, Math.max(1, n)) : fallback;
}

/** An element's `heading-level` as 1..6 (see `clampHeadingLevel`), with one warning for a value that is not. */
export function headingLevelOf(level: number, fallback: number): number {
  const clamped = clampHeadingLevel(level, fallback);
  // null or undefined: unset (a removed attribute reads as null), which means the default.
  if (clamped !== (level ?? clamped)) warnOnce(`invalid heading-level "${level}"; using ${clamped}.`);
  return clamped;
}
