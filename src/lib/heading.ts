import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a `heading-level` attribute value to 1..6 (2 when it is not a number). */
export function clampHeadingLevel(level: unknown): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n !== 0 ? Math.min(6, Math.max(1, n)) : 2;
}

/**
 * A real heading element (`h1`..`h6`) at `level`, so the widget fits the host page's outline.
 * Levels past 6 stay `h6`. (Six plain templates cost fewer bytes than lit/static-html.)
 */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const idAttribute = id ?? nothing;
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${idAttribute}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${idAttribute}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${idAttribute}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${idAttribute}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${idAttribute}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${idAttribute}>${content}</h6>`;
  }
}
