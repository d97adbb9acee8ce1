import { AzCancelGuide } from './az-cancel-guide.js'; // which defines the inner elements first
import { canDefine } from '../../lib/define-element.js';

// Guarded so that including the script twice (or two builds on one page) never throws; see canDefine.
if (canDefine('az-cancel-guide')) customElements.define('az-cancel-guide', AzCancelGuide);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-guide': AzCancelGuide;
  }
}

export { AzCancelGuide };
