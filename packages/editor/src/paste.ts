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
      nodes.push(node.mark(node.marks.filter((m) => {
        const id = claimIdOf(m);
        return id === null || keep(id);
      })));
    } else nodes.push(node.copy(stripClaims(node.content, keep)));
  });
  return Fragment.from(nodes);
}

/**
 * Pasted content has already gone through the schema's parse rules (unknown elements, event
 * handlers, scripts and unsafe links dropped). This plugin adds one rule of our own: a claim
 * is one place in one text, so pasting a copy of claimed text does not duplicate the claim —
 * claim marks whose id is still in the document are dropped. Cut-and-paste and drag-to-move
 * keep them (the original is gone, or going).
 */
export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPasted(slice, view) {
        if (view.dragging?.move) return slice;
        const index = claimIndexOf(view.state);
        return new Slice(stripClaims(slice.content, (id) => index.rangeOf(id) === null), slice.openStart, slice.openEnd);
      },
    },
  });
}
