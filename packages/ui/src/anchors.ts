import type { Claim, TextPosition, TextQuote } from '@apparatus/core';

/** How many characters of context either side a TextQuote keeps (Hypothesis keeps 32). */
export const QUOTE_CONTEXT = 32;

/**
 * The W3C TextQuote of `[start, end)` in `text`: the exact words and some context either side,
 * the redundant anchor that lets a claim be found again after its offsets went stale.
 */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/**
 * A claim with its anchors refreshed for where its text now stands, or the same object when
 * nothing changed (so a save writes only the claims an edit moved). `position` null means the
 * claim's text is gone: the claim turns *detached* and keeps its last quote for review
 * (ARCHITECTURE.md: a claim whose text is deleted is not deleted).
 */
export function reanchor(claim: Claim, text: string, position: TextPosition | null, now: string): Claim {
  if (position === null) {
    return claim.detached ? claim : { ...claim, detached: true, updatedAt: now };
  }
  const quote = quoteAt(text, position.start, position.end);
  const same =
    !claim.detached &&
    claim.position.start === position.start &&
    claim.position.end === position.end &&
    claim.quote.exact === quote.exact &&
    claim.quote.prefix === quote.prefix &&
    claim.quote.suffix === quote.suffix;
  if (same) return claim;
  return { ...claim, position: { start: position.start, end: position.end }, quote, detached: false, updatedAt: now };
}
