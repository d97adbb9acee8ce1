// The embed code that demo/index.html offers to copy: the script tag and the element, with only the
// attributes that differ from the element's defaults (and `lang`, always). Pure (no DOM), so the page
// and test/browser/demo.test.ts use the very same function.

/** The module build on an npm CDN, at the version range the README documents (`az-cancel-guide@0.1`). */
export const SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/az-cancel-guide@0.1/dist/cdn/az-cancel-guide.js';

/** The accent the element uses on a light page when `--az-accent` is not set. */
export const DEFAULT_ACCENT = '#0b57d0';

/** What the demo's controls start from; everything but `lang` is the element's own default. */
export const DEFAULTS = Object.freeze({ lang: 'en', variant: 'full', theme: '', headingLevel: 2, accent: '' });

const THEMES = ['auto', 'light', 'dark'];

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A heading level as the element reads it (README › API): rounded, clamped to 1–6; 0, empty or not a number is 2. */
const headingLevel = (value) => {
  const level = Math.round(Number(value));
  if (value === '' || value === null || !Number.isFinite(level) || level === 0) return DEFAULTS.headingLevel;
  return Math.min(6, Math.max(1, level));
};

/**
 * The element's attributes for a state of the controls, in the snippet's order: `lang`, then
 * `variant`, `theme` and `heading-level` where they differ from the defaults, and
 * `style="--az-accent: …"` only when an accent was chosen.
 * @param {{ lang?: string, variant?: string, theme?: string, headingLevel?: number | string, accent?: string }} state
 * @returns {[string, string][]}
 */
export function guideAttributes(state) {
  const attributes = [['lang', state.lang || DEFAULTS.lang]];
  if (state.variant === 'compact') attributes.push(['variant', 'compact']);
  if (THEMES.includes(state.theme)) attributes.push(['theme', state.theme]);
  const level = headingLevel(state.headingLevel ?? DEFAULTS.headingLevel);
  if (level !== DEFAULTS.headingLevel) attributes.push(['heading-level', String(level)]);
  if (state.accent) attributes.push(['style', `--az-accent: ${state.accent}`]);
  return attributes;
}

/**
 * The code to paste into a page: the script tag, then the element.
 * @param {Parameters<typeof guideAttributes>[0]} state
 * @returns {string}
 */
export function embedSnippet(state) {
  const attributes = guideAttributes(state)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${SCRIPT_URL}"></script>\n\n<az-cancel-guide${attributes}></az-cancel-guide>`;
}
