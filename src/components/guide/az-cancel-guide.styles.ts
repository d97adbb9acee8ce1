import { css } from 'lit';

export const guideStyles = css`
  :host {
    --_notice-background: var(--az-notice-background, light-dark(#fff8e1, #2b2411));
  }

  article > :first-child {
    margin-block-start: 0;
  }

  .notice {
    margin-block: 1rem 1.5rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_notice-background);
  }

  .notice ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }

  .notice a {
    overflow-wrap: anywhere;
  }

  .reviewed {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  az-cancel-checklist,
  .methods {
    margin-block: 1.5rem;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_notice-background: var(--az-notice-background, #fff8e1);
    }
  }

  @media print {
    .notice {
      border: 1px solid;
      background: none;
    }
  }
`;
