import { Fragment, Slice } from 'prosemirror-model';
import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { claimIndexOf } from './claim-index-plugin.ts';
import { claimIdOf } from './claim-marks.ts';

/** A fragment with the claim marks whose ids `keep` refuses taken off its text. */
function stripClaims(fragment: Fragment, keep: (id: string) => boolean): Fragment {
  const nodes: Node[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      nodes.push(
        node.mark(
          node.marks.filter((m) => {
            const id = claimIdOf(m);
            return id === null || keep(id);
          }),
        ),
      );
    } else nodes.push(node.copy(stripClaims(node.content, keep)));
  });
  return Fragment.from(nodes);
}

/**
 * Pasted content has already gone through the schema's parse rules (unknown elements, event
 * handlers, scripts and unsafe links dropped). This plugin adds one rule of our own: a claim
 * is one place in one text, and a claim mark is only a key into the store's rows for this
 * account. So a pasted claim mark is kept only when its claim was detached from this document
 * (cut-and-paste puts it back; drag-to-move keeps its marks anyway). Every other one is dropped,
 * its words kept: a copy of claimed text still in the document (no duplicate claim), text copied
 * from another account (its claim belongs to that account's rows) and a `data-claim` attribute
 * in pasted HTML from anywhere else (an id no claim has — claim tools would act on nothing).
 */
export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPasted(slice, view) {
        if (view.dragging?.move) return slice;
        const index = claimIndexOf(view.state);
        return new Slice(
          stripClaims(slice.content, (id) => index.detached.has(id)),
          slice.openStart,
          slice.openEnd,
        );
      },
    },
  });
}
