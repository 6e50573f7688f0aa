/**
 * What the `audit` and `compare` reports print alike, so that both keep one shape: a claim in the
 * JSON contract of ARCHITECTURE.md (the same keys in the same order from either command), and the
 * width of a column in a table for a person.
 */
import type { ClaimValue, ComparedClaim } from '@apparatus/core';

/** One claim as `audit --json` prints it, and `compare --json` for each account's claims. */
export interface JsonClaim {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly field: string | null;
  readonly subject: string | null;
  readonly value: ClaimValue | null;
}

/**
 * A claim in the contract's shape: fixed key order, nothing engine-internal, and `field` always
 * present (`null` when the claim is not from the infobox). Takes any claim the engine reports
 * with an id (audited or compared).
 */
export function jsonClaim(c: ComparedClaim): JsonClaim {
  return {
    id: c.id,
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    field: c.field ?? null,
    subject: c.subject,
    value: c.value,
  };
}

/** The width of a column: its widest cell, at least `least` and at most `most` characters. */
export function columnWidth(cells: readonly string[], least: number, most: number): number {
  return Math.min(most, Math.max(least, ...cells.map((cell) => cell.length)));
}
