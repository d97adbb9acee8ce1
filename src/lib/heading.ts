import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a `heading-level` attribute value to 1..6 (2 when it is not a number). */
export function clampHeadingLevel(level: unknown): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n !== 0 ? Math.min(6, Math.max(1, n)) : 2;
}

/**
 * A real heading element (`h1`..`h6`) at `level`, so the widget fits the host page's outline.
 * Levels past 6 stay `h6`.
 */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = HEADING_TAGS[clampHeadingLevel(level) - 1]!;
  return html`<${tag} part=${part} id=${id ?? nothing}>${content}</${tag}>`;
}
