// The content editor (demo/editor.html). Built from the package's own modules: the content model's
// JSON Schema for the form, its validator and warnings for the problems, the CDN element for the
// preview and the static renderer for the snippet. Nothing is sent anywhere; a draft is kept in
// localStorage only while "Keep my draft" is ticked.
import { AVAILABLE_LOCALES } from '../dist/cdn/az-cancel-guide.js';
import { DEFAULT_LOCALE, loadLocale } from '../dist/data/locales.js';
import schema from '../dist/guide.schema.json' with { type: 'json' };
import { matchLocale } from '../dist/i18n/negotiate-locale.js';
import { contentWarnings } from '../dist/lib/content-warnings.js';
import { decodeUtf8, NOT_UTF8, parseGuideText } from '../dist/lib/guide-input.js';
import { locateJson } from '../dist/lib/json-locations.js';
import { formatPath, validateGuide } from '../dist/lib/validate-guide.js';
import { renderStaticHtml } from '../dist/static/render-static-html.js';
import { GuideForm } from './editor-form.js';

const DRAFT_KEY = 'az-cancel-guide:editor-draft:v1';
/**
 * Checks run this long after the last keystroke, never on the keystroke itself: a large paste
 * costs its check once, not on every key. Text over the size cap is refused before it is parsed.
 * `?check-delay=<ms>` sets another pause (the tests use 0: the check still waits for a task).
 */
const CHECK_DELAY_MS = Number(new URLSearchParams(location.search).get('check-delay') ?? 250) || 0;

const $ = (id) => document.getElementById(id);
const ui = {
  locale: $('start-locale'),
  load: $('load-locale'),
  file: $('open-file'),
  keepDraft: $('keep-draft'),
  exportJson: $('export-json'),
  exportSnippet: $('export-snippet'),
  status: $('status'),
  summary: $('problem-summary'),
  problems: $('problem-list'),
  warningsHeading: $('warnings-heading'),
  warnings: $('warning-list'),
  formView: $('form-view'),
  jsonView: $('json-view'),
  json: $('json-text'),
  preview: $('preview'),
  previewNote: $('preview-note'),
  viewport: $('preview-viewport'),
  frame: $('preview-frame'),
  confirm: $('confirm-replace'),
  confirmText: $('confirm-text'),
};

const state = {
  /** The content being edited (an object, or undefined while the JSON text does not parse). */
  value: undefined,
  /** The JSON text, in the JSON view; kept in step with `value` when the form is shown. */
  text: '',
  mode: 'form',
  /** Whether anything was edited since the content was loaded. */
  edited: false,
  /** The last check: problems (or a syntax error) and warnings. */
  problems: [],
  warnings: [],
  valid: false,
  /** The bundled locales, loaded once each, to compare ids and counts with. */
  bundled: new Map(),
};

const form = new GuideForm(ui.formView, schema, {
  onChange: () => {
    state.edited = true;
    scheduleCheck();
  },
  announce: (text) => say(text),
});

const say = (text) => {
  ui.status.textContent = text;
};

const stringify = (value) => `${JSON.stringify(value, null, 2)}\n`;

// ---- Loading -------------------------------------------------------------------------------

for (const locale of AVAILABLE_LOCALES) {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  ui.locale.append(new Option(`${name} (${locale})`, locale));
}

/** Asks before replacing edits (a native modal dialog: focus, Escape and the keyboard work as usual). */
function confirmReplace(what) {
  if (!state.edited) return Promise.resolve(true);
  ui.confirmText.textContent = `${what} replaces the content you edited. Export it first if you want to keep it.`;
  ui.confirm.returnValue = '';
  ui.confirm.showModal();
  return new Promise((resolve) =>
    ui.confirm.addEventListener('close', () => resolve(ui.confirm.returnValue === 'replace'), { once: true }),
  );
}

/** Starts editing `text` (a file, a draft, a bundled locale): the form if it is a JSON object, else the JSON view. */
function open(text, description) {
  state.text = text;
  state.edited = false;
  const parsed = parseGuideText(text, 'The JSON'); // the size and depth caps first, as for every way in
  const value = parsed.ok ? parsed.value : undefined;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  state.value = isObject ? value : undefined;
  if (isObject) {
    state.text = stringify(value);
    form.setValue(value);
  }
  setMode(isObject ? state.mode : 'json');
  ui.json.value = state.text;
  check();
  say(`${description}${isObject ? '' : ' It is not a JSON object, so it opens as JSON.'}`);
}

async function openBundled(locale) {
  const bundled = await loadLocale(locale);
  state.bundled.set(locale, bundled); // compared with from the first check on (ids, counts, the article's link)
  const content = structuredClone(bundled);
  delete content.$schema; // the bundled file's points into the repository's src/data/
  open(stringify(content), `Started from the bundled ${locale}.`);
}

ui.load.addEventListener('click', async () => {
  const locale = ui.locale.value;
  if (await confirmReplace(`Starting from the bundled ${locale}`)) await openBundled(locale);
});

ui.file.addEventListener('change', async () => {
  const [file] = ui.file.files;
  if (!file) return;
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (text === undefined) say(`${file.name} ${NOT_UTF8}: it was not opened.`);
  else if (await confirmReplace(`Opening ${file.name}`)) open(text, `Opened ${file.name}.`);
  ui.file.value = '';
});

// ---- Form and JSON views -------------------------------------------------------------------

function setMode(mode) {
  state.mode = mode;
  $(`mode-${mode}`).checked = true;
  ui.formView.hidden = mode !== 'form';
  ui.jsonView.hidden = mode !== 'json';
}

for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    if (radio.value === 'json') {
      if (state.value !== undefined) ui.json.value = state.text = stringify(state.value);
      setMode('json');
      return;
    }
    check(); // the text as it is now
    if (state.value === undefined) {
      setMode('json');
      const where = state.problems[0];
      say(
        `The JSON must be a valid object before it can be edited as a form${where ? ` (line ${where.line}, column ${where.column}: ${where.message})` : ''}.`,
      );
      return;
    }
    form.setValue(state.value);
    setMode('form');
  });
}

ui.json.addEventListener('input', () => {
  state.text = ui.json.value;
  state.edited = true;
  scheduleCheck();
});

// ---- Checking ------------------------------------------------------------------------------

let checkTimer;
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, CHECK_DELAY_MS);
}

/** A problem with the whole text, at `offset`. */
function textProblem(text, message, offset = 0) {
  const before = text.slice(0, offset).split('\n');
  return { path: '$', keys: [], message, line: before.length, column: before.at(-1).length + 1, offset };
}

/**
 * The JSON text as an object and where things are in it, or a problem: too large or too deep
 * (refused before the slow or recursive steps), a syntax error at its line and column, not an object.
 */
function parseText(text) {
  const parsed = parseGuideText(text, 'the JSON');
  if (!parsed.ok && (parsed.reason === 'too-large' || parsed.offset !== undefined))
    return { problem: textProblem(text, parsed.message, parsed.offset) };
  const locations = locateJson(text);
  if (!parsed.ok) {
    const where = locations.syntaxError;
    return {
      problem: where
        ? textProblem(text, `not valid JSON: ${where.message}`, where.offset)
        : textProblem(text, parsed.message),
    };
  }
  const isObject = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value);
  return isObject
    ? { value: parsed.value, locations }
    : { problem: textProblem(text, 'not valid JSON: expected a JSON object: { … }') };
}

/** Validates the content now: problems, warnings, the preview, the draft. */
function check() {
  clearTimeout(checkTimer);
  if (state.mode === 'form') state.text = stringify(state.value);
  const { value, locations, problem } = parseText(state.text);
  if (state.mode === 'json') state.value = value;
  if (problem) {
    Object.assign(state, { problems: [problem], warnings: [], valid: false });
    showResults();
    saveDraft();
    return;
  }
  const result = validateGuide(value);
  const located = (entry) => ({ ...entry, ...locations.at(entry.keys) });
  // JSON.parse keeps a repeated key's last value: said whatever the verdict, as the other value is lost.
  const duplicates = locations.duplicateKeys.map((entry) => ({ ...entry, path: formatPath(entry.keys) }));
  state.valid = result.ok;
  state.problems = result.ok ? [] : result.problems.map(located);
  state.warnings = [...duplicates, ...(result.ok ? warningsFor(result.data).map(located) : [])];
  if (result.ok) {
    ui.preview.data = structuredClone(result.data);
    compareWithBundled(result.data);
  }
  showResults();
  saveDraft();
}

/** Warnings now; once the bundled locale of the same language has loaded, with its comparison. */
function warningsFor(content) {
  const locale = matchLocale(content.locale, AVAILABLE_LOCALES);
  return contentWarnings(content, { bundled: locale ? state.bundled.get(locale) : undefined });
}

function compareWithBundled(content) {
  const locale = matchLocale(content.locale, AVAILABLE_LOCALES);
  if (!locale || state.bundled.has(locale)) return;
  loadLocale(locale).then(
    (bundled) => {
      state.bundled.set(locale, bundled);
      if (state.valid) check();
    },
    () => undefined,
  );
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The value at `keys` in `value`, or undefined. */
const valueAt = (value, keys) =>
  keys.reduce((node, key) => (node !== null && typeof node === 'object' ? node[key] : undefined), value);

/**
 * Why a warning is there on purpose, for the one the bundled content itself has: the source
 * article's plain http link (to tourism.az), kept as the article gives it. Only while the link is
 * the bundled one of the same language.
 */
function bundledReason(entry) {
  if (entry.keys.at(-1) !== 'href' || !entry.message.startsWith('insecure link (http)')) return undefined;
  const locale = matchLocale(state.value?.locale, AVAILABLE_LOCALES);
  const bundled = locale ? state.bundled.get(locale) : undefined;
  const href = valueAt(state.value, entry.keys);
  if (!bundled || typeof href !== 'string' || valueAt(bundled, entry.keys) !== href) return undefined;
  return `The bundled content keeps this http link on purpose: it is the link the source article gives (${new URL(href).hostname}), shown as the article's and never as an official site.`;
}

function issueItem(entry, kind) {
  const where = state.mode === 'json' ? ` (line ${entry.line}, column ${entry.column})` : '';
  const item = document.createElement('li');
  const go = document.createElement('button');
  go.type = 'button';
  go.className = `issue ${kind}`;
  const path = document.createElement('code');
  path.textContent = entry.path;
  go.append(path, ` ${entry.message}${where}`);
  go.addEventListener('click', () => goTo(entry));
  item.append(go);
  const reason = kind === 'warning' ? bundledReason(entry) : undefined;
  if (reason) {
    const note = document.createElement('p');
    note.className = 'issue-reason';
    note.textContent = reason;
    item.append(note);
  }
  return item;
}

function showResults() {
  const { problems, warnings } = state;
  ui.problems.replaceChildren(...problems.map((entry) => issueItem(entry, 'problem')));
  ui.warnings.replaceChildren(...warnings.map((entry) => issueItem(entry, 'warning')));
  ui.warningsHeading.hidden = warnings.length === 0;
  const summary =
    problems.length > 0
      ? `${plural(problems.length, 'problem')}: select one to go to it. The preview shows the last valid version.`
      : `No problems${warnings.length > 0 ? `; ${plural(warnings.length, 'warning')} (allowed, but check them)` : ''}.`;
  if (ui.summary.textContent !== summary) ui.summary.textContent = summary;
  ui.previewNote.hidden = problems.length === 0;
}

/** Goes to a problem: its field in the form, or its place in the JSON text. */
function goTo(entry) {
  if (state.mode === 'form' && form.focusPath(entry.keys)) return;
  const offset = state.mode === 'json' ? entry.offset : 0;
  ui.json.focus();
  ui.json.setSelectionRange(offset, offset);
  // Put the line in view: the caret alone does not scroll a text area that was not focused.
  const line = ui.json.value.slice(0, offset).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(ui.json).lineHeight) || 20;
  ui.json.scrollTop = Math.max(0, line * lineHeight - ui.json.clientHeight / 2);
}

// ---- Draft ---------------------------------------------------------------------------------

function saveDraft() {
  if (!ui.keepDraft.checked) return;
  try {
    localStorage.setItem(DRAFT_KEY, state.text);
  } catch {
    say(
      'This browser does not let the page keep a draft (storage is blocked or full). Export the JSON to keep your changes.',
    );
  }
}

ui.keepDraft.addEventListener('change', () => {
  if (ui.keepDraft.checked) {
    saveDraft();
    say('Your draft is kept in this browser until you untick the box.');
  } else {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // nothing was kept
    }
    say('Draft removed from this browser.');
  }
});

function savedDraft() {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

// ---- Preview -------------------------------------------------------------------------------

for (const radio of document.querySelectorAll('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    ui.preview.theme = radio.value;
    ui.frame.dataset.theme = radio.value;
  });
}

/** The preview is as wide as a phone or a desktop page, scaled down when its column is narrower. */
function fitPreview() {
  const width = Number(document.querySelector('input[name="width"]:checked').value);
  ui.frame.style.inlineSize = `${width}px`;
  const available = ui.viewport.clientWidth;
  ui.frame.style.zoom = available > 0 && available < width ? String(available / width) : '';
}
for (const radio of document.querySelectorAll('input[name="width"]')) radio.addEventListener('change', fitPreview);
new ResizeObserver(fitPreview).observe(ui.viewport);

// ---- Export --------------------------------------------------------------------------------

let downloadUrl;
function download(name, text, type) {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = downloadUrl;
  link.download = name;
  link.click();
}

const fileStem = () => `guide.${String(state.value?.locale ?? 'draft').replace(/[^A-Za-z0-9-]/g, '') || 'draft'}`;

ui.exportJson.addEventListener('click', () => {
  check();
  if (state.value === undefined) {
    say('Fix the JSON first: it is not a valid JSON object.');
    return;
  }
  download(`${fileStem()}.json`, stringify(state.value), 'application/json');
  say(
    state.valid
      ? `Exported ${fileStem()}.json.`
      : `Exported ${fileStem()}.json with ${plural(state.problems.length, 'problem')}: the widget will not use it until they are fixed.`,
  );
});

ui.exportSnippet.addEventListener('click', () => {
  check();
  if (!state.valid) {
    say(`The snippet is made from valid content: fix the ${plural(state.problems.length, 'problem')} first.`);
    return;
  }
  download(`${fileStem()}.html`, renderStaticHtml(state.value), 'text/html');
  say(`Exported ${fileStem()}.html: paste it inside <az-cancel-guide> (see the README).`);
});

// ---- Start ---------------------------------------------------------------------------------

const draft = savedDraft();
if (draft !== null) {
  ui.keepDraft.checked = true;
  open(draft, 'Restored your draft from this browser.');
} else {
  const requested = matchLocale(new URLSearchParams(location.search).get('lang'), AVAILABLE_LOCALES) ?? DEFAULT_LOCALE;
  ui.locale.value = requested;
  await openBundled(requested);
}
document.documentElement.dataset.ready = '';
