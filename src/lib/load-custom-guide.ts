import type { GuideContent, GuideData } from '../data/guide-types.js';
import type { DataErrorReason } from '../events.js';
import type { Preformatted } from '../i18n/format.js';
import { preformat } from '../i18n/format-date.js';
import type { DataSnapshot } from './data-snapshot.js';
import { decodeUtf8, MAX_GUIDE_BYTES, NOT_UTF8, parseGuideText, TOO_LARGE } from './guide-input.js';
import { validateGuide } from './validate-guide.js';

/**
 * Content a site supplies itself, through the `data` property or the `src` attribute.
 * Loaded as its own chunk: pages that use only the bundled guide never download it.
 */
export type CustomGuideResult =
  { ok: true; data: GuideData; preformatted: Preformatted } | { ok: false; reason: DataErrorReason; message: string };

/** A valid guide as a site gave it (`ui` optional), before its interface strings are filled in. */
export type CheckedGuide =
  { ok: true; data: GuideContent; preformatted: Preformatted } | Extract<CustomGuideResult, { ok: false }>;

/**
 * The bundled content nearest to a language tag (else English): its chunk carries that language's interface
 * strings. Passed in by the caller, so this module (a self-contained file beside the classic script) has no
 * copy of the locale registry.
 */
export type LoadBundled = (locale: string) => Promise<GuideData>;

/**
 * `content` with every interface string: its own, else the bundled translation of its language, else English.
 * Should that chunk not load, only the content's own.
 */
export async function withInterfaceStrings(content: GuideContent, loadBundled: LoadBundled): Promise<GuideData> {
  const bundled = await loadBundled(content.locale).catch(() => undefined);
  return { ...content, ui: { ...bundled?.ui, ...content.ui } as GuideData['ui'] };
}

/** `checked` with its interface strings filled in (see `withInterfaceStrings`). */
async function complete(checked: CheckedGuide, loadBundled: LoadBundled): Promise<CustomGuideResult> {
  return checked.ok ? { ...checked, data: await withInterfaceStrings(checked.data, loadBundled) } : checked;
}

/**
 * How long a `src` may take to answer. Not public API: the tests shorten it.
 * @internal
 */
export const fetchTimeout = { ms: 10_000 };
/** For a `data` attribute, which frameworks write when they render an element before it is defined. */
export const dataAttributeMessage =
  '`data` is a property, not an attribute: set it once the element is defined (see README › Frameworks).';

const fail = (reason: DataErrorReason, message: string): Extract<CustomGuideResult, { ok: false }> => ({
  ok: false,
  reason,
  message,
});

/** Validates `value`; valid content comes with its texts that need Intl (the bundled locales' are made at build time). */
export function checkGuide(value: unknown): CheckedGuide {
  const result = validateGuide(value);
  if (!result.ok) return fail('invalid-data', `invalid guide data at ${result.error}`);
  // A tag of the right shape that Intl rejects (e.g. "en-x1") would throw in the first render.
  for (const key of ['locale', 'dateLocale'] as const) {
    const tag = result.data[key];
    try {
      if (tag !== undefined) Intl.getCanonicalLocales(tag);
    } catch {
      return fail(
        'invalid-data',
        `invalid guide data at $.${key}: "${tag}" is not a language tag this browser accepts`,
      );
    }
  }
  return { ...result, preformatted: preformat(result.data) };
}

/** What a thrown value says, without trusting it (its `message` or `toString` may throw too). */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be shown';
  }
}

/** Checks the `data` property as read once (see `snapshotData`): readable, within the size cap, a valid guide. */
export async function checkSnapshot(
  { json, error }: DataSnapshot,
  loadBundled: LoadBundled,
): Promise<CustomGuideResult> {
  if (json === undefined) {
    return fail(
      'invalid-data',
      error === undefined ? 'data is not an object' : `data could not be read: ${describeError(error)}`,
    );
  }
  const parsed = parseGuideText(json, 'data');
  return parsed.ok ? complete(checkGuide(parsed.value), loadBundled) : fail(parsed.reason, parsed.message);
}

/** The body's bytes, or undefined when it is larger than `maxBytes` (read no further than that). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  if (!response.body) {
    const body = new Uint8Array(await response.arrayBuffer());
    return body.length > maxBytes ? undefined : body;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches and validates a guide from a URL the site chose: no cookies or credentials sent,
 * a timeout and a size cap, and the first invalid path named on failure. `signal` stops the fetch
 * when its answer is no longer wanted (the element's `src` changed).
 */
export async function fetchGuide(
  src: string,
  loadBundled: LoadBundled,
  signal?: AbortSignal,
  base: string = document.baseURI,
): Promise<CustomGuideResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fail('invalid-src', `src "${src}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail('invalid-src', `src must be an http(s) URL, not ${url.protocol}`);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), fetchTimeout.ms);
  signal?.addEventListener('abort', () => controller.abort());
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return fail('fetch-failed', `HTTP ${response.status} from ${url.href}`);
    const bytes = await readLimited(response, MAX_GUIDE_BYTES);
    if (bytes === undefined) return fail('too-large', `${url.href} ${TOO_LARGE}`);
    const text = decodeUtf8(bytes);
    if (text === undefined) return fail('invalid-json', `${url.href} ${NOT_UTF8}`);
    const parsed = parseGuideText(text, url.href);
    return parsed.ok ? await complete(checkGuide(parsed.value), loadBundled) : fail(parsed.reason, parsed.message);
  } catch {
    return controller.signal.aborted
      ? fail('timeout', `${url.href} did not answer within ${fetchTimeout.ms / 1000} s`)
      : fail('fetch-failed', `could not fetch ${url.href}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The element's way in: `data` as read (`snapshot`), else `src`; a failure names its source, and its message says
 * that the bundled guide is shown instead.
 */
export async function loadCustomGuide(
  snapshot: DataSnapshot | undefined,
  src: string | undefined,
  loadBundled: LoadBundled,
  signal?: AbortSignal,
): Promise<
  Extract<CustomGuideResult, { ok: true }> | { ok: false; reason: DataErrorReason; source: string; message: string }
> {
  const result = await (snapshot ? checkSnapshot(snapshot, loadBundled) : fetchGuide(src!, loadBundled, signal));
  return result.ok
    ? result
    : { ...result, source: snapshot ? 'data' : src!, message: `${result.message}; showing the bundled guide.` };
}
