import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { claimIndexOf, forgetClaims } from './claim-index-plugin.ts';
import { claimMark } from './claim-marks.ts';
import type { ClaimRange } from './claim-marks.ts';

/**
 * The claim the reader is on: with a cursor, the innermost claim touching it; with a
 * selection, the innermost claim containing it. What the toolbar's "Flag as disputed" and
 * "Attach citation" act on, and what the inspector shows. Null when there is none.
 */
export function claimAt(state: EditorState): string | null {
  const { from, to } = state.selection;
  // A claim containing the selection touches its start, so only the claims at `from` are read —
  // not every claim inside a long selection (select-all in a book would visit them all, on
  // every transaction).
  const around = claimIndexOf(state)
    .between(from, from)
    .filter((r) => r.to >= to);
  let best: ClaimRange | null = null;
  for (const r of around) if (best === null || r.to - r.from < best.to - best.from) best = r;
  return best?.id ?? null;
}

/**
 * Makes the selection a claim by adding a `claim` mark with the host's new id (the host stores
 * the claim row). Fails on an empty selection. Undoable like any edit.
 */
export function createClaimFromSelection(id: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || state.doc.textBetween(from, to, '').trim() === '') return false;
    dispatch?.(state.tr.addMark(from, to, claimMark(id)).scrollIntoView());
    return true;
  };
}

/**
 * Removes a claim's mark (undoably) and tells the index it was removed on purpose, so it is
 * not reported detached. A detached claim is forgotten. Fails for an id the editor does not know.
 */
export function removeClaim(id: string): Command {
  return (state, dispatch) => {
    const index = claimIndexOf(state);
    const range = index.rangeOf(id);
    if (range === null && !index.detached.has(id)) return false;
    const tr = state.tr;
    if (range !== null) tr.removeMark(range.from, range.to, claimMark(id));
    dispatch?.(forgetClaims(tr, [id]));
    return true;
  };
}

/** Selects a claim's text and scrolls it into view (the claims panel's "go to"). */
export function selectClaim(id: string): Command {
  return (state, dispatch) => {
    const range = claimIndexOf(state).rangeOf(id);
    if (range === null) return false;
    dispatch?.(
      state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView(),
    );
    return true;
  };
}

function selectRange(range: ClaimRange | null): Command {
  return (state, dispatch) => {
    if (range === null) return false;
    dispatch?.(
      state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView(),
    );
    return true;
  };
}

/** Selects the next claim after the selection's start (none after the last: fails). */
export const selectNextClaim: Command = (state, dispatch, view) =>
  selectRange(claimIndexOf(state).after(state.selection.from))(state, dispatch, view);

/** Selects the claim before the selection's start (none before the first: fails). */
export const selectPreviousClaim: Command = (state, dispatch, view) =>
  selectRange(claimIndexOf(state).before(state.selection.from))(state, dispatch, view);
