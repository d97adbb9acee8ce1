import { css } from '../../styles/css.js';

export const methodsStyles = css`
  :host {
    --_tab-text: var(--az-tab-text, var(--_muted));
    --_tab-indicator: var(--az-tab-indicator, var(--_accent));
  }

  /* One row of tabs that never wraps; in a narrow container, a stacked list of the same tabs. */
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }

  [role='tab'] {
    flex: 1 1 auto;
    white-space: nowrap;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 0;
    border-block-end: 0.1875rem solid transparent;
    background: transparent;
    color: var(--_tab-text);
    font-weight: 600;
    text-align: center;
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_tab-indicator);
  }

  /* In a row of tabs the status tag sits under the name, so three tagged tabs still fit one row. */
  [role='tab'] .tag {
    display: table;
    margin: 0.125rem auto 0;
  }

  @container (max-width: 30rem) {
    [role='tablist'] {
      flex-direction: column;
      border: 0;
    }

    [role='tab'] {
      padding-inline: 0.75rem;
      border: 1px solid var(--_border);
      border-inline-start-width: 0.25rem;
      border-radius: var(--_radius);
      text-align: start;
      white-space: normal;
    }

    [role='tab'][aria-selected='true'] {
      border-color: var(--_tab-indicator);
    }

    /* Stacked, the tag follows the name on its line. */
    [role='tab'] .tag {
      display: inline-block;
      margin: 0;
      margin-inline-start: 0.375em;
    }
  }

  [role='tab']:focus-visible {
    outline-offset: -0.1875rem;
  }

  /* Aligned with the section's edge. */
  [role='tabpanel'] {
    padding-block: 0.25rem 0.5rem;
  }

  [role='tabpanel'] > :first-child {
    margin-block-start: 0.75rem;
  }

  /* hidden="until-found" keeps an empty box (content-visibility: hidden) for find-in-page to reach: no padding on it. */
  [role='tabpanel'][hidden] {
    padding: 0;
  }

  ol,
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  /* The article's steps: a plain numbered list, not a stepper (they are not an official procedure). */
  .steps > li {
    padding-inline-start: 0.25em;
  }

  .steps > li + li {
    margin-block-start: 0.5em;
  }

  /* A government site is the step's action, as a button; any other site stays a plain link. */
  [part~='official-link'],
  .chip {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font-weight: 600;
    text-align: start;
    text-decoration: none;
  }

  [part~='official-link'] {
    color: var(--_accent);
  }

  .chip {
    border-style: dashed;
    border-color: var(--_border);
  }

  .chip strong {
    color: var(--_accent);
    font-size: 0.875em;
  }

  .preview {
    margin: 0.5rem 0 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  pre {
    margin: 0.25rem 0 0;
    font: inherit;
    font-size: 0.9375em;
    white-space: pre-wrap;
  }

  mark {
    padding-inline: 0.15em;
    border-radius: 0.2em;
    background: var(--_note-background);
    color: inherit;
    box-shadow: inset 0 -2px var(--_note-accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* Stays rendered while empty: a live region that appears with its text is often not announced. */
  .status:empty {
    margin: 0;
  }

  .status {
    margin-block: 0.5rem;
    color: var(--_text);
  }
`;
