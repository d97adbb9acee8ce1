const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Returns `url` when it is an absolute link with an allowed protocol
 * (`https:`, `http:`, `mailto:`, `tel:`), otherwise `undefined`, so that
 * `javascript:`, `data:` and relative URLs from content never become links.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  // Only absolute URLs: a relative one would resolve against the host page.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(trimmed).protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` may become a link: the one URL check of the validator and the renderers. */
export function isAllowedUrl(url: string): boolean {
  return safeHref(url) !== undefined;
}

/** A `mailto:` URL with subject and body percent-encoded. */
export function mailtoHref(address: string, subject: string, body: string): string | undefined {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return safeHref(`mailto:${encodeURIComponent(address).replace('%40', '@')}?${query}`);
}
