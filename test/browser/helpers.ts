/** Test helpers that look at the widget the way a user does: through every shadow root. */

/** Text a user can read, in document order, including nested shadow roots (hidden panels included). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/**
 * A URL that answers with `text` as application/json (the test server's `/test/echo.json`,
 * see web-test-runner.config.mjs): a test serves content it built, for `src`, without a file.
 */
export function echoUrl(text: string): string {
  return `/test/echo.json?body=${encodeURIComponent(text)}`;
}

/** An element's text without the notes and actions inside it (a step's own words), trimmed. */
export function textWithoutNotes(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const aside of copy.querySelectorAll('[role="note"], .action')) aside.remove();
  return (copy.textContent ?? '').trim();
}

/** querySelectorAll across shadow roots, in document order. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode): void => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  // Not `instanceof Element`: the root may come from another window (an iframe).
  const own = (root as Partial<Element>).shadowRoot;
  if (own) walk(own);
  walk(root);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const [first] = deepQueryAll<T>(root, selector);
  if (!first) throw new Error(`nothing matches ${selector}`);
  return first;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Replaces console.warn while `run` runs and returns the warnings it logged. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Whether an element is rendered (not display: none on it or an ancestor, across shadow roots), with its
 * content shown: not skipped by content-visibility: hidden on it or an ancestor (a hidden="until-found" panel).
 */
export function isRendered(element: Element): boolean {
  return (
    element.getClientRects().length > 0 &&
    element.checkVisibility() &&
    getComputedStyle(element).contentVisibility !== 'hidden'
  );
}

/**
 * Runs `check` with print styles in force. Chromium emulates print media for real; where the
 * driver cannot (Firefox over WebDriver BiDi), the elements' own `@media print` rules are
 * applied as plain rules to every shadow root under `root`.
 */
export async function withPrintMedia(root: Element, check: () => void | Promise<void>): Promise<void> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  try {
    // Puppeteer's Firefox (WebDriver BiDi) has no media emulation; don't log its stack trace.
    if (navigator.userAgent.includes('Firefox')) throw new Error('no media emulation');
    await emulateMedia({ media: 'print' });
  } catch {
    const restore = applyPrintRules(root);
    try {
      await check();
    } finally {
      restore();
    }
    return;
  }
  try {
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

function applyPrintRules(root: Element): () => void {
  const shadowRoots = [root, ...deepQueryAll(root, '*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  const restores = shadowRoots.map((shadowRoot) => {
    const printRules = shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText))
      .flatMap((rule) => Array.from(rule.cssRules, (inner) => inner.cssText));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printRules.join('\n'));
    const original = [...shadowRoot.adoptedStyleSheets]; // a copy: the property is a live array in Firefox
    shadowRoot.adoptedStyleSheets = [...original, sheet];
    return () => (shadowRoot.adoptedStyleSheets = original);
  });
  return () => restores.forEach((restore) => restore());
}

/** A tab's or a method heading's own text, without the status tag ("Unconfirmed") that follows it. */
export function textWithoutTag(tab: Element): string {
  const copy = tab.cloneNode(true) as Element;
  for (const tag of copy.querySelectorAll('[part~="tag"]')) tag.remove();
  return (copy.textContent ?? '').trim();
}

/**
 * Runs `check` in forced colours (Windows high contrast), then turns them off. Chromium only: the
 * test runner's own emulateMedia does not pass forced colours on, so this uses the DevTools protocol
 * (the `az-forced-colors` command in web-test-runner.config.mjs). Asserts that they are on.
 */
export async function withForcedColors(check: () => void | Promise<void>): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('az-forced-colors', { active: true });
  try {
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours are not active');
    await check();
  } finally {
    await executeServerCommand('az-forced-colors', { active: false });
  }
}

type AxeResult = { violations: { id: string; nodes: { target: unknown; failureSummary: string }[] }[] };
/** A page in a frame (a demo page), with axe once it is loaded there. */
export type FrameWindow = Window &
  typeof globalThis & { axe?: { run: (context: unknown, options: unknown) => Promise<AxeResult> } };

/** Waits for the next frames of `win`, then for every transition and animation in its document and shadow roots. */
export async function transitionsEndedIn(win: FrameWindow): Promise<void> {
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  const roots: (Document | ShadowRoot)[] = [win.document];
  const walk = (root: Document | ShadowRoot): void => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        walk(element.shadowRoot);
      }
    }
  };
  walk(win.document);
  await Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished));
}

/** axe's violations on the page in `win` (axe-core is loaded there on first use), one line each. */
export async function axeViolationsIn(win: FrameWindow): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    win.document.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(win.document, { resultTypes: ['violations'] });
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`).join(', ')}`,
  );
}
