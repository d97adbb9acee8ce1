import { defineElement } from '../../lib/define-element.js';
import { AzCancelMethods } from './az-cancel-methods.js';

defineElement('az-cancel-methods', AzCancelMethods);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-methods': AzCancelMethods;
  }
}

export { AzCancelMethods };
