import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideLink, GuideNote, GuideUiStrings } from '../../data/guide-types.js';
import type { TextBlocks } from '../../lib/guide-outline.js';
import { safeHref } from '../../lib/safe-url.js';

/**
 * A link from content that opens in a new tab, saying so to screen readers; plain text when its
 * URL is not allowed. `part` names it for theming. `dir="auto"` isolates its text: a Latin label
 * after a right-to-left sentence keeps the sentence's punctuation on the sentence's side.
 */
export function externalLink(link: GuideLink, ui: GuideUiStrings, part?: string): unknown {
  const href = safeHref(link.href);
  return href
    ? html`<a part=${ifDefined(part)} href=${href} target="_blank" rel="noopener noreferrer" dir="auto"
        >${link.label}<span class="visually-hidden"> ${ui.opensInNewTab}</span></a
      >`
    : link.label;
}

/**
 * A note as a callout: a visible label ("Note"), its text and its link. `role="note"` and the
 * label tell screen readers it is an aside to what precedes it.
 */
export function renderNote(note: GuideNote | undefined, ui: GuideUiStrings): TemplateResult | typeof nothing {
  if (!note) return nothing;
  return html`<div part="note" class="note" role="note">
    <strong class="note-label">${ui.note}</strong>
    ${note.text} ${note.link ? externalLink(note.link, ui) : nothing}
  </div>`;
}

/** The text blocks of the outline, as every element shows them. `reviewed`: the filled "last reviewed" line. */
export const textBlocks = (ui: GuideUiStrings, reviewed?: string): TextBlocks<unknown> => ({
  paragraphs: (texts) => texts.map((text) => html`<p>${text}</p>`),
  strong: (text) => html`<p><strong>${text}</strong></p>`,
  points: (texts) => html`<ul>
    ${texts.map((point) => html`<li>${point}</li>`)}
  </ul>`,
  links: (links) => html`<ul class="links">
    ${links.map((link) => html`<li>${externalLink(link, ui)}</li>`)}
  </ul>`,
  note: (note) => renderNote(note, ui),
  reviewed: () => html`<p class="reviewed">${reviewed}</p>`,
});
