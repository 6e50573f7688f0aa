/**
 * @apparatus/core — the domain: articles, claims, values, subjects, sources, citations and the
 * repository port. Pure TypeScript: no DOM, no ProseMirror, no Dexie.
 */
export type { Parsed } from './result.ts';
export { ok, fail, isOk } from './result.ts';
export { newId } from './ids.ts';
export type {
  TextSpan,
  InfoboxField,
  ArticleBlock,
  ArticleTree,
  Article,
  ArticleOutline,
} from './article.ts';
export { outlineOf } from './article.ts';
export type {
  Calendar,
  DatePrecision,
  DateInterval,
  DateValue,
  QuantityValue,
  ScaleLevel,
  ScaleValue,
  NameValue,
  TextValue,
  ClaimValue,
} from './values.ts';
export { CALENDARS, DATE_PRECISIONS, SCALE_LEVELS } from './values.ts';
export type {
  ClaimKind,
  ClaimStatus,
  ClaimOrigin,
  TextQuote,
  TextPosition,
  Claim,
  DetectedClaim,
} from './claim.ts';
export { CLAIM_KINDS, CLAIM_STATUSES } from './claim.ts';
export type { Subject } from './subject.ts';
export type { SourceCategory, CslName, CslData, Source, Stance, Citation } from './source.ts';
export { SOURCE_CATEGORIES, STANCES } from './source.ts';
export type { AccountKind, Account } from './account.ts';
export { ACCOUNT_KINDS } from './account.ts';
export type { ConflictKind, Conflict, Agreement } from './conflict.ts';
export { CONFLICT_KINDS } from './conflict.ts';
export type {
  Unsubscribe,
  Watchable,
  AccountSnapshot,
  DocumentVersions,
  WorkspacePort,
  StorageError,
  StorageErrorKind,
  IntegrityProblem,
  IntegrityProblemKind,
} from './port.ts';
export { INTEGRITY_PROBLEM_KINDS, STORAGE_ERROR_KINDS, isStorageError } from './port.ts';

// ── values: reading dates, figures and scales (packages/core/src/values/)
export type {
  ValueContext,
  ValueMatch,
  ValueMatchKind,
  FindValuesOptions,
} from './values/index.ts';
export {
  VALUE_MATCH_KINDS,
  findValues,
  parseDate,
  parseQuantity,
  parseScale,
  quantitiesCompatible,
  datesCompatible,
  oldStyleGap,
  APPROXIMATE_TOLERANCE,
  julianToGregorian,
  oldStyleGapOfYear,
  rumiToGregorian,
  hijriToGregorian,
  hijriInterval,
  repairLostDash,
} from './values/index.ts';

// ── claims engine: extraction, subjects, conflicts (packages/core/src/engine/)
export { extractClaims, locateClaims } from './engine/extract.ts';
export type { LocatedClaim } from './engine/extract.ts';
export { detectConflicts, findAgreements } from './engine/conflicts.ts';
export type { AuditedClaim } from './engine/conflicts.ts';
export { auditArticle } from './engine/audit.ts';
export type { AuditReport } from './engine/audit.ts';

// ── sources: chains of transmission, seed sources (packages/core/src/sources/)
export type {
  ReferenceField,
  SourceLookup,
  Chain,
  ChainStep,
  ChainWording,
  DuplicateReason,
  DuplicateGroup,
  SourceMerge,
  SourceGroupMerge,
  MergeOptions,
  DeletionImpact,
  SeedCitationPlan,
  SeedSources,
} from './sources/index.ts';
export {
  displayName,
  authorsOf,
  sourceLabel,
  REFERENCE_FIELDS,
  MISSING_FIELD_TEXT,
  missingFields,
  indexSources,
  chainOf,
  chainSteps,
  describeChain,
  DUPLICATE_REASONS,
  normalizeText,
  normalizeUrl,
  normalizeDoi,
  findDuplicateSources,
  mergeSources,
  mergeSourceGroup,
  deletionImpact,
  withoutVia,
  describeDeletion,
  SEED_CITED_SENTENCE,
  seedSources,
  citeSeed,
} from './sources/index.ts';

// ── comparison of accounts (packages/core/src/compare/)
export type { ComparedClaim, ComparedAccount } from './compare/account.ts';
export { accountName, sidesOfAccount } from './compare/account.ts';
export { accountOfArticle } from './compare/of-article.ts';
export type { SideMatch } from './compare/side-match.ts';
export { matchSides, sharedSideWords } from './compare/side-match.ts';
export type { SubjectParts } from './compare/subject-key.ts';
export { LABEL_SEPARATOR, subjectKey, subjectParts } from './compare/subject-key.ts';
export type { ClaimPlace } from './compare/moment.ts';
export { placeClaims, sameMoment } from './compare/moment.ts';
export type { SubjectOverrides, CrossSubject, Alignment } from './compare/cross-subjects.ts';
export { alignSubjects } from './compare/cross-subjects.ts';
export type { NamedClaim, WinnerOf, PairVerdict } from './compare/pair-verdict.ts';
export { comparePair, namesAPerson } from './compare/pair-verdict.ts';
export type {
  RowStatus,
  SynopticCell,
  SynopticRow,
  Synopsis,
  RowOrder,
  RowFilter,
} from './compare/synopsis.ts';
export {
  ROW_STATUSES,
  ROW_ORDERS,
  buildSynopsis,
  sortRows,
  filterRows,
} from './compare/synopsis.ts';
export type {
  RevisionSide,
  DiffPart,
  RevisionChange,
  RevisionDiff,
} from './compare/revision-diff.ts';
export { diffRevision } from './compare/revision-diff.ts';

// ── annotation: flag, support, refute, values and subjects of claims, citations, filters, navigation (packages/core/src/annotate/)
export type {
  SelectionDraft,
  CitationField,
  FieldChecked,
  CitationDraft,
  InlineSourceDraft,
  ClaimFilter,
  ClaimStep,
  QuoteMatch,
} from './annotate/index.ts';
export {
  checkReason,
  flagClaim,
  supportClaim,
  refuteClaim,
  clearClaimStatus,
  readClaimValue,
  setClaimValue,
  setClaimSubject,
  subjectForLabel,
  QUOTE_CONTEXT,
  quoteAt,
  guessClaimKind,
  claimFromSelection,
  claimsFromDetected,
  isStance,
  newCitation,
  nameFromText,
  newInlineSource,
  citationCounts,
  citationCountText,
  filterClaims,
  claimsInTextOrder,
  stepClaim,
  ANCHOR_WINDOW,
  ANCHOR_THRESHOLD,
  anchorQuote,
} from './annotate/index.ts';
