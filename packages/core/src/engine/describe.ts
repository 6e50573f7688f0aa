/**
 * Values and places as a reader writes them, for the reasons of conflicts and agreements:
 * "the infobox (Strength2) gives 7,000–8,000", "the Aftermath gives about 1,500".
 */
import type { ClaimValue, QuantityValue } from '../values.ts';
import { humanInterval } from './context.ts';

const grouped = (n: number): string => n.toLocaleString('en-US');

/** A figure as a reader writes it: "7,000–8,000", "more than 100", "about 1,500". */
export function describeQuantity(q: QuantityValue): string {
  const about = q.approximate ? 'about ' : '';
  if (q.min !== null && q.max !== null)
    return q.min === q.max
      ? `${about}${grouped(q.min)}`
      : `${about}${grouped(q.min)}–${grouped(q.max)}`;
  if (q.min !== null) return `at least ${grouped(q.min)}`;
  if (q.max !== null) return `at most ${grouped(q.max)}`;
  return 'an unknown number';
}

/** Any claim value as a reader writes it. */
export function describeValue(value: ClaimValue | null, text: string): string {
  if (value === null) return `“${text}” (unread)`;
  switch (value.type) {
    case 'quantity':
      return describeQuantity(value);
    case 'date':
      if (value.alternatives && value.alternatives.length > 1)
        return value.alternatives.map(humanInterval).join(' or ');
      return humanInterval(value);
    case 'scale':
      return `“${value.level}”`;
    case 'name':
      return value.note ? `${value.name} (${value.note})` : value.name;
    case 'text':
      return `“${value.text}”`;
  }
}

/** "the infobox (Strength2) gives 7,000–8,000 (“7,0008,000”, read after repairing a lost range dash)". */
export function describeClaim(claim: {
  readonly where?: string;
  readonly field?: string;
  readonly text: string;
  readonly value: ClaimValue | null;
}): string {
  const where =
    claim.where ?? (claim.field !== undefined ? `the infobox (${claim.field})` : 'the text');
  const value = describeValue(claim.value, claim.text);
  const repaired =
    claim.value?.type === 'quantity' && claim.value.repaired !== undefined
      ? ` (“${claim.text}”, read after repairing a ${claim.value.repaired})`
      : '';
  const quoted =
    repaired === '' &&
    claim.value !== null &&
    claim.value.type !== 'text' &&
    claim.value.type !== 'name'
      ? ` (“${claim.text}”)`
      : '';
  return `${where} gives ${value}${repaired || quoted}`;
}
