/** Annotation: pure operations on claims that the toolbar, dialogs, panel and inspector call. */
export { checkReason, flagClaim, supportClaim, refuteClaim, clearClaimStatus } from './status.ts';
export { setClaimSubject, subjectForLabel } from './subject.ts';
export type { CitationField, FieldChecked, CitationDraft, InlineSourceDraft } from './citation.ts';
export { isStance, newCitation, nameFromText, newInlineSource } from './citation.ts';
export type { ClaimFilter } from './filter.ts';
export { citationCounts, citationCountText, filterClaims } from './filter.ts';
export type { ClaimStep } from './navigate.ts';
export { claimsInTextOrder, stepClaim } from './navigate.ts';
