/**
 * az-cancel-guide: importing this module defines all three elements.
 * Import `az-cancel-guide/az-cancel-methods.js` (etc.) to define just one.
 */
export { AzCancelGuide } from './components/guide/az-cancel-guide-define.js';
export { AzCancelMethods } from './components/methods/az-cancel-methods-define.js';
export { AzCancelChecklist } from './components/checklist/az-cancel-checklist-define.js';
export type { ChecklistSelection } from './components/checklist/az-cancel-checklist.js';
export type * from './data/guide-types.js';
export type * from './events.js';
export { AVAILABLE_LOCALES, DEFAULT_LOCALE } from './data/locales.js';
export { validateGuide, type GuideValidation } from './lib/validate-guide.js';
export { renderStaticHtml, type StaticHtmlOptions } from './static/render-static-html.js';
