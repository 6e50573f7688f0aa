import type { Claim } from '../claim.ts';

/**
 * Reading order of claims: by start offset, then the longer (enclosing) claim first, then by id
 * so that two claims on the same words keep a stable order. Detached claims have no place in the
 * text and are left out: they are reviewed in their own group.
 */
export function claimsInTextOrder(claims: readonly Claim[]): Claim[] {
  return claims
    .filter((c) => !c.detached)
    .sort(
      (a, b) =>
        a.position.start - b.position.start ||
        b.position.end - a.position.end ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Which way "next claim" goes: Alt-ArrowDown is 1, Alt-ArrowUp is -1. */
export type ClaimStep = 1 | -1;

/**
 * The claim after (or before) the current one, for "next/previous claim". `from` is the current
 * claim's id when one is selected, else a text offset (the cursor). Returns null at either end of
 * the text rather than wrapping around, so a reader knows they have seen every claim.
 */
export function stepClaim(
  claims: readonly Claim[],
  from: string | number,
  step: ClaimStep,
): Claim | null {
  const ordered = claimsInTextOrder(claims);
  if (typeof from === 'string') {
    const index = ordered.findIndex((c) => c.id === from);
    if (index >= 0) return ordered[index + step] ?? null;
    const current = claims.find((c) => c.id === from);
    // A detached or unknown id has no place in the text: start from the beginning or the end.
    if (!current || current.detached)
      return (step === 1 ? ordered[0] : ordered[ordered.length - 1]) ?? null;
    return stepClaim(claims, current.position.start, step);
  }
  if (step === 1) return ordered.find((c) => c.position.start > from) ?? null;
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const claim = ordered[i];
    if (claim && claim.position.start < from) return claim;
  }
  return null;
}
