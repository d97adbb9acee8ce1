// demo/editor.html, the content editor, driven as an editor would: in an iframe of this page (same
// origin, so the test reads its DOM), with the keyboard where it matters. It runs on the built
// package (dist/), as the page does.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import bundledRu from '../../src/data/ru.json';
import { loadLocale } from '../../src/data/locales.js';
import type { GuideUiStrings } from '../../src/data/guide-types.js';
import { makeGuide } from '../content/make-guide.js';
import { axeViolationsIn, transitionsEndedIn, type FrameWindow } from './helpers.js';

const DRAFT_KEY = 'az-cancel-guide:editor-draft:v1';
const STEP = '$.methods.items[0].steps[0].text';

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as FrameWindow;
const doc = () => frame.contentDocument!;
const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = doc().querySelector<T>(selector);
  if (!found) throw new Error(`the editor has no ${selector}`);
  return found;
};

const until = (condition: () => boolean, what: string, timeout = 5000): Promise<void> =>
  waitUntil(condition, `timed out waiting for ${what}`, { timeout });

/**
 * Opens the editor (afresh) in a phone-sized or desktop-sized frame. Its pause before checking an
 * edit is 0 ms here (250 ms for people): the check still runs in a later task, never on the keystroke.
 */
async function openEditor(width = 1280): Promise<void> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = '/demo/editor.html?check-delay=0';
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.documentElement?.hasAttribute('data-ready') ?? false,
    'the editor to start',
    15000,
  );
  frame.focus(); // so that focus() in the page, and the keys sent, reach it
}

/** Text a reader sees, through shadow roots (helpers' deepText uses `instanceof`, which fails across the frame). */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) walk(shadow);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

const problemPaths = () => [...doc().querySelectorAll('#problem-list code')].map((code) => code.textContent);
const preview = () => $('#preview');

/** Starts from a bundled locale, through the page's own controls. */
async function startFrom(locale: string): Promise<void> {
  const select = $<HTMLSelectElement>('#start-locale');
  select.value = locale;
  select.dispatchEvent(new Event('change'));
  $('#load-locale').click();
  await until(() => $('#status').textContent.includes(`bundled ${locale}`), `${locale} to load`);
  await until(() => deepText(preview()).includes(bundledRu.title), 'the preview to show the content');
}

/** Opens the first method's section of the form with the keyboard, as an editor would. */
async function openFirstMethod(): Promise<void> {
  for (const id of ['field_methods-section', 'field_methods_items_0-section']) {
    const details = $<HTMLDetailsElement>(`#${id}`);
    if (details.open) continue;
    details.querySelector<HTMLElement>(':scope > summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, id).to.equal(true);
  }
}

/** Captures what the page downloads (it clicks a link to a blob: URL) instead of saving it. */
function captureDownloads(): { name: string; text: () => Promise<string> }[] {
  const downloads: { name: string; text: () => Promise<string> }[] = [];
  win().HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const { href, download } = this;
    downloads.push({ name: download, text: () => fetch(href).then((response) => response.text()) });
  };
  return downloads;
}

const transitionsEnded = (): Promise<void> => transitionsEndedIn(win());
const axeViolations = (): Promise<string[]> => axeViolationsIn(win());

/** The Russian interface strings: the editor starts from the content as the elements show it, so they can be changed too. */
let ruUi: GuideUiStrings;
const expectedRu = (change: (content: Record<string, unknown>) => void) => {
  const content = structuredClone(bundledRu) as unknown as Record<string, unknown>;
  delete content.$schema;
  content.ui = structuredClone(ruUi);
  change(content);
  return content;
};

describe('demo/editor.html', function () {
  before(async () => {
    ruUi = (await loadLocale('ru')).ui;
  });

  // Each test opens the page afresh, on the unbundled modules of dist/.
  this.timeout(30000);
  before(() => localStorage.removeItem(DRAFT_KEY));
  after(() => {
    frame.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('loads ru; a broken step is listed with its path; fixed, the preview updates; the export is what validate accepts', async () => {
    await openEditor();
    await startFrom('ru');
    expect(problemPaths()).to.deep.equal([]);

    // Break the first step of the first method, with the keyboard.
    await openFirstMethod();
    const field = $<HTMLTextAreaElement>(`[data-path="${STEP}"]`);
    const original = field.value;
    expect(original).to.equal(bundledRu.methods.items[0]!.steps[0]!.text);
    field.focus();
    field.select();
    await sendKeys({ press: 'Backspace' });
    await until(() => problemPaths().includes(STEP), 'the problem to be listed');
    const problem = [...doc().querySelectorAll<HTMLButtonElement>('#problem-list button')].find((button) =>
      button.textContent.includes(STEP),
    )!;
    expect(problem.textContent).to.include('expected non-empty text');
    expect($('#problem-summary').textContent).to.match(/^1 problem/);
    expect($('#preview-note').hidden, 'the preview says it shows the last valid version').to.equal(false);
    expect(deepText(preview()), 'the preview keeps the last valid text').to.include(original);

    // The problem takes the keyboard to the field.
    $('#json-text').focus(); // anywhere else
    problem.focus();
    await sendKeys({ press: 'Enter' });
    expect(doc().activeElement).to.equal(field);

    // Fix it: the problem goes and the preview shows the new text.
    const fixed = 'Откройте официальный сайт туристической карты.';
    await sendKeys({ type: fixed });
    await until(() => problemPaths().length === 0, 'the problem to go');
    await until(() => deepText(preview()).includes(fixed), 'the preview to show the fix');
    expect($('#preview-note').hidden).to.equal(true);

    // Export: the JSON is the edited content, and the CLI's validate accepts it.
    const downloads = captureDownloads();
    $('#export-json').click();
    expect(downloads.map((download) => download.name)).to.deep.equal(['guide.ru.json']);
    const exported = await downloads[0]!.text();
    expect(JSON.parse(exported)).to.deep.equal(
      expectedRu((content) => {
        (content as typeof bundledRu).methods.items[0]!.steps[0]!.text = fixed;
      }),
    );
    const cli = await executeServerCommand<{ code: number; stdout: string }, { text: string }>('az-cli-validate', {
      text: exported,
    });
    expect(cli.code, cli.stdout).to.equal(0);
    expect(JSON.parse(cli.stdout)).to.include({ valid: true });

    // The static snippet of the same content.
    $('#export-snippet').click();
    expect(downloads[1]!.name).to.equal('guide.ru.html');
    const snippet = await downloads[1]!.text();
    expect(snippet).to.match(/^<article class="az-cancel-guide-static" lang="ru" dir="ltr">/);
    expect(snippet).to.include(fixed);
  });

  it('a problem that cannot be exported as a snippet is explained, not exported', async () => {
    await openEditor();
    await startFrom('ru');
    const title = $<HTMLTextAreaElement>('[data-path="$.title"]');
    title.value = ' ';
    title.dispatchEvent(new Event('input'));
    const downloads = captureDownloads();
    $('#export-snippet').click();
    expect(downloads).to.deep.equal([]);
    expect($('#status').textContent).to.match(/fix the 1 problem first/);
  });

  it('JSON view: a syntax error at its line and column; selecting it puts the caret there; the form is back once fixed', async () => {
    await openEditor();
    await startFrom('ru');
    $<HTMLInputElement>('#mode-json').click();
    const text = $<HTMLTextAreaElement>('#json-text');
    expect(JSON.parse(text.value)).to.deep.equal(expectedRu(() => undefined));
    const broken = text.value.replace('"dir": "ltr",', '"dir": "ltr"');
    const line = broken.split('\n').findIndex((row) => row.includes('"lastReviewed"')) + 1;
    text.value = broken;
    text.dispatchEvent(new Event('input'));
    await until(() => problemPaths().length === 1, 'the syntax error');
    const item = $<HTMLButtonElement>('#problem-list button');
    expect(item.textContent).to.include(`not valid JSON: expected "," (line ${line}, column 3)`);
    $<HTMLInputElement>('#mode-form').click();
    expect($<HTMLInputElement>('#mode-json').checked, 'stays in the JSON view').to.equal(true);
    expect($('#status').textContent).to.include(`line ${line}, column 3`);

    item.click();
    expect(doc().activeElement).to.equal(text);
    expect(broken.slice(0, text.selectionStart).split('\n').length).to.equal(line);

    // Valid JSON with a problem in the content: selecting it goes to the value.
    text.value = broken.replace('"dir": "ltr"', '"dir": "up",');
    text.dispatchEvent(new Event('input'));
    await until(() => problemPaths().join() === '$.dir', 'the content problem');
    $<HTMLButtonElement>('#problem-list button').click();
    expect(text.value.slice(text.selectionStart, text.selectionStart + 4)).to.equal('"up"');

    text.value = broken.replace('"dir": "ltr"', '"dir": "rtl",');
    text.dispatchEvent(new Event('input'));
    await until(() => problemPaths().length === 0, 'no problems');
    $<HTMLInputElement>('#mode-form').click();
    expect($('#form-view').hidden).to.equal(false);
    expect($<HTMLSelectElement>('[data-path="$.dir"]').value, 'the form shows the JSON edit').to.equal('rtl');
  });

  it('form: add, move and remove entries with the keyboard; focus follows the entry', async () => {
    await openEditor();
    await startFrom('ru');
    const steps = bundledRu.methods.items[0]!.steps.map((step) => step.text);
    await openFirstMethod();
    const second = $<HTMLButtonElement>('#field_methods_items_0_steps_1-up');
    second.focus();
    await sendKeys({ press: 'Enter' });
    // The moved step is now first: its Up is disabled, so focus is on its Down.
    expect(doc().activeElement?.id).to.equal('field_methods_items_0_steps_0-down');
    expect($<HTMLTextAreaElement>(`[data-path="${STEP}"]`).value).to.equal(steps[1]);
    await until(
      () => deepText(preview()).indexOf(steps[1]!) < deepText(preview()).indexOf(steps[0]!),
      'the preview to show the new order',
    );

    $('#field_methods_items_0_steps-add').focus();
    await sendKeys({ press: 'Enter' });
    const added = `$.methods.items[0].steps[${steps.length}].text`;
    expect((doc().activeElement as HTMLElement).dataset.path, 'focus in the new step').to.equal(added);
    await until(() => problemPaths().includes(added), 'the new empty step to be a problem');
    expect($('#status').textContent).to.equal(`Step ${steps.length + 1} added.`);

    $(`#field_methods_items_0_steps_${steps.length}-remove`).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => problemPaths().length === 0, 'no problems');
    expect($('#status').textContent).to.equal(`Step ${steps.length + 1} removed.`);
    expect(doc().querySelectorAll('[data-path^="$.methods.items[0].steps["][data-path$="].text"]')).to.have.length(
      steps.length,
    );
  });

  it('keeps no draft unless "keep my draft" is ticked; a kept draft comes back', async () => {
    await openEditor();
    await startFrom('ru');
    const title = $<HTMLTextAreaElement>('[data-path="$.title"]');
    title.value = 'Черновик';
    title.dispatchEvent(new Event('input'));
    await until(() => deepText(preview()).includes('Черновик'), 'the edit to be checked');
    expect(localStorage.getItem(DRAFT_KEY), 'nothing stored').to.equal(null);

    $<HTMLInputElement>('#keep-draft').click();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).to.include({ title: 'Черновик' });
    await openEditor(390);
    expect($<HTMLInputElement>('#keep-draft').checked).to.equal(true);
    expect($<HTMLTextAreaElement>('[data-path="$.title"]').value).to.equal('Черновик');

    $<HTMLInputElement>('#keep-draft').click();
    expect(localStorage.getItem(DRAFT_KEY), 'unticking removes it').to.equal(null);
  });

  it('opens a file; a 0.1 step (plain text) is converted in the form, keeping its text', async () => {
    await openEditor();
    const old = makeGuide() as unknown as { methods: { items: { steps: unknown[] }[] } };
    old.methods.items[0]!.steps = old.methods.items[0]!.steps.map((step) => (step as { text: string }).text);
    const input = $<HTMLInputElement>('#open-file');
    const files = new (win().DataTransfer)();
    files.items.add(new (win().File)([JSON.stringify(old)], 'guide-0.1.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => $('#status').textContent === 'Opened guide-0.1.json.', 'the file to open');
    expect(problemPaths()).to.deep.equal(['$.methods.items[0].steps[0]', '$.methods.items[0].steps[1]']);

    await openFirstMethod();
    $('#field_methods_items_0_steps_0').focus();
    await sendKeys({ press: 'Enter' });
    const text = doc().activeElement as HTMLTextAreaElement;
    expect(text.dataset.path).to.equal('$.methods.items[0].steps[0].text');
    expect(text.value).to.equal('Method 1 step 1');
    await until(() => problemPaths().join() === '$.methods.items[0].steps[1]', 'one problem left');
  });

  it('asks before a new start replaces edits', async () => {
    await openEditor();
    await startFrom('ru');
    const title = $<HTMLTextAreaElement>('[data-path="$.title"]');
    title.value = 'Edited';
    title.dispatchEvent(new Event('input'));
    $('#load-locale').click();
    const dialog = $<HTMLDialogElement>('#confirm-replace');
    expect(dialog.open).to.equal(true);
    $<HTMLButtonElement>('#confirm-replace button[value="cancel"]').click();
    await until(() => !dialog.open, 'the dialog to close');
    expect($<HTMLTextAreaElement>('[data-path="$.title"]').value).to.equal('Edited');
  });

  it('sends nothing: the only requests are its own files', async () => {
    await openEditor();
    await startFrom('ru');
    const title = $<HTMLTextAreaElement>('[data-path="$.title"]');
    title.value = 'Проверка';
    title.dispatchEvent(new Event('input'));
    await until(() => deepText(preview()).includes('Проверка'), 'the preview');
    const urls = win()
      .performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name));
    expect(urls.length).to.be.above(5);
    const foreign = urls.filter(
      (url) =>
        url.origin !== location.origin ||
        !/^\/(demo\/|dist\/|node_modules\/(jsonc-parser|valibot)\/|__web-dev-server__)/.test(url.pathname),
    );
    expect(foreign.map(String)).to.deep.equal([]);
  });

  describe('bad input: the rules the CLI and the elements apply', () => {
    /** Pastes `value` into the JSON view; returns how long the input event took to answer. */
    const paste = (value: string): void => {
      const text = $<HTMLTextAreaElement>('#json-text');
      text.value = value;
      text.dispatchEvent(new Event('input'));
    };
    const summary = () => $('#problem-summary').textContent;
    const problems = () => [...doc().querySelectorAll('#problem-list button')].map((button) => button.textContent);
    const warnings = () => [...doc().querySelectorAll('#warning-list button')].map((button) => button.textContent);
    /** A guide the model accepts, `kilobytes` large as JSON (each paragraph within the 4000-character cap). */
    const largeGuide = (kilobytes: number): string => {
      const guide = makeGuide();
      const paragraph = 'Lorem ipsum dolor sit amet. '.repeat(140).trim();
      guide.intro = Array.from({ length: Math.ceil((kilobytes * 1024) / (paragraph.length + 8)) }, () => paragraph);
      return JSON.stringify(guide, null, 2);
    };

    // One page for these tests, in the JSON view; each starts from the same valid text, checked
    // (the summary counts the problems and the warnings).
    let valid: { text: string; summary: string };
    before(async () => {
      await openEditor();
      await startFrom('ru');
      $<HTMLInputElement>('#mode-json').click();
      valid = { text: $<HTMLTextAreaElement>('#json-text').value, summary: summary() };
      expect(valid.summary).to.match(/^No problems/);
    });
    beforeEach(async () => {
      paste(valid.text);
      await until(() => summary() === valid.summary && problems().length === 0, 'the valid text to be checked');
    });

    it('a paste nested 100,000 levels deep: one problem, no error, and no stale "No problems"', async () => {
      const errors: string[] = [];
      win().addEventListener('error', (event) => errors.push(event.message));
      expect(summary()).to.match(/^No problems/);
      paste(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      await waitUntil(() => problems().length === 1, 'the problem is listed');
      expect(problems()[0]).to.include('the JSON nests more than 32 levels deep');
      expect(summary()).to.match(/^1 problem/);
      expect(errors).to.deep.equal([]);
    });

    it('a guide the model accepts but larger than 512 KB (636 KB) is a problem, as the elements refuse it', async () => {
      paste(largeGuide(636));
      await waitUntil(() => problems().length === 1, 'the problem is listed');
      expect(problems()[0]).to.include('the JSON is larger than 512 KB');
      expect($('#preview-note').hidden, 'the preview says it shows the last valid version').to.equal(false);
    });

    // How fast each key answers is a measurement, not a test; what makes it fast is tested here: the check is not
    // run on the keystroke, and text over the limit is refused before it is parsed.
    it('a 5 MB paste is checked off the typing path, and refused by its size before it is parsed', async () => {
      const huge = largeGuide(5 * 1024);
      paste(huge);
      expect(summary(), 'not checked on the keystroke itself').to.match(/^No problems/);
      // The browser lays out the 5 MB in the text area first (about 2 s), before the pause's check runs.
      await waitUntil(() => problems().length === 1, 'the problem is listed', { timeout: 15000 });
      expect(problems()[0]).to.include('the JSON is larger than 512 KB');
      // Back to a small guide, then 5 MB that is not even JSON: the one problem is its size, not a syntax error,
      // so nothing parsed it.
      paste(JSON.stringify(makeGuide()));
      await waitUntil(() => problems().length === 0 && /^No problems/.test(summary()), 'the small guide is checked');
      paste(`${huge}x`);
      expect(summary(), 'not checked on the keystroke itself').to.match(/^No problems/);
      await waitUntil(() => problems().length === 1, 'the problem is listed', { timeout: 15000 });
      expect(problems()).to.have.length(1);
      expect(problems()[0]).to.include('the JSON is larger than 512 KB');
      // Exporting checks at once (not after the pause), and refuses it the same way.
      $('#export-json').click();
      expect($('#status').textContent).to.include('Fix the JSON first');
    });

    it('a duplicate key: a warning at the repeat (JSON keeps only the last value)', async () => {
      const text = JSON.stringify(makeGuide(), null, 2).replace(
        /\n {2}"title": ("[^"]*"),/,
        '\n  "title": "First title",\n  "title": $1,',
      );
      const line = text.split('\n').findIndex((row) => row.includes('"First title"')) + 2;
      paste(text);
      await waitUntil(() => warnings().some((warning) => warning.includes('duplicate key')), 'the warning');
      expect(warnings()[0]).to.equal(
        `$.title duplicate key "title": only its last value is used; remove the other (line ${line}, column 3)`,
      );
    });

    it('a title or tab name of only zero-width characters is empty', async () => {
      paste(JSON.stringify({ ...makeGuide(), title: '\u200B\u2060' }));
      await waitUntil(() => problems().length === 1, 'the problem is listed');
      expect(problems()[0]).to.match(/^\$\.title expected non-empty text/);
    });

    it('a file that is not UTF-8 is not opened', async () => {
      const before = $<HTMLTextAreaElement>('#json-text').value;
      const input = $<HTMLInputElement>('#open-file');
      const files = new (win().DataTransfer)();
      const latin1 = new Uint8Array([
        ...new TextEncoder().encode('{"title": "Caf'),
        0xe9,
        ...new TextEncoder().encode('"}'),
      ]);
      files.items.add(new (win().File)([latin1], 'latin1.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => $('#status').textContent.includes('latin1.json'), 'the refusal');
      expect($('#status').textContent).to.equal('latin1.json is not UTF-8 text (save it as UTF-8): it was not opened.');
      expect($<HTMLTextAreaElement>('#json-text').value).to.equal(before);
    });
  });

  it('passes axe at 1280 px and at 390 px, form and JSON view, with problems, warnings, open sections and the dark preview', async () => {
    await openEditor(1280);
    await startFrom('ru');
    const title = $<HTMLTextAreaElement>('[data-path="$.title"]');
    title.value = '';
    title.dispatchEvent(new Event('input'));
    await until(() => problemPaths().length === 1, 'the problem');
    for (const details of doc().querySelectorAll('details')) details.open = true;
    $<HTMLInputElement>('#theme-dark').click();
    await transitionsEnded(); // the tabs' colours fade between themes
    expect(await axeViolations(), 'form, 1280 px').to.deep.equal([]);
    $<HTMLInputElement>('#mode-json').click();
    expect(await axeViolations(), 'JSON, 1280 px').to.deep.equal([]);
    // The same page on a phone: the frame narrows, as a window would.
    frame.style.width = '390px';
    await until(() => win().innerWidth === 390, 'the page at 390 px');
    await transitionsEnded();
    expect(await axeViolations(), 'JSON, 390 px').to.deep.equal([]);
    $<HTMLInputElement>('#mode-form').click();
    expect(await axeViolations(), 'form, 390 px').to.deep.equal([]);
  });
});
