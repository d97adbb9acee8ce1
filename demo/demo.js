// demo/index.html, "on your site": the demo's controls set the guides on a made-up travel blog live,
// and the embed code below them is always what the controls show (demo/snippet.js).
import { AVAILABLE_LOCALES } from '../dist/cdn/az-cancel-guide.js';
import { DEFAULT_ACCENT, DEFAULTS, embedSnippet, guideAttributes } from './snippet.js';

const $ = (id) => document.getElementById(id);
const form = $('demo-controls');
const controls = {
  lang: $('lang'),
  variant: $('variant'),
  theme: $('theme'),
  headingLevel: $('heading-level'),
  accent: $('accent'),
  darkSite: $('dark-site'),
};
const mainGuide = $('guide');
const sidebarGuide = $('sidebar-guide');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const compactHint = $('compact-hint');

// One option per locale the script ships, named in its own language.
for (const locale of AVAILABLE_LOCALES) {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  const option = new Option(`${name} (${locale})`, locale, locale === DEFAULTS.lang);
  option.lang = locale;
  controls.lang.append(option);
}

/** The attributes the controls manage on a guide. */
const MANAGED = ['lang', 'variant', 'theme', 'heading-level'];

/** The controls as a state for embedSnippet(); an accent the same as the default counts as none. */
function currentState() {
  const accent = controls.accent.value.toLowerCase();
  return {
    lang: controls.lang.value || DEFAULTS.lang,
    variant: controls.variant.value,
    theme: controls.theme.value,
    headingLevel: Number(controls.headingLevel.value),
    accent: accent === DEFAULT_ACCENT ? '' : accent,
  };
}

/**
 * Sets exactly `attributes` (of those in `managed`, and `style`) on `guide`, leaving the others alone.
 * The accent is the style attribute as the snippet writes it: the guides have no other inline style.
 */
function applyAttributes(guide, attributes, managed) {
  const wanted = new Map(attributes);
  for (const name of [...managed, 'style']) {
    const value = wanted.get(name);
    if (value === undefined) guide.removeAttribute(name);
    else if (guide.getAttribute(name) !== value) guide.setAttribute(name, value);
  }
}

function update() {
  const state = currentState();
  const attributes = guideAttributes(state);
  applyAttributes(mainGuide, attributes, MANAGED);
  // The sidebar keeps its own variant and heading level; it follows the language, theme and accent.
  applyAttributes(
    sidebarGuide,
    attributes.filter(([name]) => name === 'lang' || name === 'theme' || name === 'style'),
    ['lang', 'theme'],
  );
  document.documentElement.toggleAttribute('data-dark-site', controls.darkSite.checked);
  snippet.textContent = embedSnippet(state);
  compactHint.hidden = state.variant !== 'compact';
  copyStatus.textContent = '';
  // The language stays in the address (?lang=ru), so a reload or a shared link shows it.
  const params = new URLSearchParams(location.search);
  if (state.lang === DEFAULTS.lang) params.delete('lang');
  else params.set('lang', state.lang);
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
$('accent-default').addEventListener('click', () => {
  controls.accent.value = DEFAULT_ACCENT;
  update();
});
form.addEventListener('reset', () => {
  // The form's own reset puts the controls back after this event; update once it has.
  setTimeout(update);
});

copyButton.addEventListener('click', async () => {
  const text = snippet.textContent;
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied the embed code.';
  } catch {
    getSelection()?.selectAllChildren(snippet);
    copyStatus.textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

// A language in the address (?lang=ru) starts the demo in it.
const requested = new URLSearchParams(location.search).get('lang');
controls.lang.value = AVAILABLE_LOCALES.includes(requested) ? requested : DEFAULTS.lang;
update();
document.documentElement.dataset.ready = '';

document.addEventListener('az-method-change', (event) => console.info('az-method-change', event.detail));
document.addEventListener('az-checklist-change', (event) => console.info('az-checklist-change', event.detail));
