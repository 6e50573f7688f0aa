import type { Claim, ClaimOrigin, DetectedClaim } from '../claim.ts';
import { newId } from '../ids.ts';
import type { Subject } from '../subject.ts';
import { quoteAt } from './from-selection.ts';

/**
 * The claims the engine found in an account's text, as rows to store: unreviewed, anchored by
 * TextQuote and TextPosition, each under the subject its label names — an existing subject of
 * the workspace when one has that label, else a new one, returned in `subjects` for the caller to
 * store in the same transaction. The one way a first run, an import and the measurement scripts
 * turn {@link DetectedClaim}s into {@link Claim}s.
 */
export function claimsFromDetected(
  accountId: string,
  text: string,
  detected: readonly DetectedClaim[],
  options: {
    readonly now: string;
    readonly subjects?: readonly Subject[];
    readonly origin?: ClaimOrigin;
  },
): { claims: Claim[]; subjects: Subject[] } {
  const byLabel = new Map((options.subjects ?? []).map((s) => [s.label, s]));
  const added: Subject[] = [];
  const subjectIdOf = (label: string | null): string | null => {
    if (label === null) return null;
    let subject = byLabel.get(label);
    if (!subject) {
      subject = { id: newId(), label, createdAt: options.now };
      byLabel.set(label, subject);
      added.push(subject);
    }
    return subject.id;
  };
  const claims = detected.map((found): Claim => ({
    id: newId(),
    accountId,
    kind: found.kind,
    value: found.value,
    subjectId: subjectIdOf(found.subject),
    ...(found.field === undefined ? {} : { field: found.field }),
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: options.origin ?? 'detected',
    quote: quoteAt(text, found.start, found.end),
    position: { start: found.start, end: found.end },
    detached: false,
    createdAt: options.now,
    updatedAt: options.now,
  }));
  return { claims, subjects: added };
}
