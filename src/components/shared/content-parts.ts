import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideLink, GuideNote, GuideUiStrings } from '../../data/guide-types.js';
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
