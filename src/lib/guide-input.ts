/**
 * The one set of limits on guide content as text, for every way in: the CLI's `validate` and
 * `render`, the editor, and the elements' `src` and `data`. What passes here is parsed and handed
 * to the content model (`validate-guide.ts`).
 */

/** The bundled locales are 8–14 KB; a file near this is not a guide. Counted in UTF-8 bytes of the JSON text. */
export const MAX_GUIDE_BYTES = 512 * 1024;
/** The model nests 7 levels deep; far deeper JSON is not a guide, and would exhaust recursive tools. */
export const MAX_JSON_DEPTH = 32;

export type GuideTextResult =
  { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'invalid-json'; message: string; offset?: number };

/** UTF-8 bytes of `text`, without encoding it when its length alone decides. */
export function utf8Length(text: string): number {
  if (text.length > MAX_GUIDE_BYTES || text.length * 3 <= MAX_GUIDE_BYTES) return text.length; // exact enough for the cap
  return new TextEncoder().encode(text).length;
}

/** The text of `bytes` as UTF-8 without a byte-order mark, or undefined when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    return undefined;
  }
}

export const NOT_UTF8 = 'is not UTF-8 text (save it as UTF-8)';
export const TOO_LARGE = `is larger than ${MAX_GUIDE_BYTES / 1024} KB: a guide is about 10 KB`;
const TOO_DEEP = `nests more than ${MAX_JSON_DEPTH} levels deep: a guide nests 7`;

/** Where brackets first open more than MAX_JSON_DEPTH deep (outside strings), scanning once, without recursion. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92)
        index++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) {
      if (++depth > MAX_JSON_DEPTH) return index;
    } else if (char === 125 || char === 93) depth--;
  }
  return undefined;
}

/**
 * Checks the size and depth of guide JSON text, then parses it (a leading byte-order mark is
 * allowed, as Windows editors write one). `what` names the text in messages (`guide.json`).
 */
export function parseGuideText(text: string, what: string): GuideTextResult {
  if (utf8Length(text) > MAX_GUIDE_BYTES) return { ok: false, reason: 'too-large', message: `${what} ${TOO_LARGE}` };
  const json = text.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(json);
  if (deep !== undefined)
    return {
      ok: false,
      reason: 'invalid-json',
      message: `${what} ${TOO_DEEP}`,
      offset: deep + text.length - json.length,
    };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid-json',
      message: `${what} is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}
