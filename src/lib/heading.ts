import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clampHeadingLevel } from './heading-level.js';

/**
 * A real heading element (`h1`..`h6`) at `level`, so the widget fits the host page's outline.
 * Levels past 6 stay `h6`. (Six plain templates cost fewer bytes than lit/static-html.)
 */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
