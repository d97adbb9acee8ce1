import { defineElement } from '../../lib/define-element.js';
import '../checklist/az-cancel-checklist-define.js';
import '../methods/az-cancel-methods-define.js';
import { AzCancelGuide } from './az-cancel-guide.js';

defineElement('az-cancel-guide', AzCancelGuide);

declare global {
  interface HTMLElementTagNameMap {
    'az-cancel-guide': AzCancelGuide;
  }
}

export { AzCancelGuide };
