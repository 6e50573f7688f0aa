import type { Citation, CslData, Source } from '../source.ts';

/** What merging two records changes; write all of it, then delete `removedSourceId`. */
export interface SourceMerge {
  /** The kept record, with the dropped one's fields filling its gaps. */
  readonly source: Source;
  /** Citations that pointed at the dropped record, now pointing at the kept one. */
  readonly citations: readonly Citation[];
  /** Other sources whose `via` named the dropped record, now naming the kept one. */
  readonly sources: readonly Source[];
  readonly removedSourceId: string;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** CSL fields of `keep`, with any field it lacks taken from `drop`; the id stays `keep`'s. */
function mergeCsl(keep: CslData, drop: CslData): CslData {
  const merged: Record<string, unknown> = { ...keep };
  for (const [field, value] of Object.entries(drop)) {
    if (field === 'id') continue;
    if (isEmpty(merged[field]) && !isEmpty(value)) merged[field] = value;
  }
  return merged as CslData;
}

function text(keep: string, drop: string): string {
  return keep.trim() !== '' ? keep : drop;
}

/** Replaces `from` by `to` in a `via` list, keeping order, dropping repeats and `self`. */
function repoint(via: readonly string[], from: string, to: string, self: string): string[] {
  const out: string[] = [];
  for (const id of via) {
    const next = id === from ? to : id;
    if (next !== self && !out.includes(next)) out.push(next);
  }
  return out;
}

/** Options for {@link mergeSources}: the other sources (for `via` links) and the clock. */
export interface MergeOptions {
  readonly sources?: readonly Source[];
  readonly now?: string;
}

/**
 * Merges a duplicate into the record the user keeps, without touching storage: `keep` wins
 * wherever it has a value and `drop` fills the gaps (CSL fields, category, composition, notes);
 * `via` is the union, minus either record itself. Citations of `drop` are re-pointed to `keep`
 * (kept as separate citations: their locators may differ), and so are `via` links of other
 * sources. Pure: the caller writes the result and then deletes `drop`.
 */
export function mergeSources(
  keep: Source,
  drop: Source,
  citations: readonly Citation[],
  options: MergeOptions = {},
): SourceMerge {
  if (keep.id === drop.id) throw new Error('mergeSources: a source cannot be merged with itself');
  const now = options.now ?? new Date().toISOString();
  const via = repoint([...keep.via, ...drop.via], drop.id, keep.id, keep.id);
  const source: Source = {
    ...keep,
    csl: mergeCsl(keep.csl, drop.csl),
    category: keep.category ?? drop.category,
    composed: text(keep.composed, drop.composed),
    perspective: text(keep.perspective, drop.perspective),
    reliability: text(keep.reliability, drop.reliability),
    via,
    createdAt: keep.createdAt < drop.createdAt ? keep.createdAt : drop.createdAt,
    updatedAt: now,
  };
  const moved = citations
    .filter((citation) => citation.sourceId === drop.id)
    .map((citation) => ({ ...citation, sourceId: keep.id }));
  const others = (options.sources ?? [])
    .filter((other) => other.id !== keep.id && other.id !== drop.id && other.via.includes(drop.id))
    .map((other) => ({
      ...other,
      via: repoint(other.via, drop.id, keep.id, other.id),
      updatedAt: now,
    }));
  return { source, citations: moved, sources: others, removedSourceId: drop.id };
}

/**
 * Everything merging a group of duplicates writes, as `WorkspacePort.mergeSources` takes it: the
 * kept record, the citations and other sources re-pointed to it, and the records that go. Written
 * in ONE transaction, so a failure half-way never leaves a citation pointing at a deleted record.
 */
export interface SourceGroupMerge {
  /** The kept record, with the dropped ones' fields filling its gaps. */
  readonly source: Source;
  /** Citations that pointed at a dropped record, now pointing at the kept one. */
  readonly citations: readonly Citation[];
  /** Other sources whose `via` named a dropped record, now naming the kept one. */
  readonly sources: readonly Source[];
  /** The dropped records, deleted once everything pointing at them was re-pointed. */
  readonly removedSourceIds: readonly string[];
}

/**
 * Merges every record of `drops` into `keep`, one after another (the first drop fills `keep`'s
 * gaps first), folding the re-pointed citations and sources so that each row is written once in
 * its final state. Pure, like {@link mergeSources}.
 */
export function mergeSourceGroup(
  keep: Source,
  drops: readonly Source[],
  citations: readonly Citation[],
  options: MergeOptions = {},
): SourceGroupMerge {
  const now = options.now ?? new Date().toISOString();
  let kept = keep;
  let allCitations = [...citations];
  let allSources = [...(options.sources ?? [])];
  const movedCitations = new Map<string, Citation>();
  const movedSources = new Map<string, Source>();
  const removed: string[] = [];
  for (const given of drops) {
    if (given.id === kept.id || removed.includes(given.id)) continue;
    // An earlier merge may have re-pointed this record's own `via`: merge its current state.
    const drop = allSources.find((s) => s.id === given.id) ?? given;
    const merge = mergeSources(kept, drop, allCitations, { sources: allSources, now });
    kept = merge.source;
    removed.push(drop.id);
    for (const c of merge.citations) movedCitations.set(c.id, c);
    for (const s of merge.sources) movedSources.set(s.id, s);
    movedSources.delete(drop.id);
    allCitations = allCitations.map((c) => movedCitations.get(c.id) ?? c);
    allSources = allSources
      .filter((s) => s.id !== drop.id)
      .map((s) => (s.id === kept.id ? kept : (movedSources.get(s.id) ?? s)));
  }
  movedSources.delete(kept.id);
  return {
    source: kept,
    citations: [...movedCitations.values()],
    sources: [...movedSources.values()],
    removedSourceIds: removed,
  };
}
