/**
 * Entry of the CDN builds: defines the three elements. Unlike `index.ts` it does not
 * re-export the validator, which stays a chunk loaded only when a page passes its own data.
 * `AVAILABLE_LOCALES` lists the bundled languages (e.g. for a language switcher).
 */
export { AzCancelGuide } from './components/guide/az-cancel-guide-define.js';
export { AzCancelMethods } from './components/methods/az-cancel-methods-define.js';
export { AzCancelChecklist } from './components/checklist/az-cancel-checklist-define.js';
export { AVAILABLE_LOCALES } from './data/locales.js';
