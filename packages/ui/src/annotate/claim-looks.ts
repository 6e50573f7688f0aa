import type { Claim, Conflict } from '@apparatus/core';
import type { ClaimDecoration } from '@apparatus/editor';

/**
 * How each claim is drawn in the text: its status and kind (the stylesheet's underline), and for
 * a claim in conflict the reasons, joined — shown as the span's title and read as its
 * `aria-description` by the editor's decorations. A look equal to the one in `previous` is that
 * same object, so comparing two sets of looks is mostly comparing references.
 */
export function claimLooks(
  claims: readonly Claim[],
  conflicts: readonly Conflict[],
  previous: ReadonlyMap<string, ClaimDecoration> = new Map(),
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
    const conflict = why === undefined ? undefined : `Conflict: ${why.join(' ')}`;
    const old = previous.get(c.id);
    if (old && old.status === c.status && old.kind === c.kind && old.conflict === conflict) {
      looks.set(c.id, old);
      continue;
    }
    looks.set(
      c.id,
      conflict === undefined
        ? { status: c.status, kind: c.kind }
        : { status: c.status, kind: c.kind, conflict },
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
    if (old === look) continue;
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
