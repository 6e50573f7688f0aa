import type { Claim, ClaimKind } from '../claim.ts';
import type { Parsed } from '../result.ts';
import type { ClaimValue } from '../values.ts';
import { readers, type ValueContext } from './readers.ts';

/**
 * Reads `text` as a value of `kind`, through the values layer for dates, figures and scales
 * (never parsed here: one reading of text for the whole tool). Names, places, outcomes and
 * statements are kept as the words given. Never throws: an unreadable text is an error value.
 */
export function readClaimValue(
  kind: ClaimKind,
  text: string,
  context?: ValueContext,
): Parsed<ClaimValue> {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Type the value, e.g. "14 February 1922" or "7,000–8,000".' };
  switch (kind) {
    case 'date':
      return readers.parseDate(trimmed, context);
    case 'quantity':
      return readers.parseQuantity(trimmed);
    case 'scale':
      return readers.parseScale(trimmed);
    case 'name':
      return { value: { type: 'name', name: trimmed } };
    case 'place':
    case 'outcome':
    case 'statement':
      return { value: { type: 'text', text: trimmed } };
  }
}

/**
 * The claim with the value re-read from what the reader typed in the inspector. When the text
 * cannot be read the claim keeps no value and says why in `valueError`, so the inspector shows
 * the error inline and the claim stays out of comparisons until it is fixed.
 */
export function setClaimValue(
  claim: Claim,
  text: string,
  now: string,
  context?: ValueContext,
): Claim {
  const read = readClaimValue(claim.kind, text, context);
  const { valueError: _dropped, ...rest } = claim;
  if ('value' in read) return { ...rest, value: read.value, updatedAt: now };
  return { ...rest, value: null, valueError: read.error, updatedAt: now };
}
