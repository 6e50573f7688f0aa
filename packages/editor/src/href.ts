/**
 * The one gate for link targets inside the editor. ARCHITECTURE.md allows `http`, `https`,
 * `mailto` and relative URLs; anything else (`javascript:`, `data:`, `vbscript:`…) never enters
 * a document — not through the schema's `validate`, not through paste.
 */

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * Whether `href` may be a link target. Browsers ignore ASCII whitespace and control characters
 * inside a scheme (`java\tscript:` runs), so they are dropped before the scheme is read; a
 * colon before any `/`, `?` or `#` starts a scheme, otherwise the URL is relative.
 */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([^:/?#]*):/.exec(squeezed);
  if (scheme === null) return true;
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}
