import { css } from './css.js';

/**
 * Design tokens shared by every element. Public `--az-*` properties are read
 * through private `--_*` ones, so a page can set them on any ancestor.
 */
export const sharedStyles = css`
  /*
   * light-dark() follows color-scheme. Without a theme attribute it is the page's (inherited; light where the page
   * declares none) and the background stays the page's. With a theme the element paints its own surface.
   * The size is a container: layouts follow the element's width, not the viewport's.
   */
  :host {
    container-type: inline-size;
    --_accent: var(--az-accent, light-dark(#0b57d0, #a8c7fa));
    --_text: var(--az-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--az-muted, light-dark(#57606a, #9da7b1));
    --_surface: var(--az-surface, light-dark(#ffffff, #0d1117));
    --_border: var(--az-border, light-dark(#c4ccd4, #3d444d));
    --_radius: var(--az-radius, 0.5rem);
    --_focus-ring: var(--az-focus-ring, light-dark(#0b57d0, #a8c7fa));
    --_focus-halo: var(--az-focus-halo, var(--_surface));
    --_note-accent: var(--az-note-accent, light-dark(#7a4d00, #f2c36b));
    --_note-background: var(--az-note-background, light-dark(#fdf6e7, #272011));
    /* One spacing step; the guide's gaps are its multiples. */
    --_space: var(--az-space, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--az-font-family, inherit);
    font-size: var(--az-font-size, 1em);
    line-height: 1.6;
    text-align: start;
    /* No word or CJK character left alone on a line (inherited by all the text). */
    text-wrap: pretty;
    /* A word longer than the line (a long compound, a URL) breaks rather than widen the page. */
    overflow-wrap: anywhere;
  }

  :host([theme]) {
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* Not inherited from the host: a page may force content-box on every element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Sized by role, not by tag: the same sizes at every heading-level. */
  h1, h2, h3, h4, h5, h6 {
    margin: 1.5em 0 0.5em;
    line-height: 1.3;
    font-family: var(--az-heading-font, inherit);
    font-weight: 700;
    font-size: var(--az-section-size, 1.375em);
    text-wrap: balance;
  }

  /* Chinese headings break at punctuation, not inside a word (旅/游); anywhere only if they must (the host's overflow-wrap). */
  :is(h1, h2, h3, h4, h5, h6):lang(zh) {
    word-break: keep-all;
  }

  [part='title'] {
    font-size: var(--az-title-size, 1.75em);
  }

  [part='panel-heading'] {
    font-size: var(--az-method-size, 1.1875em);
  }

  [part='bring-heading'] {
    font-size: var(--az-subheading-size, 1.0625em);
  }

  p {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  /* Buttons and button-like links (copy template, open in mail app, clear ticks). */
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }

  /* Two colours, as GOV.UK's: the ring and a halo between it and the control, visible on any background. */
  :focus-visible {
    outline: 0.1875rem solid var(--_focus-ring);
    outline-offset: 0.125rem;
    box-shadow: 0 0 0 0.125rem var(--_focus-halo);
  }

  /*
   * Notes: what official sources do or do not confirm, next to what they qualify. Inline text with a
   * label, not a box: boxes are kept for what changes what the traveller does (the warning).
   */
  .note {
    margin-block: 0.375rem 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_note-accent);
  }

  .note-label {
    display: block;
    color: var(--_note-accent);
    font-size: 0.875em;
  }

  /* A status in text ("Unconfirmed"): one motif, one meaning. */
  .tag {
    display: inline-block;
    margin-inline-start: 0.375em;
    padding: 0 0.4em;
    border-radius: 0.25em;
    background: var(--_note-background);
    color: var(--_note-accent);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1.6;
    vertical-align: 0.1em;
    white-space: nowrap;
  }

  /* Inside a shadow root no page style reaches it: no margin, padding or border to undo. */
  .visually-hidden,
  :host([hide-title]) [part='title'] {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
