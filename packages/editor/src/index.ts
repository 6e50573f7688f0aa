/**
 * @apparatus/editor — the ProseMirror side of Apparatus: the document schema, conversion from
 * and to articles, the offset ⇄ position map, claim marks with their index and decorations,
 * commands and keymaps, and {@link createEditor}, the one thing the UI mounts. Only this package
 * imports `prosemirror-*`; the types the UI needs are re-exported here.
 */
export { schema } from './schema.ts';
export type { NodeName, MarkName } from './schema.ts';
export { articleToDoc, docToOutline, docFromJSON } from './convert.ts';
export { textMapOf, currentTextMap } from './text-map.ts';
export type { DocRange, OffsetRange, TextMap, TextPair, LayOut } from './text-map.ts';
export { snapshotDoc, snapshotText } from './doc-snapshot.ts';
export type { DocSnapshot, TimeSlice } from './doc-snapshot.ts';
export { markClaims } from './mark-claims.ts';
export { claimMark } from './claim-marks.ts';
export type { ClaimRange } from './claim-marks.ts';
export type { ClaimIndex, DetachedClaim, ClaimIndexChange } from './claim-index.ts';
export { claimIndexOf } from './claim-index-plugin.ts';
export {
  claimDecorationsKey,
  setClaimDecorations,
  setDecorationReach,
} from './claim-decorations.ts';
export type { ClaimDecoration } from './claim-decorations.ts';
export {
  claimAt,
  createClaimFromSelection,
  removeClaim,
  selectClaim,
  selectNextClaim,
  selectPreviousClaim,
} from './claim-commands.ts';
export { claimAnchors, anchorIn } from './anchors.ts';
export type { ClaimAnchor, ClaimAnchors } from './anchors.ts';
export { createEditor, createEditorState, ApparatusEditor, isNewEdit } from './editor.ts';
export type {
  EditorOptions,
  EditorStateOptions,
  EditorListener,
  HistoryOption,
  MarkOption,
} from './editor.ts';
/** ProseMirror types a host may hold (a document, a state, a view, a transaction, a command). */
export type { Node as EditorDoc } from 'prosemirror-model';
export type { EditorState, Transaction, Command } from 'prosemirror-state';
export type { EditorView } from 'prosemirror-view';
