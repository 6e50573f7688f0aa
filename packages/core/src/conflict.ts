/** Why claims cannot all be true. */
export const CONFLICT_KINDS = [
  'alternatives',
  'disjoint-values',
  'name-mismatch',
  'scale-vs-figure',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/**
 * Derived, never stored: claims of one subject whose values cannot all be true, or one claim
 * offering alternatives. `claims` are claim ids; `reason` is a sentence for the reader.
 */
export interface Conflict {
  readonly subject: string;
  readonly kind: ConflictKind;
  readonly claims: readonly string[];
  readonly reason: string;
}

/** Derived too: claims of one subject that were compared and found compatible. */
export interface Agreement {
  readonly subject: string;
  readonly claims: readonly string[];
  readonly reason: string;
}
