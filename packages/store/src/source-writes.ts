import type { SourceGroupMerge } from '@apparatus/core';
import type { ApparatusDatabase } from './schema.ts';

/**
 * The source library's writes that reach beyond one row, each the body of one read-write
 * transaction on `sources` and `citations` (opened by `DexieWorkspace`): what points at a source
 * (citations, other sources' `via` chains) follows it when it is deleted or merged away, so no
 * citation or chain is left pointing at nothing.
 */

/**
 * Deletes source `id` with its citations, and drops it from the `via` chains of other sources
 * (their `updatedAt` set to `now`).
 */
export async function deleteSourceRows(
  db: ApparatusDatabase,
  id: string,
  now: string,
): Promise<void> {
  await db.citations.where('sourceId').equals(id).delete();
  await db.sources
    .where('via')
    .equals(id)
    .modify((source: { via: readonly string[]; updatedAt: string }) => {
      source.via = source.via.filter((via) => via !== id);
      source.updatedAt = now;
    });
  await db.sources.delete(id);
}

/**
 * Writes a merge of duplicates: the kept record, the re-pointed citations and sources, then
 * whatever still points at a dropped record (another tab's write since the merge was computed)
 * re-pointed as well, and the dropped records deleted.
 */
export async function mergeSourceRows(
  db: ApparatusDatabase,
  merge: SourceGroupMerge,
): Promise<void> {
  const keepId = merge.source.id;
  const removed = merge.removedSourceIds.filter((id) => id !== keepId);
  const gone = new Set(removed);
  await db.sources.put(merge.source);
  await db.citations.bulkPut([...merge.citations]);
  await db.sources.bulkPut(merge.sources.filter((s) => !gone.has(s.id)));
  if (removed.length === 0) return;
  await db.citations.where('sourceId').anyOf(removed).modify({ sourceId: keepId });
  await db.sources
    .where('via')
    .anyOf(removed)
    .modify((source: { id: string; via: readonly string[]; updatedAt: string }) => {
      const via: string[] = [];
      for (const link of source.via) {
        const next = gone.has(link) ? keepId : link;
        if (next !== source.id && !via.includes(next)) via.push(next);
      }
      source.via = via;
      source.updatedAt = merge.source.updatedAt;
    });
  await db.sources.bulkDelete(removed);
}
