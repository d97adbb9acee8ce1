/** Clamps a `heading-level` attribute value to 1..6 (2 when it is not a number). No Lit, no DOM: the static renderer uses it too. */
export function clampHeadingLevel(level: unknown): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n !== 0 ? Math.min(6, Math.max(1, n)) : 2;
}
