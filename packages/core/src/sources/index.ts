/** Source criticism: labels, chains of transmission, duplicates, merging, deletion, the seed. */
export { displayName, authorsOf, sourceLabel } from './label.ts';
export type { ReferenceField } from './missing.ts';
export { REFERENCE_FIELDS, MISSING_FIELD_TEXT, missingFields } from './missing.ts';
export type { SourceLookup, Chain, ChainStep, ChainWording } from './chain.ts';
export { indexSources, chainOf, chainSteps, describeChain } from './chain.ts';
export type { DuplicateReason, DuplicateGroup } from './duplicates.ts';
export {
  DUPLICATE_REASONS,
  normalizeText,
  normalizeUrl,
  normalizeDoi,
  findDuplicateSources,
} from './duplicates.ts';
export type { SourceMerge, MergeOptions, SourceGroupMerge } from './merge.ts';
export { mergeSources, mergeSourceGroup } from './merge.ts';
export type { DeletionImpact } from './deletion.ts';
export { deletionImpact, withoutVia, describeDeletion } from './deletion.ts';
export type { SeedCitationPlan, SeedSources } from './seed.ts';
export { SEED_CITED_SENTENCE, seedSources, citeSeed } from './seed.ts';
