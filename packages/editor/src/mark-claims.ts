import { Fragment, type Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { claimMark, type ClaimRange } from './claim-marks.ts';

/**
 * `doc` with the `claim` marks of `claims` added, built block by block: what opening a
 * never-saved account (a first-run seed, an import) needs at book scale. Adding the marks through
 * one transaction (`addClaimMarks`) keeps a whole-document copy per step — 35,000 claims in a
 * 50,000-block book is O(claims × blocks) time and memory (it ran a 4 GB heap out). Here each
 * top-level block that holds claims is re-marked once on its own, the others are shared as they
 * are, so the cost is O(document + claims × block). The result equals `addClaimMarks`' document.
 * Ranges that cover no text are skipped; a range across blocks is marked in each block it covers.
 */
export function markClaims(doc: Node, claims: readonly ClaimRange[]): Node {
  if (claims.length === 0) return doc;
  const size = doc.content.size;
  const sorted = claims
    .map(({ id, from, to }) => ({
      id,
      from: Math.max(0, Math.min(from, size)),
      to: Math.max(0, Math.min(to, size)),
    }))
    .filter((c) => c.from < c.to)
    .sort((a, b) => a.from - b.from);
  const children: Node[] = [];
  let next = 0;
  let changed = false;
  /** Claims that started in an earlier block and may still run into this one (rare). */
  let open: typeof sorted = [];
  doc.forEach((child, offset) => {
    const start = offset + 1;
    const end = offset + child.nodeSize - 1;
    const here = open.filter((c) => c.to > start);
    while (next < sorted.length && sorted[next]!.from < end) here.push(sorted[next++]!);
    open = here.filter((c) => c.to > end);
    if (here.length === 0 || child.isLeaf) {
      children.push(child);
      return;
    }
    const tr = new Transform(child);
    for (const { id, from, to } of here) {
      const a = Math.max(from, start) - start;
      const b = Math.min(to, end) - start;
      if (a < b) tr.addMark(a, b, claimMark(id));
    }
    changed ||= tr.docChanged;
    children.push(tr.doc);
  });
  return changed ? doc.copy(Fragment.fromArray(children)) : doc;
}
