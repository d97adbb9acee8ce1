/** Tagged `css` so that the build minifies it (as Lit's own `css`), but a plain string: the chunk needs no Lit. */
const css = String.raw;

/**
 * What the elements need only for print, in forced colours (Windows high contrast) or after the reader acted
 * (hover, the "Clear ticks" confirmation), kept out of the entry: a chunk loaded as each element connects
 * (`GuideContentElement`), long before anyone prints or clicks. Until it arrives the browser's own forced colours apply.
 */
const shared = css`
  @media (hover: hover) {
    .button:hover {
      background: var(--_accent);
      color: var(--_surface);
    }
  }


  /* Windows high contrast: system colours, and controls keep visible edges. */
  @media (forced-colors: active) {
    button,
    .button {
      border: 1px solid ButtonText;
    }

    .note {
      border-color: CanvasText;
    }

    .note-label,
    .tag {
      color: CanvasText;
    }

    .tag {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .note {
      break-inside: avoid;
    }

    /* Paper has no links: print their addresses. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

/** By the element's tag name. */
const byElement: Record<string, string> = {
  'az-cancel-guide': css`
  @media (forced-colors: active) {
    .warning-icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }

    .notice {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .notice {
      border: 1px solid;
      background: none;
    }

    /* Paper drops backgrounds: a ring and the "!" in the text colour. */
    .warning-icon {
      border: 2px solid;
      background: none;
      color: inherit;
    }

    /* The disclosure prints open even when closed (no script: every engine has ::details-content). */
    .about::details-content {
      content-visibility: visible;
    }
  }
  `,
  'az-cancel-methods': css`
  /* An unselected tab under the pointer; the selected one keeps its indicator. */
  @media (hover: hover) {
    [role='tab']:not([aria-selected='true']):hover {
      color: var(--_text);
      border-block-end-color: var(--_border);
    }
  }

  /* System colours at the specificity of the rules they replace: the selected tab is Highlight. */
  @media (forced-colors: active) {
    [role='tab'] {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-block-end-color: ButtonFace;
    }

    [role='tab'][aria-selected='true'] {
      color: HighlightText;
      background: Highlight;
      border-block-end-color: Highlight;
    }

    [role='tab'] .tag {
      background: Canvas;
      color: CanvasText;
    }

    /* Stacked, each tab is a box: all its edges in ButtonText. */
    @container (max-width: 30rem) {
      [role='tab'] {
        border-color: ButtonText;
      }
    }
  }

  @media print {
    [role='tablist'],
    .actions,
    .chip strong,
    .status {
      display: none;
    }

    /* Every method, each visibly apart. */
    [role='tabpanel'],
    [role='tabpanel'][hidden] {
      display: block;
      content-visibility: visible;
      margin-block-start: 1.5rem;
      padding: 0.75rem 0 0;
      border-block-start: 2px solid;
    }

    .steps > li {
      break-inside: avoid;
    }

    .tag {
      border: 1px solid;
    }
  }
  `,
  'az-cancel-checklist': css`
  /* Ticked (after a click, or once saved ticks are restored): the label steps back; the description folds to one line, whole again on hover or focus. */
  li:has(:checked) label {
    color: var(--_muted);
    text-decoration: line-through;
  }

  li:has(:checked):not(:hover, :focus-within) [part='description'] {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 1;
  }

  /* Shown once something is ticked: the completion line, and "Clear ticks", a quiet action (text, not a second primary button). */
  .done {
    margin-block: 0.75rem 0;
    font-weight: 600;
  }

  .reset {
    min-block-size: 2.75rem;
    margin-block-start: 0.25rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_muted);
    text-decoration: underline;
  }

  /* "Clear ticks?": shown only after a click. */
  .danger {
    border-color: light-dark(#b3261e, #f2b8b5);
    background: light-dark(#b3261e, #f2b8b5);
    color: light-dark(#fff, #601410);
  }

  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .confirm p {
    flex: 1 0 100%;
    margin: 0;
    font-weight: 600;
  }

  @media print {
    .button,
    .reset,
    .confirm,
    progress {
      display: none;
    }

    input[type='checkbox'] {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    li {
      break-inside: avoid;
    }
  }
  `,
};

/**
 * Adds the deferred styles to `element`'s shadow root, made by the document it is in (constructed
 * stylesheets belong to one document; see adopt-styles.ts).
 */
export function adoptDeferredStyles(element: Element): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView;
  if (!root || !view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(shared + (byElement[element.localName] ?? ''));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
