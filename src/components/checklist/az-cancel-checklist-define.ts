import { AzCancelChecklist } from './az-cancel-checklist.js';

// Guarded so that including the script twice (or two builds on one page) never throws.
if (!customElements.get('az-cancel-checklist')) customElements.define('az-cancel-checklist', AzCancelChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-checklist': AzCancelChecklist;
  }
}

export { AzCancelChecklist };
