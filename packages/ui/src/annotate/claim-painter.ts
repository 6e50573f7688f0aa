import type { Claim, Conflict, Subject } from '@apparatus/core';
import type { ApparatusEditor, ClaimDecoration } from '@apparatus/editor';
import { changedLooks, claimLooks } from './claim-looks.ts';
import { ConflictCache } from './conflict-cache.ts';

/**
 * Draws stored statuses and the engine's conflicts in the Article view's text, doing as little
 * as a change needs: the conflicts come from a {@link ConflictCache} (a status change reuses them),
 * and only the claims whose look changed are sent to the editor's decorations — so one status
 * change in a book of 10,000 claims redraws one claim, not the book.
 */
export class ClaimPainter {
  readonly #cache = new ConflictCache();
  #looks = new Map<string, ClaimDecoration>();
  #conflicts: Conflict[] = [];
  /** Each painted claim's `updatedAt`, to tell which rows changed since. */
  #stamps = new Map<string, string>();
  #painted: {
    claims?: readonly Claim[];
    subjects?: readonly Subject[];
    editor?: ApparatusEditor;
  } = {};

  /** The conflicts among the claims last painted. */
  get conflicts(): Conflict[] {
    return this.#conflicts;
  }

  /** A new editor has nothing drawn yet: everything is sent again at the next paint. */
  reset(): void {
    this.#looks = new Map();
    this.#stamps = new Map();
    this.#painted = {};
  }

  /** Brings the text's looks up to date with `claims` and `subjects` (nothing when unchanged). */
  paint(
    claims: readonly Claim[],
    subjects: readonly Subject[],
    editor: ApparatusEditor | undefined,
  ): void {
    const seen = this.#painted;
    if (seen.claims === claims && seen.subjects === subjects && seen.editor === editor) return;
    this.#painted = { claims, subjects, ...(editor ? { editor } : {}) };
    const conflicts = this.#cache.update(claims, subjects);
    const sameConflicts = conflicts === this.#conflicts && seen.editor === editor;
    this.#conflicts = conflicts;
    if (!editor) return;
    if (sameConflicts && this.#stamps.size > 0) {
      this.#paintChanged(claims, editor);
      return;
    }
    const looks = claimLooks(claims, conflicts, this.#looks);
    const changes = changedLooks(this.#looks, looks);
    if (changes.size > 0) editor.setClaimDecorations(changes);
    this.#looks = looks;
    this.#stamps = new Map(claims.map((c) => [c.id, c.updatedAt]));
  }

  /**
   * The conflicts did not change: only claims stamped since the last paint can look different
   * (a status, a detachment), so only they are looked at — a status change in a book costs one
   * map lookup per claim instead of building 10,000 looks.
   */
  #paintChanged(claims: readonly Claim[], editor: ApparatusEditor): void {
    const changes = new Map<string, ClaimDecoration | null>();
    let drawn = 0;
    for (const c of claims) {
      if (!c.detached) drawn += 1;
      if (this.#stamps.get(c.id) === c.updatedAt) continue;
      this.#stamps.set(c.id, c.updatedAt);
      const old = this.#looks.get(c.id);
      if (c.detached) {
        if (old !== undefined) {
          this.#looks.delete(c.id);
          changes.set(c.id, null);
        }
        continue;
      }
      if (old && old.status === c.status && old.kind === c.kind) continue;
      // The conflicts are the same, so a claim's conflict reason is what it was.
      const look: ClaimDecoration =
        old?.conflict === undefined
          ? { status: c.status, kind: c.kind }
          : { status: c.status, kind: c.kind, conflict: old.conflict };
      this.#looks.set(c.id, look);
      changes.set(c.id, look);
    }
    if (drawn !== this.#looks.size) {
      const present = new Set(claims.map((c) => c.id));
      for (const id of [...this.#looks.keys()]) {
        if (present.has(id)) continue;
        this.#looks.delete(id);
        this.#stamps.delete(id);
        changes.set(id, null);
      }
    }
    if (changes.size > 0) editor.setClaimDecorations(changes);
  }
}
