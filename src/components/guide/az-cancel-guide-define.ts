import '../checklist/az-cancel-checklist-define.js';
import '../methods/az-cancel-methods-define.js';
import { AzCancelGuide } from './az-cancel-guide.js';

// Guarded so that including the script twice (or two builds on one page) never throws.
if (!customElements.get('az-cancel-guide')) customElements.define('az-cancel-guide', AzCancelGuide);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-guide': AzCancelGuide;
  }
}

export { AzCancelGuide };
