import type { Claim, TextPosition, TextQuote } from '@apparatus/core';

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
