import type { Claim, ClaimKind, ClaimStatus } from '../claim.ts';
import type { Citation } from '../source.ts';

/**
 * What the claims panel shows: every field optional, all given fields must match. `subjectId:
 * null` asks for the claims no subject was found for (the "unplaced" ones a reader should place),
 * which is why it is `string | null` and not just optional.
 */
export interface ClaimFilter {
  readonly status?: ClaimStatus;
  readonly kind?: ClaimKind;
  readonly subjectId?: string | null;
  /** Only claims with at least one citation of this source. */
  readonly sourceId?: string;
}

/**
 * How many citations each claim has, by claim id, counted once over all citations so that a
 * panel of 10,000 claims does not scan the citations once per claim.
 */
export function citationCounts(citations: readonly Citation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of citations) counts.set(c.claimId, (counts.get(c.claimId) ?? 0) + 1);
  return counts;
}

/** "1 citation", "2 citations", "no citations": the panel's wording, kept in one place. */
export function citationCountText(count: number): string {
  if (count === 0) return 'no citations';
  return count === 1 ? '1 citation' : `${count} citations`;
}

/**
 * The claims that pass `filter`, in the order given. Filtering by source needs the citations;
 * the set of claims citing that source is built once.
 */
export function filterClaims(
  claims: readonly Claim[],
  filter: ClaimFilter,
  citations: readonly Citation[],
): Claim[] {
  let citing: Set<string> | undefined;
  if (filter.sourceId !== undefined) {
    citing = new Set();
    for (const c of citations) if (c.sourceId === filter.sourceId) citing.add(c.claimId);
  }
  return claims.filter(
    (claim) =>
      (filter.status === undefined || claim.status === filter.status) &&
      (filter.kind === undefined || claim.kind === filter.kind) &&
      (filter.subjectId === undefined || claim.subjectId === filter.subjectId) &&
      (citing === undefined || citing.has(claim.id)),
  );
}
