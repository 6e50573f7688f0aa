import type { Citation, Source } from '../source.ts';

/**
 * What deleting a source would take with it, so the UI can delete at once when nothing depends
 * on it and otherwise ask first, saying exactly what happens.
 */
export interface DeletionImpact {
  /** Citations that would be deleted with the source (the port deletes them together). */
  readonly citations: readonly Citation[];
  /** The distinct claims those citations belong to. */
  readonly claimIds: readonly string[];
  /** Sources known via this one; their `via` would lose the link (see {@link withoutVia}). */
  readonly dependents: readonly Source[];
  /** True when nothing cites it and nothing is known through it: safe without asking. */
  readonly safe: boolean;
}

/** Computes the {@link DeletionImpact} of deleting `sourceId`. */
export function deletionImpact(
  sourceId: string,
  citations: readonly Citation[],
  sources: readonly Source[],
): DeletionImpact {
  const cited = citations.filter((citation) => citation.sourceId === sourceId);
  const claimIds = [...new Set(cited.map((citation) => citation.claimId))];
  const dependents = sources.filter(
    (source) => source.id !== sourceId && source.via.includes(sourceId),
  );
  return {
    citations: cited,
    claimIds,
    dependents,
    safe: cited.length === 0 && dependents.length === 0,
  };
}

/**
 * The dependents of a deleted source with the link removed, to be written with the deletion so
 * no `via` points at nothing.
 */
export function withoutVia(dependents: readonly Source[], sourceId: string, now: string): Source[] {
  return dependents.map((source) => ({
    ...source,
    via: source.via.filter((id) => id !== sourceId),
    updatedAt: now,
  }));
}

/**
 * The confirm dialog's sentence: "2 citations (on 1 claim) will be deleted with it. Mazarof's
 * report will no longer be shown as known via it." `label` names sources.
 */
export function describeDeletion(
  impact: DeletionImpact,
  label: (source: Source) => string,
): string {
  const parts: string[] = [];
  const n = impact.citations.length;
  if (n > 0) {
    const claims = impact.claimIds.length;
    parts.push(
      `${n} ${n === 1 ? 'citation' : 'citations'} (on ${claims} ${claims === 1 ? 'claim' : 'claims'}) will be deleted with it; the claims themselves stay.`,
    );
  }
  if (impact.dependents.length > 0) {
    const names = impact.dependents.map(label).join(', ');
    parts.push(`${names} will no longer be shown as known via it.`);
  }
  if (parts.length === 0) parts.push('Nothing cites it and nothing is known through it.');
  return parts.join(' ');
}
