import { css } from 'lit';

export const methodsStyles = css`
  :host {
    --_tab-text: var(--az-tab-text, var(--_muted));
    --_tab-indicator: var(--az-tab-indicator, var(--_accent));
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }

  [role='tab'] {
    flex: 0 1 auto;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 0;
    border-block-end: 0.1875rem solid transparent;
    background: transparent;
    color: var(--_tab-text);
    font-weight: 600;
    text-align: center;
    transition: color 0.15s, border-color 0.15s;
  }

  [role='tab']:hover {
    color: var(--_text);
    border-block-end-color: var(--_border);
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_tab-indicator);
  }

  [role='tab']:focus-visible {
    outline-offset: -0.1875rem;
  }

  [role='tabpanel'] {
    padding: 0.25rem 0.25rem 0.5rem;
  }

  [role='tabpanel'] > :first-child {
    margin-block-start: 0.75rem;
  }

  [role='tabpanel'][hidden] {
    display: none;
  }

  ol,
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  .site a {
    overflow-wrap: anywhere;
  }

  dl {
    margin: 0 0 1em;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.5em;
  }

  dd ul {
    margin: 0;
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

  textarea {
    display: block;
    inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    [role='tab'] {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-block-end-color: ButtonFace;
    }

    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }

  @media print {
    [role='tablist'],
    .actions,
    .status,
    textarea {
      display: none;
    }

    [role='tabpanel'],
    [role='tabpanel'][hidden] {
      display: block;
      padding: 0;
    }
  }
`;
