import { Fragment } from 'prosemirror-model';
import type { Node } from 'prosemirror-model';
import { Selection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { schema } from './schema.ts';

/**
 * Enter, Backspace and Delete where the base keymap would do the wrong thing: in infobox
 * fields (a field is one `Key: Value` line; its key is structure and may not be merged away)
 * and in list items (which are textblocks here, one line each, like the article format).
 */

function inField(state: EditorState): boolean {
  return (
    state.selection.$from.parent.type === schema.nodes.field &&
    state.selection.$to.parent.type === schema.nodes.field
  );
}

/**
 * Enter in an infobox field moves to the end of the next field's value, like a form; in the
 * last field it moves below the infobox (making a paragraph there if none follows). It never
 * splits a field.
 */
export const enterInField: Command = (state, dispatch) => {
  if (!inField(state)) return false;
  const { $to } = state.selection;
  const infoboxDepth = $to.depth - 1;
  const index = $to.index(infoboxDepth);
  const infobox = $to.node(infoboxDepth);
  const tr = state.tr;
  if (index + 1 < infobox.childCount) {
    const nextEnd = $to.after() + infobox.child(index + 1).nodeSize - 1;
    tr.setSelection(TextSelection.create(tr.doc, nextEnd));
  } else {
    const after = $to.after(infoboxDepth);
    const next = tr.doc.resolve(after).nodeAfter;
    if (next === null || !next.isTextblock) tr.insert(after, schema.nodes.paragraph.create());
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
  }
  dispatch?.(tr.scrollIntoView());
  return true;
};

/** Backspace at the start of a field (or Delete at its end) does nothing rather than merge fields. */
export const joinGuardInField: (direction: -1 | 1) => Command = (direction) => (state) => {
  const { empty, $from } = state.selection;
  if (!empty || $from.parent.type !== schema.nodes.field) return false;
  return direction < 0
    ? $from.parentOffset === 0
    : $from.parentOffset === $from.parent.content.size;
};

/** The list around an empty cursor in a list item, with where it is. */
function listItemAt(
  state: EditorState,
): { list: Node; listPos: number; index: number; item: Node } | null {
  const { empty, $from } = state.selection;
  if (!empty || $from.parent.type !== schema.nodes.list_item) return null;
  return {
    list: $from.node(-1),
    listPos: $from.before(-1),
    index: $from.index(-1),
    item: $from.parent,
  };
}

/** Replaces a list by the items before `index`, `middle`, and the items after it. */
function splitListAround(
  state: EditorState,
  at: NonNullable<ReturnType<typeof listItemAt>>,
  middle: Node,
): Command {
  return (_state, dispatch) => {
    const { list, listPos, index } = at;
    const items = (from: number, to: number): Node[] => {
      const out: Node[] = [];
      for (let i = from; i < to; i += 1) out.push(list.child(i));
      return out;
    };
    const before = items(0, index);
    const after = items(index + 1, list.childCount);
    const parts = [
      ...(before.length > 0 ? [list.type.create(list.attrs, before)] : []),
      middle,
      ...(after.length > 0 ? [list.type.create(list.attrs, after)] : []),
    ];
    const tr = state.tr.replaceWith(listPos, listPos + list.nodeSize, Fragment.from(parts));
    const middlePos = listPos + (before.length > 0 ? parts[0]!.nodeSize : 0);
    tr.setSelection(Selection.near(tr.doc.resolve(middlePos + 1)));
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Enter in an empty list item ends the list: the item becomes a paragraph (splitting the list). */
export const exitEmptyListItem: Command = (state, dispatch, view) => {
  const at = listItemAt(state);
  if (at === null || at.item.content.size > 0) return false;
  return splitListAround(state, at, schema.nodes.paragraph.create())(state, dispatch, view);
};

/**
 * Backspace at the start of the first list item turns it into a paragraph before the list
 * (its text and claims kept); at the start of a later item the base keymap joins it to the
 * previous item.
 */
export const liftFirstListItem: Command = (state, dispatch, view) => {
  const at = listItemAt(state);
  if (at === null || at.index !== 0 || state.selection.$from.parentOffset !== 0) return false;
  return splitListAround(state, at, schema.nodes.paragraph.create(null, at.item.content))(
    state,
    dispatch,
    view,
  );
};
