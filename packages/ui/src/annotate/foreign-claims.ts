import { anchorQuote, type Claim } from '@apparatus/core';
import type { ApparatusEditor } from '@apparatus/editor';
import { layoutArticle } from '@apparatus/formats';

/**
 * Claims this tab's text does not carry: made in another tab (its marks are in that tab's
 * document, not in this one until a reload), or stored by an import while the account was open.
 *
 * Every stored claim is checked once, the first time the port's watcher reports it: a claim the
 * editor already knows (marked, or detached by an edit here) is left alone; any other is
 * re-anchored in this tab's text by its quote near its stored position ({@link anchorQuote}: exact
 * first, fuzzy only in a window, scored) and marked there, outside the undo history (the reader
 * here did not make it). A claim whose words cannot be found with confidence is NOT marked on a
 * guess: it is listed as needing review, as a detached claim is, until its words are found.
 *
 * Claims this tab makes or restores are marked before their rows are written, so the editor
 * already knows them when the watcher reports them; checking each id only once keeps a claim
 * this tab just removed from being marked again while its delete is on its way.
 *
 * A claim made in another tab is normally brought here by that tab's save of its document too
 * (the editor reopens with it when this tab has nothing unsaved). Marking it here is therefore
 * not an edit of this tab's document (`edit: false`): autosave does not write it — which would
 * be a save on an older base, a conflict with the other tab for nothing — so the other tab's save
 * still reopens this one; the mark is saved with this tab's next edit otherwise.
 */
export class ForeignClaims {
  #editor: ApparatusEditor | undefined;
  #checked = new Set<string>();
  #unplaced: ReadonlySet<string> = new Set();

  /** Stored claims that could not be found in this tab's text (a new set after each change). */
  get unplaced(): ReadonlySet<string> {
    return this.#unplaced;
  }

  /** Starts over with a newly mounted editor (or none). */
  reset(editor: ApparatusEditor | undefined): void {
    this.#editor = editor;
    this.#checked = new Set();
    this.#unplaced = new Set();
  }

  /**
   * Checks the claims not checked before; those the text lacks are marked where their words are
   * found. Returns the ids it marked. Cheap when nothing is new: one set lookup per claim.
   */
  place(claims: readonly Claim[]): string[] {
    const editor = this.#editor;
    if (!editor) return [];
    const fresh: Claim[] = [];
    const checked = this.#checked;
    for (const claim of claims) {
      if (checked.has(claim.id)) continue;
      checked.add(claim.id);
      if (!claim.detached) fresh.push(claim);
    }
    let unplaced = [...this.#unplaced];
    if (unplaced.length > 0) {
      const present = new Set(claims.map((c) => c.id));
      unplaced = unplaced.filter((id) => present.has(id));
    }
    const marked: string[] = [];
    if (fresh.length > 0) {
      const known = new Set(editor.claimRanges().map((r) => r.id));
      for (const d of editor.detachedClaims()) known.add(d.id);
      const missing = fresh.filter((claim) => !known.has(claim.id));
      if (missing.length > 0) {
        const map = editor.textMap(layoutArticle);
        for (const claim of missing) {
          const found = anchorQuote(map.text, claim.quote, claim.position);
          const range = 'value' in found ? map.toDoc(found.value) : null;
          if (range !== null && editor.addClaimMark(claim.id, range, { edit: false })) {
            marked.push(claim.id);
          } else unplaced.push(claim.id);
        }
      }
    }
    unplaced = [...new Set(unplaced)];
    if (unplaced.length !== this.#unplaced.size || unplaced.some((id) => !this.#unplaced.has(id))) {
      this.#unplaced = new Set(unplaced);
    }
    return marked;
  }
}
