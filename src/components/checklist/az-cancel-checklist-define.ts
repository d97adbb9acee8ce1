import { AzCancelChecklist } from './az-cancel-checklist.js';
import { canDefine } from '../../lib/define-element.js';

// Guarded so that including the script twice (or two builds on one page) never throws; see canDefine.
if (canDefine('az-cancel-checklist')) customElements.define('az-cancel-checklist', AzCancelChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-checklist': AzCancelChecklist;
  }
}

export { AzCancelChecklist };
