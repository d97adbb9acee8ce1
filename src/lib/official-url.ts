/**
 * Whether a link may be presented as official: only the government of Azerbaijan's own sites
 * (`gov.az` and its sub-domains: evisa.gov.az, mfa.gov.az and the embassy sites under it).
 * Content marks official links (`official: true`); the renderers also require this, so a
 * mistaken mark can never put the word "official" next to a look-alike site.
 */
export function isGovernmentUrl(href: string): boolean {
  try {
    const { protocol, hostname } = new URL(href);
    return protocol === 'https:' && (hostname === 'gov.az' || hostname.endsWith('.gov.az'));
  } catch {
    return false;
  }
}

/** Whether a link may be called official: marked so in content, and really a government site. */
export function isOfficial(link: { href: string; official?: boolean }): boolean {
  return link.official === true && isGovernmentUrl(link.href);
}
