// The demo pages as a site owner uses them: demo/index.html ("on your site") in an iframe of this
// page (same origin, so the test reads its DOM and drives its form), its embed code against the
// guide it shows, axe on each page, and the theming playground's start. Runs on the built CDN bundle
// (dist/cdn/), as the pages do: `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { AVAILABLE_LOCALES } from '../../src/data/locales.js';
import { axeViolationsIn, transitionsEndedIn, type FrameWindow } from './helpers.js';

interface SnippetState {
  lang?: string;
  variant?: string;
  theme?: string;
  headingLevel?: number | string;
  accent?: string;
}
interface SnippetModule {
  SCRIPT_URL: string;
  DEFAULT_ACCENT: string;
  embedSnippet: (state: SnippetState) => string;
}
type GuideElement = HTMLElement & { contentReady: Promise<boolean> };

/** The demo's snippet module, as the page loads it (plain JavaScript, so imported by URL). */
const snippetModule = (): Promise<SnippetModule> =>
  import(new URL('/demo/snippet.js', location.href).href) as Promise<SnippetModule>;

let frame: HTMLIFrameElement | undefined;
const win = () => frame!.contentWindow as FrameWindow;
const doc = () => frame!.contentDocument!;
const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const found = doc().querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
};

/** Opens a demo page (afresh) in a frame `width` px wide, once `ready()` holds in it. */
async function openPage(path: string, ready: () => boolean, width = 1280): Promise<void> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = path;
  document.body.append(frame);
  const url = new URL(path, location.href).href;
  await waitUntil(
    () => frame!.contentDocument?.URL === url && frame!.contentDocument.readyState === 'complete' && ready(),
    `${path} to start`,
    { timeout: 15000 },
  );
}

/** Every guide on the page has rendered its content (its locale loaded, its inner elements too). */
async function guidesRendered(): Promise<void> {
  const guides = [...doc().querySelectorAll<GuideElement>('az-cancel-guide')];
  await waitUntil(() => guides.every((guide) => guide.contentReady !== undefined), 'the guides to upgrade', {
    timeout: 15000,
  });
  await Promise.all(guides.map((guide) => guide.contentReady));
  await waitUntil(
    () => guides.every((guide) => guide.shadowRoot?.querySelector('[part~="title"]')),
    'the guides to show their content',
    { timeout: 15000 },
  );
}

const openDemo = async (width = 1280): Promise<void> => {
  await openPage('/demo/index.html', () => doc().documentElement.hasAttribute('data-ready'), width);
  await guidesRendered();
};

const transitionsEnded = (): Promise<void> => transitionsEndedIn(win());
/** axe on the demo page once its transitions have ended (the dark-site switch fades colours). */
async function axeViolations(): Promise<string[]> {
  await transitionsEnded();
  return axeViolationsIn(win());
}

/** Sets a form control as a user would: its value, then the events the browser fires. */
function setControl(selector: string, value: string): void {
  const control = $<HTMLInputElement | HTMLSelectElement>(selector);
  if (control instanceof win().HTMLSelectElement && ![...control.options].some((option) => option.value === value)) {
    throw new Error(`${selector} offers no ${value}`);
  }
  control.value = value;
  control.dispatchEvent(new (win().Event)('input', { bubbles: true }));
  control.dispatchEvent(new (win().Event)('change', { bubbles: true }));
}

const mainGuide = () => $<GuideElement>('#guide');
const sidebarGuide = () => $<GuideElement>('aside az-cancel-guide');
const snippetText = () => $('#snippet').textContent;

/** The snippet's script and element, as a browser parses them. */
function parsedSnippet(): { script: HTMLScriptElement; guide: HTMLElement; elements: number } {
  const parsed = new DOMParser().parseFromString(snippetText(), 'text/html');
  const script = parsed.querySelector('script');
  const guide = parsed.querySelector<HTMLElement>('az-cancel-guide');
  if (!script || !guide) throw new Error(`the snippet has no script or no element:\n${snippetText()}`);
  return { script, guide, elements: parsed.head.children.length + parsed.body.children.length };
}

const MANAGED = ['lang', 'variant', 'theme', 'heading-level'];

/** The snippet's element has exactly the main guide's attributes (of those the controls set) and accent. */
function expectSnippetToMatchGuide(): HTMLElement {
  const { guide: pasted, script, elements } = parsedSnippet();
  const guide = mainGuide();
  expect(elements, 'a script and an element, nothing else').to.equal(2);
  expect(script.type).to.equal('module');
  for (const name of MANAGED) expect(pasted.getAttribute(name), name).to.equal(guide.getAttribute(name));
  expect(pasted.style.getPropertyValue('--az-accent').trim(), '--az-accent').to.equal(
    guide.style.getPropertyValue('--az-accent').trim(),
  );
  expect(pasted.style.length, 'the style sets the accent only').to.equal(guide.style.length);
  const expectedNames = [...MANAGED, 'style'].filter(
    (name) => guide.hasAttribute(name) && (name !== 'style' || guide.style.length > 0),
  );
  expect(pasted.getAttributeNames().sort(), 'no other attribute').to.deep.equal(expectedNames.sort());
  return pasted;
}

/** The heading that titles a guide, as rendered. */
const titleOf = (guide: HTMLElement) => guide.shadowRoot!.querySelector('[part~="title"]')!;

/** Computed style, from the page's own window. */
const style = (element: Element): CSSStyleDeclaration => win().getComputedStyle(element);

const luminance = (color: string): number => {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('demo/index.html, on your site', function () {
  this.timeout(60000);
  after(() => frame?.remove());

  it('starts with the defaults: the embed code is the script tag and a bare <az-cancel-guide lang="en">', async () => {
    await openDemo();
    const { SCRIPT_URL } = await snippetModule();
    expect(snippetText()).to.equal(
      `<script type="module" src="${SCRIPT_URL}"></script>\n\n<az-cancel-guide lang="en"></az-cancel-guide>`,
    );
    const pasted = expectSnippetToMatchGuide();
    expect(pasted.getAttributeNames()).to.deep.equal(['lang']);

    // The guides as the brief has them: the full one in the article, the compact one in the sidebar.
    expect(mainGuide().closest('main article'), 'the full guide is in the article').to.not.equal(null);
    expect(mainGuide().hasAttribute('theme'), 'no theme: the guides follow the page').to.equal(false);
    expect(sidebarGuide().getAttribute('variant')).to.equal('compact');
    expect(sidebarGuide().getAttribute('guide-href')).to.equal('#guide');
    expect(sidebarGuide().hasAttribute('theme')).to.equal(false);
    expect(titleOf(mainGuide()).localName, 'heading level 2 by default').to.equal('h2');
    expect(mainGuide().shadowRoot!.querySelector('az-cancel-methods'), 'the full guide shows the methods').to.not.equal(
      null,
    );

    // One language per locale the script ships, each named in its own language.
    const options = [...$<HTMLSelectElement>('#lang').options];
    expect(options.map((option) => option.value)).to.deep.equal([...AVAILABLE_LOCALES]);
    const russian = options.find((option) => option.value === 'ru')!;
    expect(russian.textContent).to.equal(`${new Intl.DisplayNames(['ru'], { type: 'language' }).of('ru')!} (ru)`);
    expect(russian.lang).to.equal('ru');

    // The script is the one the README documents (version 0.1 of the package, module build), on an npm CDN.
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const [major, minor] = version.split('.');
    expect(SCRIPT_URL).to.equal(
      `https://cdn.jsdelivr.net/npm/az-cancel-guide@${major}.${minor}/dist/cdn/az-cancel-guide.js`,
    );

    // The other demos are linked from the footer.
    const links = [...doc().querySelectorAll<HTMLAnchorElement>('footer a')].map((link) => new URL(link.href).pathname);
    expect(links).to.include.members([
      '/demo/test-bench.html',
      '/demo/embed.html',
      '/demo/theming.html',
      '/demo/editor.html',
    ]);
  });

  it('the embed code is what the controls show: language, variant, theme, heading level and accent', async () => {
    await openDemo();
    setControl('#lang', 'ru');
    setControl('#variant', 'compact');
    setControl('#theme', 'dark');
    setControl('#heading-level', '4');
    setControl('#accent', '#c2185b');
    await mainGuide().contentReady;

    const guide = mainGuide();
    expect(guide.getAttribute('lang')).to.equal('ru');
    expect(guide.getAttribute('variant')).to.equal('compact');
    expect(guide.getAttribute('theme')).to.equal('dark');
    expect(guide.getAttribute('heading-level')).to.equal('4');
    expect(guide.style.getPropertyValue('--az-accent').trim()).to.equal('#c2185b');
    const pasted = expectSnippetToMatchGuide();
    expect(pasted.getAttributeNames()).to.deep.equal(['lang', 'variant', 'theme', 'heading-level', 'style']);

    // What a reader sees follows: Russian, compact (no methods), an h4 title, the dark surface, the accent.
    await waitUntil(() => guide.shadowRoot!.querySelector('article')?.lang === 'ru', 'the guide to show Russian');
    expect(titleOf(guide).localName).to.equal('h4');
    expect(guide.shadowRoot!.querySelector('az-cancel-methods'), 'compact: no methods').to.equal(null);
    expect(luminance(style(guide).backgroundColor), 'a dark surface').to.be.below(60);
    expect(style(guide.shadowRoot!.querySelector('.source a')!).color, 'the accent colours its links').to.equal(
      'rgb(194, 24, 91)',
    );

    // The sidebar follows the language, theme and accent, and stays the compact guide with its link.
    const sidebar = sidebarGuide();
    expect(sidebar.getAttribute('lang')).to.equal('ru');
    expect(sidebar.getAttribute('theme')).to.equal('dark');
    expect(sidebar.style.getPropertyValue('--az-accent').trim()).to.equal('#c2185b');
    expect(sidebar.getAttribute('variant')).to.equal('compact');
    expect(sidebar.hasAttribute('heading-level')).to.equal(false);

    // Back to each default, one at a time: its attribute goes from the guide and from the code.
    setControl('#heading-level', '2');
    expect(guide.hasAttribute('heading-level')).to.equal(false);
    expectSnippetToMatchGuide();
    setControl('#theme', '');
    expect(guide.hasAttribute('theme')).to.equal(false);
    expectSnippetToMatchGuide();
    $('#accent-default').click();
    expect(guide.hasAttribute('style'), 'no style once the accent is the default').to.equal(false);
    expectSnippetToMatchGuide();
    setControl('#variant', 'full');
    expect(guide.hasAttribute('variant')).to.equal(false);
    expect(snippetText()).to.match(/\n<az-cancel-guide lang="ru"><\/az-cancel-guide>$/);
    expectSnippetToMatchGuide();
    await guide.contentReady;
    expect(titleOf(guide).localName).to.equal('h2');
    expect(guide.shadowRoot!.querySelector('az-cancel-methods'), 'the full guide again').to.not.equal(null);

    // "Reset all" brings back every default, the language (English) included.
    setControl('#theme', 'auto');
    setControl('#accent', '#1a7f37');
    $<HTMLButtonElement>('#demo-controls button[type="reset"]').click();
    await waitUntil(
      () => snippetText().endsWith('\n<az-cancel-guide lang="en"></az-cancel-guide>'),
      'the defaults after Reset',
    );
    expect(
      guide.getAttributeNames().filter((name) => [...MANAGED, 'style'].includes(name)),
      `style="${guide.getAttribute('style') ?? ''}"`,
    ).to.deep.equal(['lang']);
    expectSnippetToMatchGuide();
  });

  it('the pure snippet function, for a few states', async () => {
    const { embedSnippet, SCRIPT_URL, DEFAULT_ACCENT } = await snippetModule();
    const script = `<script type="module" src="${SCRIPT_URL}"></script>\n\n`;
    expect(embedSnippet({ lang: 'de', variant: 'full', theme: '', headingLevel: 2, accent: '' })).to.equal(
      `${script}<az-cancel-guide lang="de"></az-cancel-guide>`,
    );
    expect(
      embedSnippet({ lang: 'fa', variant: 'compact', theme: 'auto', headingLevel: 3, accent: '#1a7f37' }),
    ).to.equal(
      `${script}<az-cancel-guide lang="fa" variant="compact" theme="auto" heading-level="3" style="--az-accent: #1a7f37"></az-cancel-guide>`,
    );
    expect(embedSnippet({ lang: 'pt-BR', theme: 'light', headingLevel: '1' })).to.equal(
      `${script}<az-cancel-guide lang="pt-BR" theme="light" heading-level="1"></az-cancel-guide>`,
    );
    // As the element reads them: 7 is 6; an unknown theme is none; without a language, English.
    expect(embedSnippet({ headingLevel: 7, theme: 'sepia' })).to.equal(
      `${script}<az-cancel-guide lang="en" heading-level="6"></az-cancel-guide>`,
    );
    // Attribute values are escaped.
    expect(embedSnippet({ lang: 'x"><b>' })).to.equal(
      `${script}<az-cancel-guide lang="x&quot;&gt;&lt;b&gt;"></az-cancel-guide>`,
    );
    expect(DEFAULT_ACCENT).to.equal('#0b57d0');
  });

  it('Copy copies the embed code, or selects it where the clipboard is refused, and says so', async () => {
    await openDemo();
    setControl('#theme', 'light');
    const expected = snippetText();
    let copied: string | undefined;
    Object.defineProperty(win().navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void (copied = text)) },
    });
    $('#copy').click();
    await waitUntil(() => $('#copy-status').textContent !== '', 'the status line');
    expect(copied).to.equal(expected);
    expect($('#copy-status').textContent).to.match(/^Copied/);
    expect($('#copy-status').getAttribute('role'), 'a polite live region').to.equal('status');

    Object.defineProperty(win().navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    setControl('#heading-level', '3'); // a change clears the status
    expect($('#copy-status').textContent).to.equal('');
    $('#copy').click();
    await waitUntil(() => $('#copy-status').textContent !== '', 'the fallback status');
    expect($('#copy-status').textContent).to.include('Ctrl+C');
    expect(win().getSelection()!.toString()).to.equal(snippetText());
    expect(snippetText()).to.include('heading-level="3"');
  });

  it('the dark-site switch makes the page dark; guides without a theme follow it; the code does not change', async () => {
    await openDemo();
    const before = snippetText();
    const checkbox = $<HTMLInputElement>('#dark-site');
    checkbox.click();
    expect(checkbox.checked).to.equal(true);
    expect(style(doc().documentElement).colorScheme).to.equal('dark');
    expect(luminance(style(doc().body).backgroundColor), 'a dark page').to.be.below(40);
    await transitionsEnded();
    for (const guide of [mainGuide(), sidebarGuide()]) {
      expect(guide.hasAttribute('theme')).to.equal(false);
      expect(luminance(style(guide).color), 'light text on the dark page').to.be.above(180);
    }
    expect(snippetText(), 'the site is dark, not the guide').to.equal(before);
    checkbox.click();
    expect(style(doc().documentElement).colorScheme).to.equal('light');
    expect(luminance(style(mainGuide()).color), 'dark text on the light page').to.be.below(80);
  });

  it('at 390 px: nothing wider than the screen, and the sidebar under the article', async () => {
    await openDemo(390);
    expect(doc().documentElement.scrollWidth).to.be.at.most(390);
    const article = $('main').getBoundingClientRect();
    const sidebar = $('aside.sidebar').getBoundingClientRect();
    expect(sidebar.top, 'the sidebar stacks under the article').to.be.at.least(article.bottom);
    expect(sidebar.width).to.be.above(300);
    for (const control of doc().querySelectorAll('#demo-controls :is(select, input, button), #copy')) {
      const box = control.getBoundingClientRect();
      expect(box.right, control.id || control.textContent).to.be.at.most(390);
      expect(box.left).to.be.at.least(0);
    }
  });

  it('every control has a visible label, and the page has its landmarks', async () => {
    await openDemo();
    for (const id of ['lang', 'variant', 'theme', 'heading-level', 'accent', 'dark-site']) {
      const label = doc().querySelector<HTMLLabelElement>(`label[for="${id}"]`);
      expect(label, `${id} has a label`).to.not.equal(null);
      expect(label!.textContent.trim(), id).to.not.equal('');
      expect(label!.getBoundingClientRect().width, `${id}'s label is shown`).to.be.above(0);
      expect($(`#${id}`).getBoundingClientRect().width, `${id} is shown`).to.be.above(0);
    }
    for (const selector of ['body > .site header', 'main', 'aside', 'body > .site > footer'])
      expect(doc().querySelector(selector), selector).to.not.equal(null);
  });

  it('passes axe in the light and in the dark site view', async () => {
    await openDemo();
    expect(style(doc().documentElement).colorScheme).to.equal('light');
    expect(await axeViolations(), 'light').to.deep.equal([]);
    $<HTMLInputElement>('#dark-site').click();
    expect(style(doc().documentElement).colorScheme).to.equal('dark');
    expect(await axeViolations(), 'dark').to.deep.equal([]); // after the colours' transitions
  });
});

describe('demo/test-bench.html', function () {
  this.timeout(60000);
  after(() => frame?.remove());

  it('shows each element on its own under a heading in words, and passes axe', async () => {
    await openPage('/demo/test-bench.html', () => doc().documentElement.hasAttribute('data-ready'));
    const elements = [
      ...doc().querySelectorAll<GuideElement>('az-cancel-guide, az-cancel-methods, az-cancel-checklist'),
    ];
    expect(elements.map((element) => element.localName)).to.deep.equal([
      'az-cancel-guide',
      'az-cancel-methods',
      'az-cancel-methods',
      'az-cancel-methods',
      'az-cancel-checklist',
      'az-cancel-checklist',
    ]);
    await waitUntil(() => elements.every((element) => element.contentReady !== undefined), 'the elements to upgrade', {
      timeout: 15000,
    });
    await Promise.all(elements.map((element) => element.contentReady));
    for (const heading of doc().querySelectorAll('main h2'))
      expect(heading.textContent, 'a heading in words, not a tag').to.not.include('<');
    expect(doc().querySelector('[dir="rtl"] > az-cancel-methods')).to.not.equal(null);
    expect(doc().querySelector('az-cancel-methods[lang="ar"]')).to.not.equal(null);
    expect(await axeViolations()).to.deep.equal([]);
  });
});

describe('demo/theming.html', function () {
  this.timeout(60000);
  after(() => frame?.remove());

  const preview = () => $<GuideElement>('#preview');
  const openTheming = async (width = 1280) => {
    await openPage('/demo/theming.html', () => doc().getElementById('css')?.textContent !== '', width);
    await guidesRendered();
  };

  it('starts with no theme attribute: the preview follows the page, and the CSS names no theme', async () => {
    await openTheming();
    expect(preview().hasAttribute('theme')).to.equal(false);
    expect($<HTMLSelectElement>('#theme').value).to.equal('');
    expect($('#css').textContent).to.not.include('theme');

    setControl('#theme', 'dark');
    expect(preview().getAttribute('theme')).to.equal('dark');
    expect($('#css').textContent).to.include('theme="dark"');
    setControl('#theme', '');
    expect(preview().hasAttribute('theme')).to.equal(false);
    setControl('#accent', '#c2185b');
    expect($('#css').textContent).to.equal('az-cancel-guide {\n  --az-accent: #c2185b;\n}');
  });

  it('passes axe, and its controls fit a 390 px screen', async () => {
    await openTheming(390);
    expect(doc().documentElement.scrollWidth).to.be.at.most(390);
    for (const control of doc().querySelectorAll('#controls :is(select, input, button, label)')) {
      expect(control.getBoundingClientRect().right, control.id || control.textContent).to.be.at.most(390);
    }
    expect(await axeViolations()).to.deep.equal([]);
  });
});
