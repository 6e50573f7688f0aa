/**
 * The one gate every URL passes before it is bound into a template (STYLE.md, "From Lit"): a
 * source's URL or a link typed by a user must never become `javascript:` or `data:` in an `href`.
 * Allowed: http, https, mailto, and relative references (the same allowlist as the editor's
 * `link` mark). Anything else becomes `undefined`, so `href=${ifDefined(safeUrl(url))}` simply
 * leaves the attribute off.
 */
const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/** Returns the URL (trimmed) when it is safe to put in an `href`/`src`, otherwise `undefined`. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  // Browsers skip control characters inside a scheme ("java\tscript:"); a URL holding any is
  // not one a person typed on purpose, so it is refused rather than second-guessed.
  if ([...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1];
  if (scheme === undefined) return trimmed; // relative: a path, query or fragment
  return ALLOWED_SCHEMES.includes(scheme.toLowerCase()) ? trimmed : undefined;
}
