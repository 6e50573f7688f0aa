import type { Mark, Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { schema } from './schema.ts';
import type { DocRange } from './text-map.ts';

/** A claim placed in a document: its id (the store's) and the range its mark covers. */
export interface ClaimRange extends DocRange {
  readonly id: string;
}

/** The `claim` mark for a claim id. Marks with equal ids merge; different ids overlap freely. */
export function claimMark(id: string): Mark {
  return schema.marks.claim.create({ id });
}

/** The claim id a mark carries, or null for other marks. */
export function claimIdOf(mark: Mark): string | null {
  return mark.type === schema.marks.claim ? (mark.attrs['id'] as string) : null;
}

/**
 * Adds the `claim` marks of `claims` to a transaction (e.g. the detected claims of a freshly
 * opened account, placed with `textMapOf`). Ranges that cover no text are skipped. Like every
 * step, this is undoable; a host loading claims that should not be undone sets
 * `tr.setMeta('addToHistory', false)`.
 */
export function addClaimMarks(tr: Transaction, claims: readonly ClaimRange[]): Transaction {
  const size = tr.doc.content.size;
  for (const { id, from, to } of claims) {
    const a = Math.max(0, Math.min(from, size));
    const b = Math.max(0, Math.min(to, size));
    if (a < b) tr.addMark(a, b, claimMark(id));
  }
  return tr;
}

/**
 * The extent of each claim's marked text within `[from, to]` of `doc`, clipped to that range:
 * how the claim index re-reads the part of a document a transaction touched.
 */
export function claimExtentsIn(doc: Node, from: number, to: number): Map<string, DocRange> {
  const found = new Map<string, DocRange>();
  if (from >= to) return found;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const id = claimIdOf(mark);
      if (id === null) continue;
      const a = Math.max(from, pos);
      const b = Math.min(to, pos + node.nodeSize);
      const seen = found.get(id);
      found.set(
        id,
        seen ? { from: Math.min(seen.from, a), to: Math.max(seen.to, b) } : { from: a, to: b },
      );
    }
    return false;
  });
  return found;
}

/** Every claim of a document with the extent of its marked text: a full scan, O(document). */
export function claimExtents(doc: Node): Map<string, DocRange> {
  return claimExtentsIn(doc, 0, doc.content.size);
}
