import type { ClaimKind, ClaimStatus } from '@apparatus/core';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { ClaimIndex } from './claim-index.ts';
import { claimIndexKey } from './claim-index-plugin.ts';
import { EDITOR_CLASSES } from './schema.ts';

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

/** What the decorations plugin keeps: what the host asked for, and the decorations drawn. */
interface DecorationState {
  readonly specs: ReadonlyMap<string, ClaimDecoration>;
  readonly set: DecorationSet;
}

/** The meta of {@link setClaimDecorations}. */
interface DecorationMeta {
  readonly updates: ReadonlyMap<string, ClaimDecoration | null>;
  readonly replace: boolean;
}

/** The plugin key of the claim decorations. */
export const claimDecorationsKey = new PluginKey<DecorationState>('apparatus-claim-decorations');

/**
 * Tells the editor how claims look, in a transaction (add nothing to history by itself). With
 * `replace`, the given claims are all there are; otherwise only the given ids change, and
 * `null` removes one's decoration. The host calls it when statuses or conflicts change — not
 * per keystroke: on ordinary edits the decorations are mapped.
 */
export function setClaimDecorations(
  tr: Transaction,
  decorations: ReadonlyMap<string, ClaimDecoration | null> | Readonly<Record<string, ClaimDecoration | null>>,
  options: { readonly replace?: boolean } = {},
): Transaction {
  const updates = decorations instanceof Map ? decorations : new Map(Object.entries(decorations));
  return tr.setMeta(claimDecorationsKey, { updates, replace: options.replace ?? false } satisfies DecorationMeta);
}

/** The decoration of one claim at a range; its spec carries the id so it can be found again. */
function decorationOf(id: string, from: number, to: number, spec: ClaimDecoration): Decoration {
  const attrs: Record<string, string> = {
    class: spec.conflict === undefined ? EDITOR_CLASSES.claimStatus : `${EDITOR_CLASSES.claimStatus} ${EDITOR_CLASSES.conflict}`,
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

/**
 * Redraws the decorations of `ids` where they differ from what the index and the host say:
 * a claim drawn once, at its current range, with its current look, is left alone.
 */
function redraw(set: DecorationSet, ids: Iterable<string>, specs: ReadonlyMap<string, ClaimDecoration>, index: ClaimIndex, doc: Transaction['doc']): DecorationSet {
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const id of ids) {
    const range = index.rangeOf(id);
    const look = specs.get(id);
    const drawn = set.find(range?.from, range?.to, ofClaim(id));
    const only = drawn.length === 1 ? drawn[0]! : undefined;
    if (range !== null && only !== undefined && only.from === range.from && only.to === range.to && (only.spec as DrawnSpec).look === look) continue;
    remove.push(...(range === null ? drawn : set.find(undefined, undefined, ofClaim(id))));
    if (range !== null && look !== undefined && range.from < range.to) add.push(decorationOf(id, range.from, range.to, look));
  }
  return remove.length === 0 && add.length === 0 ? set : set.remove(remove).add(doc, add);
}

/**
 * Draws claim status and conflicts as inline decorations (`data-status`, `data-kind`, the
 * conflict class and reason). The set is mapped through every transaction; only the claims the
 * host updates, and those the claim index re-read near an edit, are redrawn. Needs
 * {@link claimIndexKey}'s plugin placed before it.
 */
export function claimDecorationsPlugin(): Plugin<DecorationState> {
  return new Plugin<DecorationState>({
    key: claimDecorationsKey,
    state: {
      init: () => ({ specs: new Map(), set: DecorationSet.empty }),
      apply: (tr, value, _old, state) => {
        const index = claimIndexKey.getState(state);
        const meta = tr.getMeta(claimDecorationsKey) as DecorationMeta | undefined;
        let { specs, set } = value;
        if (tr.docChanged) set = set.map(tr.mapping, tr.doc);
        if (index === undefined) return { specs, set };
        if (meta?.replace) {
          specs = new Map([...meta.updates].filter((e): e is [string, ClaimDecoration] => e[1] !== null));
          const drawn: Decoration[] = [];
          for (const r of index.ranges()) {
            const spec = specs.get(r.id);
            if (spec !== undefined && r.from < r.to) drawn.push(decorationOf(r.id, r.from, r.to, spec));
          }
          return { specs, set: DecorationSet.create(tr.doc, drawn) };
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
        if (tr.docChanged) for (const id of [...index.change.attached, ...index.change.reread]) if (specs.has(id)) ids.add(id);
        return ids.size === 0 ? { specs, set } : { specs, set: redraw(set, ids, specs, index, tr.doc) };
      },
    },
    props: {
      decorations: (state) => claimDecorationsKey.getState(state)?.set ?? DecorationSet.empty,
    },
  });
}
