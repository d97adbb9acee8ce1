import { css } from '../../styles/css.js';

export const guideStyles = css`
  :host {
    --_notice-background: var(--az-notice-background, light-dark(#f3f5f7, #161b22));
  }

  article > :first-child {
    margin-block-start: 0;
  }

  /* A jump to a section or a method (find-in-page, a hash) clears the page's sticky header. */
  section,
  az-cancel-methods {
    scroll-margin-block-start: var(--az-scroll-margin, 0px);
  }

  /* The answer: bold, plain words, with a thick bar in the text colour (GOV.UK's inset for what matters most). */
  .answer {
    margin-block: var(--_space) calc(var(--_space) * 1.5);
    padding-inline-start: var(--_space);
    border-inline-start: 0.3125rem solid currentColor;
  }

  .answer-text {
    margin-block-end: 0.5rem;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.45;
  }

  .source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* The one warning: a "!" in a circle and bold text (GOV.UK's warning text). */
  .warning {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    margin-block: calc(var(--_space) * 1.5);
  }

  .warning-icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1;
  }

  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .cases p {
    margin: 0;
  }

  /* What official sources say: a quiet panel of facts and links. */
  .notice {
    margin-block: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_notice-background);
  }

  .reviewed {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .about {
    margin-block: calc(var(--_space) * 0.5) var(--_space);
  }

  summary {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  /* The headings space these parts: no margins of their own to add up (they cannot collapse across a shadow root). */
  az-cancel-checklist,
  .methods {
    margin-block: 0;
  }

  .full-guide {
    margin-block: 0.75rem 0;
    font-weight: 600;
  }

  /* A sidebar summary: the same parts, set smaller, so that it stays short beside an article. */
  :host([variant='compact']) {
    font-size: var(--az-font-size, 0.875em);
  }

  :host([variant='compact']) [part='title'] {
    margin-block-end: 0.25rem;
    font-size: var(--az-title-size, 1.0625em);
    line-height: 1.35;
  }

  :host([variant='compact']) .answer {
    margin-block: 0.5rem 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start-width: 0.25rem;
  }

  :host([variant='compact']) .answer-text {
    margin-block-end: 0.25rem;
    font-size: 1.0625em;
  }

  :host([variant='compact']) :is(.source, .warning) {
    font-size: 0.875em;
    line-height: 1.45;
  }

  :host([variant='compact']) .warning {
    gap: 0.5rem;
    margin-block: 0.75rem;
  }

  :host([variant='compact']) .warning-icon {
    font-size: 1rem;
  }
`;
