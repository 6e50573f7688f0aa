import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { editorPlugins } from '../src/editor.ts';
import type { TaggedNode } from './builder.ts';

/** A state with every editor plugin; the selection from tags `<a>` (and `<b>`) when present. */
export function stateAt(d: Node): EditorState {
  const tag = (d as TaggedNode).tag ?? {};
  const state = EditorState.create({ doc: d, plugins: editorPlugins() });
  const a = tag['a'];
  if (a === undefined) return state;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, a, tag['b'] ?? a)));
}

/** Runs a command; returns the new state, or null if the command did not apply. */
export function apply(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return ok ? (next ?? state) : null;
}
