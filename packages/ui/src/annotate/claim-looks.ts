import { detectConflicts } from '@apparatus/core';
import type { AuditedClaim, Claim, Conflict, Subject } from '@apparatus/core';
import type { ClaimDecoration } from '@apparatus/editor';

/**
 * The conflicts among an account's stored claims, by the claims engine's own rules
 * (`detectConflicts`): the reviewer's subjects and values as they stand now, not as first
 * detected, so reassigning a subject or correcting a value in the inspector moves the conflict
 * marks with it. Detached claims have no place in the text and take no part.
 */
export function conflictsOf(claims: readonly Claim[], subjects: readonly Subject[]): Conflict[] {
  const labels = new Map(subjects.map((s) => [s.id, s.label]));
  const audited: AuditedClaim[] = [];
  for (const c of claims) {
    if (c.detached) continue;
    audited.push({
      id: c.id,
      kind: c.kind,
      text: c.quote.exact,
      start: c.position.start,
      end: c.position.end,
      ...(c.field === undefined ? {} : { field: c.field }),
      subject: c.subjectId === null ? null : (labels.get(c.subjectId) ?? null),
      value: c.value,
    });
  }
  return detectConflicts(audited);
}

/**
 * How each claim is drawn in the text: its status and kind (the stylesheet's underline), and for
 * a claim in conflict the reasons, joined — shown as the span's title and read as its
 * `aria-description` by the editor's decorations.
 */
export function claimLooks(
  claims: readonly Claim[],
  conflicts: readonly Conflict[],
): Map<string, ClaimDecoration> {
  const reasons = new Map<string, string[]>();
  for (const conflict of conflicts) {
    for (const id of conflict.claims) {
      const list = reasons.get(id);
      if (list) list.push(conflict.reason);
      else reasons.set(id, [conflict.reason]);
    }
  }
  const looks = new Map<string, ClaimDecoration>();
  for (const c of claims) {
    if (c.detached) continue;
    const why = reasons.get(c.id);
    looks.set(
      c.id,
      why === undefined
        ? { status: c.status, kind: c.kind }
        : { status: c.status, kind: c.kind, conflict: `Conflict: ${why.join(' ')}` },
    );
  }
  return looks;
}

/**
 * Only what changed between two sets of looks (`null` for a claim no longer drawn), so a status
 * change redraws one claim and not the book's ten thousand.
 */
export function changedLooks(
  before: ReadonlyMap<string, ClaimDecoration>,
  after: ReadonlyMap<string, ClaimDecoration>,
): Map<string, ClaimDecoration | null> {
  const changes = new Map<string, ClaimDecoration | null>();
  for (const [id, look] of after) {
    const old = before.get(id);
    if (
      old === undefined ||
      old.status !== look.status ||
      old.kind !== look.kind ||
      old.conflict !== look.conflict
    ) {
      changes.set(id, look);
    }
  }
  for (const id of before.keys()) if (!after.has(id)) changes.set(id, null);
  return changes;
}
