/**
 * The reference styles offered; Chicago author-date is the default (ARCHITECTURE.md). Kept apart
 * from the engine so that naming a style does not load citeproc.
 */
export const REFERENCE_STYLES = ['chicago-author-date', 'apa'] as const;
export type ReferenceStyle = (typeof REFERENCE_STYLES)[number];
