import { warnOnce } from './warn.js';

/**
 * Whether `tag` is free to define. Not when it is defined already: by another copy of this script (included
 * twice, or two builds on one page), silently; or by the page itself. A definition cannot be replaced, so
 * the page's element is what the tag shows, and one console warning says why this script's is not. (Any copy
 * of this script's elements has `contentReady`.)
 */
export function canDefine(tag: string): boolean {
  const defined = customElements.get(tag);
  if (defined && !('contentReady' in defined.prototype))
    warnOnce(`<${tag}> is defined by the page; its element is used, not this one.`);
  return !defined;
}
