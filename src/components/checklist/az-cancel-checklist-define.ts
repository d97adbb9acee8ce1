import { defineElement } from '../../lib/define-element.js';
import { AzCancelChecklist } from './az-cancel-checklist.js';

defineElement('az-cancel-checklist', AzCancelChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-checklist': AzCancelChecklist;
  }
}

export { AzCancelChecklist };
