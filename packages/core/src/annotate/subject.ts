import type { Claim } from '../claim.ts';
import { newId } from '../ids.ts';
import type { Parsed } from '../result.ts';
import { fail, ok } from '../result.ts';
import type { Subject } from '../subject.ts';

/**
 * Puts a claim under a subject (or takes it out of every subject with `null`), so that it is
 * compared with the other claims about the same thing. Reassigning is how a reader corrects the
 * engine when it placed a prose figure under the wrong side.
 */
export function setClaimSubject(claim: Claim, subjectId: string | null, now: string): Claim {
  if (claim.subjectId === subjectId) return claim;
  return { ...claim, subjectId, updatedAt: now };
}

/** Labels compare without case and with runs of spaces folded, as a reader would. */
function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The subject a reader means by `label`: an existing one when the label matches (labels are
 * unique within a workspace, see {@link Subject}), else a new one to store. `created` says which,
 * so the host writes a subject row only when it is new. A blank label is an error, not a subject.
 */
export function subjectForLabel(
  label: string,
  subjects: readonly Subject[],
  now: string,
): Parsed<{ subject: Subject; created: boolean }> {
  const key = labelKey(label);
  if (key === '') return fail('Name the subject, e.g. "casualties · Basmachi".');
  const existing = subjects.find((s) => labelKey(s.label) === key);
  if (existing) return ok({ subject: existing, created: false });
  return ok({
    subject: { id: newId(), label: label.trim().replace(/\s+/g, ' '), createdAt: now },
    created: true,
  });
}
