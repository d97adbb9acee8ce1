/**
 * What only some pages use, as one module: the checklist's `persist` controller and its "Clear ticks", the methods'
 * `sync-hash` controller, and the styles of an element moved into another document. The ES module
 * build loads each on demand as a small chunk of its own; the classic script loads this file from beside itself.
 */
export { PersistedTicks } from './components/checklist/persisted-ticks.js';
export { renderClearTicks } from './components/checklist/clear-ticks.js';
export { HashSync } from './components/methods/hash-sync.js';
export { adoptStylesHere } from './components/shared/adopt-styles.js';
