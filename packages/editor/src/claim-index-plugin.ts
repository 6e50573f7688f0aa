import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { ClaimIndex } from './claim-index.ts';

/** The plugin key of the claim index: `claimIndexKey.getState(state)` is the {@link ClaimIndex}. */
export const claimIndexKey = new PluginKey<ClaimIndex>('apparatus-claim-index');

/** The meta a transaction carries to say which claims the host removed on purpose. */
interface ForgetMeta {
  readonly forget: readonly string[];
}

/**
 * Marks claims in `tr` as removed on purpose, so the index drops them instead of reporting them
 * detached (removing a claim is not losing its text). Also forgets detached claims the host
 * has dealt with.
 */
export function forgetClaims(tr: Transaction, ids: readonly string[]): Transaction {
  const previous = tr.getMeta(claimIndexKey) as ForgetMeta | undefined;
  return tr.setMeta(claimIndexKey, {
    forget: [...(previous?.forget ?? []), ...ids],
  } satisfies ForgetMeta);
}

/**
 * Keeps the {@link ClaimIndex} of the document in a `StateField`, mapped through every
 * transaction (see {@link ClaimIndex.map}); built from the document's marks once, on init.
 */
export function claimIndexPlugin(): Plugin<ClaimIndex> {
  return new Plugin<ClaimIndex>({
    key: claimIndexKey,
    state: {
      init: (_config, state) => ClaimIndex.fromDoc(state.doc),
      apply: (tr, index) => {
        const meta = tr.getMeta(claimIndexKey) as ForgetMeta | undefined;
        return index.map(tr, new Set(meta?.forget ?? []));
      },
    },
  });
}

/** The claim index of a state. Throws if the state was made without {@link claimIndexPlugin}. */
export function claimIndexOf(state: EditorState): ClaimIndex {
  const index = claimIndexKey.getState(state);
  if (index === undefined) throw new Error('This editor state has no claim index plugin');
  return index;
}
