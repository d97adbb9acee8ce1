import { css } from '../../styles/css.js';

export const checklistStyles = css`
  /* "What to bring" sits inside a step: a sub-heading, not a section. */
  :host([list='bring']) [part='heading'] {
    font-size: var(--az-subheading-size, 1.0625em);
  }

  .list + .list {
    margin-block-start: calc(var(--_space) * 2);
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The whole row is the tick's target (label::before covers it), at least 44 px tall. */
  li {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: start;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }

  input[type='checkbox'] {
    inline-size: 2rem;
    block-size: 2rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  label {
    padding-block-start: 0.25rem;
    font-weight: 600;
    cursor: pointer;
  }

  label::before {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* Links in a note stay clickable above the row's target. */
  .note a {
    position: relative;
  }

  [part='description'],
  .note {
    grid-column: 2;
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block: 0.5rem;
  }

  /* The platform's bar in the accent colour (forced colours get the system's); none before the first tick, so it never reads as a rule. */
  progress {
    flex: 1 1 8rem;
    max-inline-size: 16rem;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }

  progress:not([value]),
  progress[value='0'] {
    visibility: hidden;
  }

  [part='progress-text'] {
    font-weight: 600;
  }
`;
