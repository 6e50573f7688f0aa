import type { Claim, ClaimStatus } from '../claim.ts';
import type { Parsed } from '../result.ts';
import { fail, ok } from '../result.ts';

/**
 * A reviewer's verdict on a claim. The status, its reason and the moment it changed travel
 * together, so the inspector can say "disputed on 3 March: Kutay gives 1,200" and the claims
 * panel can filter by status without reading anything else.
 *
 * A dispute or a refutation without a reason is a note nobody can act on later, so both ask for
 * one and answer with an error (a value, for the dialog to show) when it is blank. Support may
 * come without words: the citation attached beside it usually says why.
 */
function withStatus(claim: Claim, status: ClaimStatus, reason: string, now: string): Claim {
  return { ...claim, status, statusReason: reason, statusChangedAt: now, updatedAt: now };
}

/** The message a blank reason gets; exported so a dialog can check a reason before it submits. */
export function checkReason(reason: string, verb: 'disputed' | 'refuted'): Parsed<string> {
  const trimmed = reason.trim();
  if (trimmed === '') return fail(`Say why this claim is ${verb}.`);
  return ok(trimmed);
}

/** Marks a claim disputed with the reader's reason ("Flag as disputed"). */
export function flagClaim(claim: Claim, reason: string, now: string): Parsed<Claim> {
  const checked = checkReason(reason, 'disputed');
  if (!('value' in checked)) return checked;
  return ok(withStatus(claim, 'disputed', checked.value, now));
}

/** Marks a claim supported ("Mark as supported"); the reason is optional. */
export function supportClaim(claim: Claim, now: string, reason = ''): Claim {
  return withStatus(claim, 'supported', reason.trim(), now);
}

/** Marks a claim refuted: shown to be false, with the reason that shows it. */
export function refuteClaim(claim: Claim, reason: string, now: string): Parsed<Claim> {
  const checked = checkReason(reason, 'refuted');
  if (!('value' in checked)) return checked;
  return ok(withStatus(claim, 'refuted', checked.value, now));
}

/** Takes a verdict back: the claim is unreviewed again, with no reason and no date. */
export function clearClaimStatus(claim: Claim, now: string): Claim {
  return {
    ...claim,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    updatedAt: now,
  };
}
