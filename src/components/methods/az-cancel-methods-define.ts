import { AzCancelMethods } from './az-cancel-methods.js';

// Guarded so that including the script twice (or two builds on one page) never throws.
if (!customElements.get('az-cancel-methods')) customElements.define('az-cancel-methods', AzCancelMethods);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-methods': AzCancelMethods;
  }
}

export { AzCancelMethods };
