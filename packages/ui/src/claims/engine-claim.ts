import type { AuditedClaim, Claim } from '@apparatus/core';

/**
 * A stored claim as the claims engine reads it (`detectConflicts`, `buildSynopsis`): its words and
 * offsets from its anchors, its infobox field when it has one, and its subject as a label, since
 * the engine compares subjects by what they say, not by their ids. Detached claims have no place
 * in the text; callers leave them out before asking. One mapping for the Article view's conflicts
 * and the Compare view's accounts, so that both judge a claim by the same reading.
 */
export function engineClaimOf(claim: Claim, subject: string | null): AuditedClaim {
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.quote.exact,
    start: claim.position.start,
    end: claim.position.end,
    ...(claim.field === undefined ? {} : { field: claim.field }),
    subject,
    value: claim.value,
  };
}
