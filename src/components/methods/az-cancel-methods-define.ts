import { AzCancelMethods } from './az-cancel-methods.js';
import { canDefine } from '../../lib/define-element.js';

// Guarded so that including the script twice (or two builds on one page) never throws; see canDefine.
if (canDefine('az-cancel-methods')) customElements.define('az-cancel-methods', AzCancelMethods);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-methods': AzCancelMethods;
  }
}

export { AzCancelMethods };
