import type { Claim, TextPosition, TextQuote } from '@apparatus/core';
import { QUOTE_CONTEXT } from '@apparatus/editor';

/**
 * The W3C TextQuote of `[start, end)` in `text`: the exact words and some context either side,
 * the redundant anchor that lets a claim be found again after its offsets went stale. The same
 * context width as the editor's `claimAnchors` (its `QUOTE_CONTEXT`), for claims made outside an
 * editor (the first-run seed, imports).
 */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Where a claim's text stands now: the editor's `ClaimAnchor` without its id. */
export interface Anchor {
  readonly position: TextPosition;
  readonly quote: TextQuote;
}

/**
 * A claim with its anchors refreshed for where its text now stands, or the same object when
 * nothing changed (so a save writes only the claims an edit moved). A null anchor means the
 * claim's text is gone: the claim turns *detached* and keeps its last quote for review
 * (ARCHITECTURE.md: a claim whose text is deleted is not deleted).
 */
export function reanchor(claim: Claim, anchor: Anchor | null, now: string): Claim {
  if (anchor === null) {
    return claim.detached ? claim : { ...claim, detached: true, updatedAt: now };
  }
  const { position, quote } = anchor;
  const same =
    !claim.detached &&
    claim.position.start === position.start &&
    claim.position.end === position.end &&
    claim.quote.exact === quote.exact &&
    claim.quote.prefix === quote.prefix &&
    claim.quote.suffix === quote.suffix;
  if (same) return claim;
  return {
    ...claim,
    position: { start: position.start, end: position.end },
    quote,
    detached: false,
    updatedAt: now,
  };
}
