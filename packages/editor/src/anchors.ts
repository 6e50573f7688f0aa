import { quoteAt, type TextPosition, type TextQuote } from '@apparatus/core';
import type { EditorState } from 'prosemirror-state';
import { claimIndexOf } from './claim-index-plugin.ts';
import { snapshotText } from './doc-snapshot.ts';
import type { LayOut, TextMap } from './text-map.ts';
import type { ClaimRange } from './claim-marks.ts';

/** One claim's redundant anchors in the saved text (a core `Claim`'s `quote` and `position`). */
export interface ClaimAnchor {
  readonly id: string;
  readonly position: TextPosition;
  readonly quote: TextQuote;
}

/** What the host saves with a document: its text, and where each claim is in it. */
export interface ClaimAnchors {
  /** The account's text, as `layOut` writes the current document. */
  readonly text: string;
  /** Attached claims, refreshed. */
  readonly attached: readonly ClaimAnchor[];
  /** Detached claims: ids with their last quote (their stored anchors stay as they were). */
  readonly detached: readonly { readonly id: string; readonly exact: string }[];
}

/**
 * The anchors to store on save (STYLE.md, "redundant anchors"): for every attached claim its
 * TextPosition in the text `layOut` writes and its TextQuote (exact text with context), so a
 * claim can be re-anchored later even if the document JSON is lost or the text changes elsewhere.
 * O(document + claims): called by autosave, not per keystroke.
 */
export function claimAnchors(state: EditorState, layOut: LayOut): ClaimAnchors {
  const map = snapshotText(state.doc, layOut);
  const index = claimIndexOf(state);
  const attached: ClaimAnchor[] = [];
  for (const range of index.ranges()) {
    const anchor = anchorIn(map, range);
    if (anchor !== null) attached.push(anchor);
  }
  const detached = [...index.detached.values()].map((d) => ({ id: d.id, exact: d.quote }));
  return { text: map.text, attached, detached };
}

/**
 * One claim's anchors in `map`'s text, or null when its range covers no text: what
 * {@link claimAnchors} computes per claim (core's `quoteAt` gives the quote), for a caller that walks the claims itself (the UI's
 * incremental save, which yields between slices of a book's claims).
 */
export function anchorIn(map: TextMap, range: ClaimRange): ClaimAnchor | null {
  const position = map.toText(range);
  if (position === null) return null;
  return { id: range.id, position, quote: quoteAt(map.text, position.start, position.end) };
}
