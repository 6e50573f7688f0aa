import type { ArticleOutline } from '@apparatus/core';
import type { Node } from 'prosemirror-model';
import {
  closeHistory,
  history,
  isHistoryTransaction,
  redo,
  redoDepth,
  undo,
  undoDepth,
} from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Plugin, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import {
  claimAt,
  createClaimFromSelection,
  removeClaim,
  selectClaim,
  selectNextClaim,
  selectPreviousClaim,
} from './claim-commands.ts';
import { claimDecorationsPlugin, setClaimDecorations } from './claim-decorations.ts';
import type { ClaimDecoration } from './claim-decorations.ts';
import type { ClaimIndexChange, DetachedClaim } from './claim-index.ts';
import { claimIndexOf, claimIndexPlugin } from './claim-index-plugin.ts';
import { claimAnchors } from './anchors.ts';
import type { ClaimAnchors } from './anchors.ts';
import { addClaimMarks, claimMark } from './claim-marks.ts';
import type { ClaimRange } from './claim-marks.ts';
import { docToOutline } from './convert.ts';
import { editorKeymaps } from './keymap.ts';
import { pastePlugin } from './paste.ts';
import { snapshotText } from './doc-snapshot.ts';
import type { DocRange, LayOut, OffsetRange, TextMap } from './text-map.ts';

/** Called after every transaction the editor applies (see {@link ApparatusEditor.listen}). */
export type EditorListener = (tr: Transaction, editor: ApparatusEditor) => void;

/**
 * Whether an annotation edit of the marks goes into the editor's own undo history. The UI's
 * unified undo (which interleaves text edits and annotation changes) records claim marks it adds
 * or removes itself, so it passes `false` and the editor's history does not undo them twice.
 */
export interface HistoryOption {
  readonly addToHistory?: boolean;
}

/**
 * Whether a transaction is a new edit that enters the editor's undo history (typing, paste, a
 * deletion) — not an undo or redo, not a change kept out of history. Such an edit drops whatever
 * could be redone, in the editor's history and in a host's history that interleaves with it.
 */
export function isNewEdit(tr: Transaction): boolean {
  return tr.docChanged && tr.getMeta('addToHistory') !== false && !isHistoryTransaction(tr);
}

/**
 * How {@link ApparatusEditor.addClaimMark} enters a mark: `edit: false` says it is not the
 * reader's edit but the stored state shown (a claim another tab or an import stored), so the
 * host's `onDocChange` — its autosave — is not told: saving it would write this tab's document
 * over a newer one another tab is about to save, a conflict for nothing. It is saved with the
 * reader's next edit. Such a mark stays out of the undo history too.
 */
export interface MarkOption extends HistoryOption {
  readonly edit?: boolean;
}

/** The meta of a transaction that changes the document without being an edit (see {@link MarkOption}). */
const NOT_AN_EDIT = 'apparatusNotAnEdit';

function withHistory(tr: Transaction, option: MarkOption | undefined): Transaction {
  if (option?.edit === false) return tr.setMeta('addToHistory', false).setMeta(NOT_AN_EDIT, true);
  return option?.addToHistory === false ? tr.setMeta('addToHistory', false) : tr;
}

/** The accessible name of the editable area (ARCHITECTURE.md, "The browser app"). */
export const EDITOR_LABEL = 'Article text';

/** What an editor state is made of. */
export interface EditorStateOptions {
  /** The document (from `articleToDoc` or `docFromJSON`). */
  readonly doc: Node;
  /** Claims to mark before editing starts — part of the opened document, not undoable. */
  readonly claims?: readonly ClaimRange[];
}

/** The plugins every Apparatus editor state has, in the order they depend on each other. */
export function editorPlugins(): Plugin[] {
  return [
    history(),
    claimIndexPlugin(),
    claimDecorationsPlugin(),
    pastePlugin(),
    ...editorKeymaps(),
  ];
}

/** A state with the Apparatus plugins: history, claim index, claim decorations, paste, keymaps. */
export function createEditorState(options: EditorStateOptions): EditorState {
  let doc = options.doc;
  if (options.claims !== undefined && options.claims.length > 0) {
    doc = addClaimMarks(EditorState.create({ doc }).tr, options.claims).doc;
  }
  return EditorState.create({ doc, plugins: editorPlugins() });
}

/** Options of {@link createEditor}. Every callback is optional. */
export interface EditorOptions extends EditorStateOptions {
  /** False for a read-only view (another tab upgraded the schema). Default true. */
  readonly editable?: boolean;
  /** Called after every transaction is applied (for hosts that mirror state). */
  readonly onTransaction?: (tr: Transaction, editor: ApparatusEditor) => void;
  /**
   * Called when the document changed: the host's autosave starts its debounce here. Not for a
   * mark entered with `edit: false` (see {@link MarkOption}).
   */
  readonly onDocChange?: (editor: ApparatusEditor) => void;
  /** Called when the claim at the cursor changes (null: none) — drives the inspector and toolbar. */
  readonly onSelectionClaim?: (id: string | null, editor: ApparatusEditor) => void;
  /** Called when claims become attached or detached (new claims, deleted text, undo). */
  readonly onClaimsChange?: (change: ClaimIndexChange, editor: ApparatusEditor) => void;
}

/**
 * The editor as the UI sees it: an `EditorView` in a host element plus the operations the
 * toolbar, panels and autosave need, so that `@apparatus/ui` never imports ProseMirror. Every
 * operation that acts returns whether it did.
 */
export class ApparatusEditor {
  /** The ProseMirror view, for the rare host that needs it (focus management, tests). */
  readonly view: EditorView;
  private selectionClaim: string | null;
  private editable: boolean;
  private readonly listeners = new Set<EditorListener>();

  constructor(
    place: HTMLElement,
    private readonly options: EditorOptions,
  ) {
    this.editable = options.editable ?? true;
    const state = createEditorState(options);
    this.selectionClaim = claimAt(state);
    this.view = new EditorView(place, {
      state,
      editable: () => this.editable,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': EDITOR_LABEL,
        spellcheck: 'true',
      },
      dispatchTransaction: (tr) => this.dispatch(tr),
    });
  }

  /** The current state. */
  get state(): EditorState {
    return this.view.state;
  }

  private dispatch(tr: Transaction): void {
    const state = this.view.state.apply(tr);
    this.view.updateState(state);
    this.options.onTransaction?.(tr, this);
    for (const listener of this.listeners) listener(tr, this);
    if (tr.docChanged && tr.getMeta(NOT_AN_EDIT) !== true) this.options.onDocChange?.(this);
    const change = claimIndexOf(state).change;
    if (tr.docChanged && (change.attached.length > 0 || change.detached.length > 0))
      this.options.onClaimsChange?.(change, this);
    const claim = claimAt(state);
    if (claim !== this.selectionClaim) {
      this.selectionClaim = claim;
      this.options.onSelectionClaim?.(claim, this);
    }
  }

  private run(command: Command): boolean {
    return command(this.view.state, (tr) => this.view.dispatch(tr), this.view);
  }

  /** Makes the view read-only or editable again. */
  setEditable(editable: boolean): void {
    this.editable = editable;
    this.view.setProps({});
  }

  /** The claim at the cursor or around the selection, or null. */
  claimAt(): string | null {
    return claimAt(this.view.state);
  }
  /** Whether the selection holds text a claim could be made of. */
  hasSelection(): boolean {
    return !this.view.state.selection.empty;
  }
  /** The selected text (for the toolbar to guess a new claim's kind and value). */
  selectedText(): string {
    const { from, to } = this.view.state.selection;
    return this.view.state.doc.textBetween(from, to, ' ');
  }
  /**
   * Follows every transaction from now on (selection moves, edits, decorations), for hosts that
   * mount beside the editor and cannot pass `onTransaction` at creation (a toolbar, a panel).
   * Returns the function that stops following.
   */
  listen(listener: EditorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Marks the selection as claim `id`; the host stores the claim row. */
  createClaimFromSelection(id: string, option?: HistoryOption): boolean {
    return this.run((state, dispatch, view) =>
      createClaimFromSelection(id)(
        state,
        dispatch && ((tr) => dispatch(withHistory(tr, option))),
        view,
      ),
    );
  }
  /** Removes claim `id`'s mark (undoable unless told otherwise); the host deletes or keeps the row. */
  removeClaim(id: string, option?: HistoryOption): boolean {
    return this.run((state, dispatch, view) =>
      removeClaim(id)(state, dispatch && ((tr) => dispatch(withHistory(tr, option))), view),
    );
  }
  /**
   * Marks `[from, to)` as claim `id` again — how an undone removal or a redone creation puts a
   * claim back where it was, or a claim stored elsewhere is shown here (`edit: false`). Fails for
   * an empty or out-of-range span.
   */
  addClaimMark(id: string, range: DocRange, option?: MarkOption): boolean {
    const { doc } = this.view.state;
    if (!(range.from >= 0 && range.from < range.to && range.to <= doc.content.size)) return false;
    this.view.dispatch(
      withHistory(this.view.state.tr.addMark(range.from, range.to, claimMark(id)), option),
    );
    return true;
  }
  /** Where claim `id` is in the document now, or null when it is detached or unknown. */
  claimRange(id: string): DocRange | null {
    return claimIndexOf(this.view.state).rangeOf(id);
  }
  /**
   * The selection as offsets into the text `layOut` writes for the document (and that text), or
   * null when empty. Through {@link snapshotText}'s per-block cache, so a toolbar action lays out
   * only the blocks edited since the last call, not the whole document.
   */
  selectionOffsets(layOut: LayOut): (OffsetRange & { readonly fullText: string }) | null {
    const { from, to, empty } = this.view.state.selection;
    if (empty) return null;
    const map = snapshotText(this.view.state.doc, layOut);
    const range = map.toText({ from, to });
    return range === null ? null : { ...range, fullText: map.text };
  }
  /** How many steps the editor's own history can undo and redo. */
  historyDepth(): { readonly undo: number; readonly redo: number } {
    return { undo: undoDepth(this.view.state), redo: redoDepth(this.view.state) };
  }
  /**
   * Ends the editor's current undo group, so typing after an annotation change is a new step
   * (prosemirror-history otherwise joins edits made within half a second into one).
   */
  closeHistory(): void {
    this.view.dispatch(closeHistory(this.view.state.tr));
  }
  /** Selects claim `id` and scrolls it into view. */
  selectClaim(id: string): boolean {
    return this.run(selectClaim(id));
  }
  /** Selects `[from, to)` (clamped to the document), as a reader's drag would. */
  selectRange(from: number, to: number): void {
    const size = this.view.state.doc.content.size;
    const clamp = (n: number): number => Math.max(0, Math.min(n, size));
    this.view.dispatch(
      this.view.state.tr.setSelection(
        TextSelection.create(this.view.state.doc, clamp(from), clamp(to)),
      ),
    );
  }
  /** Selects the next claim. */
  selectNextClaim(): boolean {
    return this.run(selectNextClaim);
  }
  /** Selects the previous claim. */
  selectPreviousClaim(): boolean {
    return this.run(selectPreviousClaim);
  }
  undo(): boolean {
    return this.run(undo);
  }
  redo(): boolean {
    return this.run(redo);
  }
  /** Sets how claims look (see {@link setClaimDecorations}). */
  setClaimDecorations(
    decorations:
      | ReadonlyMap<string, ClaimDecoration | null>
      | Readonly<Record<string, ClaimDecoration | null>>,
    replace = false,
  ): void {
    this.view.dispatch(setClaimDecorations(this.view.state.tr, decorations, { replace }));
  }
  /** Every attached claim and its range, in document order. */
  claimRanges(): ClaimRange[] {
    return claimIndexOf(this.view.state).ranges();
  }
  /** The detached claims, with their last quotes. */
  detachedClaims(): DetachedClaim[] {
    return [...claimIndexOf(this.view.state).detached.values()];
  }
  /** The article as an outline, for the writer. */
  outline(): ArticleOutline {
    return docToOutline(this.view.state.doc);
  }
  /** The document as JSON, for the account's `doc`. */
  toJSON(): unknown {
    return this.view.state.doc.toJSON();
  }
  /** The map between the current document and the text `layOut` writes for it. */
  textMap(layOut: LayOut): TextMap {
    return snapshotText(this.view.state.doc, layOut);
  }
  /** The text to save and every claim's refreshed anchors in it (see {@link claimAnchors}). */
  anchors(layOut: LayOut): ClaimAnchors {
    return claimAnchors(this.view.state, layOut);
  }
  focus(): void {
    this.view.focus();
  }
  /** Removes the view from the page. */
  destroy(): void {
    this.view.destroy();
  }
}

/** Mounts an editor in `place` (the UI's reactive controller calls this in `hostConnected`). */
export function createEditor(place: HTMLElement, options: EditorOptions): ApparatusEditor {
  return new ApparatusEditor(place, options);
}
