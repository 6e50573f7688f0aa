import type { ClaimKind, ClaimStatus } from '@apparatus/core';
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { ClaimIndex } from './claim-index.ts';
import { claimIndexKey } from './claim-index-plugin.ts';
import { EDITOR_CLASSES } from './schema.ts';
import type { DocRange } from './text-map.ts';
import { ViewportWatcher } from './viewport-watcher.ts';
import type { SeenRange } from './viewport-watcher.ts';

/**
 * How the host wants one claim shown: its review status and kind (the UI's stylesheet draws a
 * quiet underline per kind, a distinct one per status) and, when the claim takes part in a
 * conflict, the reason — shown as the span's `title` and read out as its `aria-description`.
 */
export interface ClaimDecoration {
  readonly status: ClaimStatus;
  readonly kind: ClaimKind;
  readonly conflict?: string;
}

/**
 * What the decorations plugin keeps. Every claim's look is known (`specs`), but only the claims
 * the reader can see are drawn: those overlapping `reach` (the viewport and a screen above and
 * below, measured by a {@link ViewportWatcher}, mapped through edits) and those at the selection
 * (`focus`), wherever it is.
 *
 * Why not draw them all: ProseMirror's view asks the decoration set for each top-level block's
 * decorations on every redraw (`DecorationSet.forChild`), and that lookup walks the set's list
 * of decorated blocks from the start — over a book whose thousands of blocks all hold claims,
 * every keystroke cost a quadratic ~35 ms. With a few screens' worth of claims drawn the walk is
 * short, as is mapping the set. Blocks off screen are not laid out anyway
 * (`content-visibility: auto`); their claims keep the claim mark's own plain underline.
 *
 * The other ways considered, and why not:
 * - Decorating only claims whose look says more than "unreviewed": the kind would have to move
 *   into the thin `claim` mark, and a reviewed book (or the generated one, where repeated
 *   figures put thousands of claims in conflict) is quadratic again.
 * - A `DecorationSource` of our own whose `forChild` searches by block: the view relies on its
 *   internal `locals`/`eq`, and combining it with another source (the cursor wrapper ProseMirror
 *   adds while composing right after a claim, a non-inclusive mark) reads a `DecorationGroup`'s
 *   private `members` from it.
 * The cost: off-screen claims' status and conflict reason are not in the DOM, so the
 * accessibility tree has them only near the viewport and at the caret; the claims panel lists
 * every claim with its status.
 */
interface DecorationState {
  readonly specs: ReadonlyMap<string, ClaimDecoration>;
  readonly reach: DocRange;
  readonly focus: readonly string[];
  readonly set: DecorationSet;
}

/** The meta of {@link setClaimDecorations}. */
interface DecorationMeta {
  readonly updates: ReadonlyMap<string, ClaimDecoration | null>;
  readonly replace: boolean;
}

/** The plugin key of the claim decorations. */
export const claimDecorationsKey = new PluginKey<DecorationState>('apparatus-claim-decorations');

/** The meta key of {@link setDecorationReach} (apart from the looks', so both fit one transaction). */
const reachMeta = 'apparatus-claim-decorations-reach';

/**
 * How far claims are drawn before any view has measured what is on screen (a state without a
 * view, an editor not laid out yet): the first several screens of text, which is all of an
 * ordinary article.
 */
export const INITIAL_REACH = 12_000;

/**
 * Tells the editor how claims look, in a transaction (add nothing to history by itself). With
 * `replace`, the given claims are all there are; otherwise only the given ids change, and
 * `null` removes one's decoration. The host calls it when statuses or conflicts change — not
 * per keystroke: on ordinary edits the decorations are mapped.
 */
export function setClaimDecorations(
  tr: Transaction,
  decorations:
    ReadonlyMap<string, ClaimDecoration | null> | Readonly<Record<string, ClaimDecoration | null>>,
  options: { readonly replace?: boolean } = {},
): Transaction {
  const updates = decorations instanceof Map ? decorations : new Map(Object.entries(decorations));
  return tr.setMeta(claimDecorationsKey, {
    updates,
    replace: options.replace ?? false,
  } satisfies DecorationMeta);
}

/**
 * Says which part of the document is in view, so claims there are drawn and those away from it
 * are not. The plugin's {@link ViewportWatcher} sends it as the reader scrolls; hosts and tests
 * may send it too. Kept out of the undo history.
 */
export function setDecorationReach(tr: Transaction, reach: DocRange): Transaction {
  return tr.setMeta(reachMeta, reach).setMeta('addToHistory', false);
}

/** The part of the document whose claims are drawn now (see {@link setDecorationReach}). */
export function decorationReach(state: EditorState): DocRange | null {
  return claimDecorationsKey.getState(state)?.reach ?? null;
}

/** The decoration of one claim at a range; its spec carries the id so it can be found again. */
function decorationOf(id: string, from: number, to: number, spec: ClaimDecoration): Decoration {
  const attrs: Record<string, string> = {
    class:
      spec.conflict === undefined
        ? EDITOR_CLASSES.claimStatus
        : `${EDITOR_CLASSES.claimStatus} ${EDITOR_CLASSES.conflict}`,
    'data-status': spec.status,
    'data-kind': spec.kind,
  };
  if (spec.conflict !== undefined) {
    attrs['title'] = spec.conflict;
    attrs['aria-description'] = spec.conflict;
  }
  return Decoration.inline(from, to, attrs, { claimId: id, look: spec } satisfies DrawnSpec);
}

/** What a drawn decoration's spec carries: the claim and the look it was drawn with. */
interface DrawnSpec {
  readonly claimId: string;
  readonly look: ClaimDecoration;
}

const ofClaim =
  (id: string) =>
  (spec: Partial<DrawnSpec>): boolean =>
    spec.claimId === id;

/** Whether a range overlaps or touches another. */
function meets(a: DocRange, b: DocRange): boolean {
  return a.from <= b.to && a.to >= b.from;
}

/** Whether `outer` holds all of `inner`. */
function holds(outer: DocRange, inner: DocRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

/** A range mapped through an edit; text typed at either end belongs to it. */
function mapReach(reach: DocRange, mapping: Mapping, doc: Node): DocRange {
  const size = doc.content.size;
  const from = Math.min(Math.max(mapping.map(reach.from, -1), 0), size);
  return { from, to: Math.max(from, Math.min(mapping.map(reach.to, 1), size)) };
}

/**
 * The ids of the claims at the selection's ends (touching counts): the claim `claimAt` reports
 * is among them. Not every claim inside a long selection — select-all in a book would draw
 * them all; those on screen are drawn anyway.
 */
function focusOf(
  state: { readonly selection: Transaction['selection'] },
  index: ClaimIndex,
): string[] {
  const { from, to } = state.selection;
  const ids = index.between(from, from).map((r) => r.id);
  if (to !== from) for (const r of index.between(to, to)) if (!ids.includes(r.id)) ids.push(r.id);
  return ids;
}

/** What decides whether a claim is drawn: its look, the reach, the claims at the selection. */
interface Drawing {
  readonly specs: ReadonlyMap<string, ClaimDecoration>;
  readonly reach: DocRange;
  readonly focus: ReadonlySet<string>;
  readonly index: ClaimIndex;
  readonly doc: Node;
}

/** The decorations of every claim that should be drawn (a fresh set: on `replace` only). */
function drawAll(d: Drawing): DecorationSet {
  const ids = new Set(d.focus);
  for (const r of d.index.between(d.reach.from, d.reach.to)) ids.add(r.id);
  const drawn: Decoration[] = [];
  for (const id of ids) {
    const range = d.index.rangeOf(id);
    const look = d.specs.get(id);
    if (range !== null && look !== undefined && range.from < range.to)
      drawn.push(decorationOf(id, range.from, range.to, look));
  }
  return DecorationSet.create(d.doc, drawn);
}

/**
 * Redraws the decorations of `ids` where they differ from what the index, the host and the
 * reach say: a claim drawn once, at its current range, with its current look, is left alone, so
 * its block is not re-rendered.
 */
function redraw(set: DecorationSet, ids: Iterable<string>, d: Drawing): DecorationSet {
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const id of ids) {
    const range = d.index.rangeOf(id);
    const look = d.specs.get(id);
    const wanted =
      range !== null &&
      look !== undefined &&
      range.from < range.to &&
      (d.focus.has(id) || meets(range, d.reach));
    const drawn = set.find(range?.from, range?.to, ofClaim(id));
    const only = drawn.length === 1 ? drawn[0]! : undefined;
    if (
      wanted &&
      only !== undefined &&
      only.from === range.from &&
      only.to === range.to &&
      (only.spec as DrawnSpec).look === look
    )
      continue;
    remove.push(...(range === null ? drawn : set.find(undefined, undefined, ofClaim(id))));
    if (wanted) add.push(decorationOf(id, range.from, range.to, look));
  }
  return remove.length === 0 && add.length === 0 ? set : set.remove(remove).add(d.doc, add);
}

/** The ids drawn in a set (a few screens' worth: the set is small). */
function drawnIds(set: DecorationSet): string[] {
  return set.find().map((x) => (x.spec as DrawnSpec).claimId);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The next state of the plugin (see {@link claimDecorationsPlugin}). */
function applyDecorations(
  tr: Transaction,
  value: DecorationState,
  state: EditorState,
): DecorationState {
  const index = claimIndexKey.getState(state);
  const meta = tr.getMeta(claimDecorationsKey) as DecorationMeta | undefined;
  const asked = tr.getMeta(reachMeta) as DocRange | undefined;
  let { specs, reach, set } = value;
  if (tr.docChanged) {
    set = set.map(tr.mapping, tr.doc);
    reach = mapReach(reach, tr.mapping, tr.doc);
  }
  if (index === undefined) return { specs, reach, focus: value.focus, set };
  const focus = tr.docChanged || tr.selectionSet ? focusOf(state, index) : value.focus;
  const focusChanged = !sameIds(focus, value.focus);
  if (asked !== undefined) reach = mapReach(asked, tr.mapping, tr.doc);
  if (meta?.replace) {
    specs = new Map([...meta.updates].filter((e): e is [string, ClaimDecoration] => e[1] !== null));
    return {
      specs,
      reach,
      focus,
      set: drawAll({ specs, reach, focus: new Set(focus), index, doc: tr.doc }),
    };
  }
  const ids = new Set<string>();
  if (meta !== undefined) {
    const next = new Map(specs);
    for (const [id, spec] of meta.updates) {
      if (spec === null) next.delete(id);
      else next.set(id, spec);
      ids.add(id);
    }
    specs = next;
  }
  if (tr.docChanged)
    for (const id of [...index.change.attached, ...index.change.reread])
      if (specs.has(id)) ids.add(id);
  if (focusChanged) for (const id of [...value.focus, ...focus]) ids.add(id);
  if (asked !== undefined) {
    for (const id of drawnIds(set)) ids.add(id);
    for (const r of index.between(reach.from, reach.to)) ids.add(r.id);
  }
  if (ids.size === 0) return { specs, reach, focus, set };
  return {
    specs,
    reach,
    focus,
    set: redraw(set, ids, { specs, reach, focus: new Set(focus), index, doc: tr.doc }),
  };
}

/**
 * Moves the reach when the reader has scrolled to text outside it: to the visible blocks and a
 * screen above and below, so that scrolling a little further asks for nothing (one transaction
 * per screen or so scrolled, none while typing).
 */
function follow(view: EditorView, seen: SeenRange): void {
  const reach = decorationReach(view.state);
  if (reach === null) return;
  // A reach grown far past the screen (a whole text replaced, a long paste) is cut back, too.
  const span = seen.around.to - seen.around.from;
  const slack = { from: seen.around.from - span, to: seen.around.to + span };
  if (holds(reach, seen.visible) && holds(slack, reach)) return;
  view.dispatch(setDecorationReach(view.state.tr, seen.around));
}

/**
 * Draws claim status and conflicts as inline decorations (`data-status`, `data-kind`, the
 * conflict class and reason) on the claims near the viewport and at the selection — see
 * {@link DecorationState} for why not on all of them. The set is mapped through every
 * transaction; only the claims the host updates, those the claim index re-read near an edit,
 * and those entering or leaving the reach or the selection are redrawn. Needs
 * {@link claimIndexKey}'s plugin placed before it.
 */
export function claimDecorationsPlugin(): Plugin<DecorationState> {
  return new Plugin<DecorationState>({
    key: claimDecorationsKey,
    state: {
      init: (_config, state) => ({
        specs: new Map(),
        reach: { from: 0, to: Math.min(INITIAL_REACH, state.doc.content.size) },
        focus: [],
        set: DecorationSet.empty,
      }),
      apply: (tr, value, _old, state) => applyDecorations(tr, value, state),
    },
    view: (view) => new ViewportWatcher(view, follow),
    props: {
      decorations: (state) => claimDecorationsKey.getState(state)?.set ?? DecorationSet.empty,
    },
  });
}
