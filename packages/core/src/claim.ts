import type { ClaimValue } from './values.ts';

/** What a claim asserts. */
export const CLAIM_KINDS = [
  'date',
  'quantity',
  'scale',
  'name',
  'place',
  'outcome',
  'statement',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Where a reviewer stands on a claim. */
export const CLAIM_STATUSES = ['unreviewed', 'supported', 'disputed', 'refuted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Whether the engine found the claim or a person made it from a selection. */
export type ClaimOrigin = 'detected' | 'user';

/** W3C TextQuoteSelector: the claim's words with some context either side. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C TextPositionSelector: offsets into the account's plain text. */
export interface TextPosition {
  readonly start: number;
  readonly end: number;
}

/**
 * A claim as stored. The editor's `claim` mark holds only {@link Claim.id}; everything else lives
 * here. The quote and position are redundant anchors, refreshed on save, so that a claim whose
 * text was deleted (`detached`) can be shown for review and re-anchored later.
 */
export interface Claim {
  readonly id: string;
  readonly accountId: string;
  readonly kind: ClaimKind;
  readonly value: ClaimValue | null;
  /** Why the value could not be read, when `value` is null. */
  readonly valueError?: string;
  readonly subjectId: string | null;
  /** The infobox field the claim came from, if any ("Strength2"). */
  readonly field?: string;
  readonly status: ClaimStatus;
  readonly statusReason: string;
  /** ISO timestamp of the last status change, or null while unreviewed. */
  readonly statusChangedAt: string | null;
  readonly origin: ClaimOrigin;
  readonly quote: TextQuote;
  readonly position: TextPosition;
  readonly detached: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A claim as the engine finds it in a text, before it is stored: offsets into the text, the
 * subject as its label. This is the shape of `apparatus audit --json` (with an id added).
 */
export interface DetectedClaim {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly field?: string;
  /** The subject's label ("strength · Russian SFSR, Soviet Bukhara"), or null when unplaced. */
  readonly subject: string | null;
  readonly value: ClaimValue | null;
}
