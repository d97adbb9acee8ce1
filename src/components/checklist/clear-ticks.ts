import type { html as litHtml, nothing as litNothing } from 'lit';
import type { ChecklistId, GuideUiStrings } from '../../data/guide-types.js';

/**
 * "Clear ticks" and its confirmation: a chunk of its own, which a checklist loads once something is ticked
 * (the only time the button shows), so the first render of every page carries none of it. It renders with its
 * checklist's Lit, handed in (`ClearTicksHost.lit`): the classic script loads this file from beside itself, and
 * a copy of Lit of its own would weigh more than the rest of it.
 */

/** What "Clear ticks" reads and sets on its checklist. */
export interface ClearTicksHost extends HTMLElement {
  /** The list whose "Clear ticks" waits for confirmation. */
  confirming?: ChecklistId;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** Unticks every item of `list` (and its saved copy), with an event. */
  clearList(list: ChecklistId): void;
}

/** The Lit the checklist renders with. */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/** The quiet "Clear ticks" of `list` while something in it is ticked (`done`), or its confirmation once asked. */
export function renderClearTicks(
  { html, nothing }: Lit,
  host: ClearTicksHost,
  list: ChecklistId,
  ui: GuideUiStrings,
  done: number,
): unknown {
  if (host.confirming === list) {
    return html`<div
      part="confirm"
      class="confirm"
      role="group"
      aria-labelledby="confirm-${list}"
      @keydown=${(event: KeyboardEvent) => cancelOnEscape(host, event, list)}
    >
      <p id="confirm-${list}">${ui.resetConfirm}</p>
      <button
        type="button"
        class="button danger"
        data-action="confirm-reset"
        @click=${() => {
          host.clearList(list);
          void endConfirm(host, list);
        }}
      >
        ${ui.reset}
      </button>
      <button type="button" class="button" data-action="cancel-reset" @click=${() => endConfirm(host, list)}>
        ${ui.resetNo}
      </button>
    </div>`;
  }
  return done
    ? html`<button type="button" part="reset" class="reset" data-action="reset" @click=${() => askReset(host, list)}>
        ${ui.reset}
      </button>`
    : nothing;
}

async function askReset(host: ClearTicksHost, list: ChecklistId): Promise<void> {
  host.confirming = list;
  await host.updateComplete;
  // Focus the harmless choice first, as an alert dialog would.
  host.renderRoot.querySelector<HTMLElement>(`[data-list="${list}"] [data-action="cancel-reset"]`)?.focus();
}

/** Escape answers "no", as in a dialog; the page's own Escape handling (closing its dialog) does not run as well. */
function cancelOnEscape(host: ClearTicksHost, event: KeyboardEvent, list: ChecklistId): void {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  void endConfirm(host, list);
}

async function endConfirm(host: ClearTicksHost, list: ChecklistId): Promise<void> {
  host.confirming = undefined;
  await host.updateComplete;
  // Back on "Clear ticks"; after clearing it is gone (nothing is ticked), so on the list's first box.
  const section = host.renderRoot.querySelector(`[data-list="${list}"]`);
  (section?.querySelector<HTMLElement>('[data-action="reset"]') ?? section?.querySelector('input'))?.focus();
}
