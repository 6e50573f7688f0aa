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
    this.#conflicts = conflicts;
    if (!editor) return;
    const looks = claimLooks(claims, conflicts, this.#looks);
    const changes = changedLooks(this.#looks, looks);
    if (changes.size > 0) editor.setClaimDecorations(changes);
    this.#looks = looks;
  }
}
