import { css } from 'lit';

export const guideStyles = css`
  :host {
    --_notice-background: var(--az-notice-background, light-dark(#fff8e1, #2b2411));
  }

  article > :first-child {
    margin-block-start: 0;
  }

  /* At a glance: cards stacked in a narrow container, side by side from 36rem. */
  .glance > p {
    margin: 0 0 0.75rem;
    font-size: 1.0625em;
  }

  .cards {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 36rem) {
    .cards {
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
    }
  }

  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-content: start;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    text-align: start;
  }

  .card svg {
    grid-row: span 2;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .card strong {
    color: var(--_accent);
  }

  .card span {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  @media (hover: hover) {
    .card:hover {
      border-color: var(--_accent);
    }
  }

  .about {
    margin-block: 1rem;
  }

  summary {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
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

  @media print {
    .notice {
      border: 1px solid;
      background: none;
    }

    /* The introduction prints even when its disclosure is closed. */
    .about::details-content {
      content-visibility: visible;
    }
  }
`;
