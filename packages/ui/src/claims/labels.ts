import type { ClaimKind, ClaimStatus } from '@apparatus/core';

/**
 * How claim kinds are named to a reader: "figure" rather than the data word "quantity". Kept in
 * one place so the panel, its filters and the inspector say the same thing.
 */
export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  date: 'date',
  quantity: 'figure',
  scale: 'scale',
  name: 'name',
  place: 'place',
  outcome: 'outcome',
  statement: 'statement',
};

/** The status words of ARCHITECTURE.md; the status values are already the words. */
export function statusWord(status: ClaimStatus): string {
  return status;
}
