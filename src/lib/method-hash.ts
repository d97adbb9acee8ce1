/**
 * The `az-method=<id>` parameter of a URL fragment, among any others the page keeps there
 * (`#az-method=email`, `#faq&az-method=email`, `#/visa?step=2&az-method=email`).
 */
const METHOD_PARAM = /([#&?]az-method=)([^&]*)/;

/** The method named in `hash`, if any. */
export function methodFromHash(hash: string): string | undefined {
  const match = METHOD_PARAM.exec(hash);
  try {
    return match ? decodeURIComponent(match[2]!) : undefined;
  } catch {
    return undefined; // malformed percent-encoding: names no method
  }
}

/** `hash` naming `method`: the parameter replaced where it is, or added; the rest of the fragment kept as it was. */
export function hashWithMethod(hash: string, method: string): string {
  const value = encodeURIComponent(method);
  if (METHOD_PARAM.test(hash)) return hash.replace(METHOD_PARAM, `$1${value}`);
  return `${hash.length > 1 ? `${hash}&` : '#'}az-method=${value}`;
}
