import { sourceLabel } from '@apparatus/core';
import type { ClaimKind, ClaimStatus, Source, Subject } from '@apparatus/core';

/**
 * How claim kinds are named to a reader: "figure" rather than the data word "quantity". Kept in
 * one place so the panel, its filters and the inspector say the same thing.
 */
export const KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  date: 'date',
  quantity: 'figure',
  scale: 'scale',
  name: 'name',
  place: 'place',
  outcome: 'outcome',
  statement: 'statement',
};

/** The status words of ARCHITECTURE.md; the status values are already the words. */
export function statusWord(status: ClaimStatus): string {
  return status;
}

/** A source as a menu offers it: its id and its label. */
export interface SourceOption {
  readonly id: string;
  readonly label: string;
}

/**
 * The sources as a menu lists them, by label (each label read once, not in the comparator). A
 * host derives them when its sources change, not on every render.
 */
export function sourceOptions(sources: readonly Source[]): SourceOption[] {
  return sources
    .map((s) => ({ id: s.id, label: sourceLabel(s) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The subjects as a menu lists them, by label. */
export function subjectsByLabel(subjects: readonly Subject[]): Subject[] {
  return [...subjects].sort((a, b) => a.label.localeCompare(b.label));
}
