/** Annotation: pure operations on claims that the toolbar, dialogs, panel and inspector call. */
export { checkReason, flagClaim, supportClaim, refuteClaim, clearClaimStatus } from './status.ts';
export { readClaimValue, setClaimValue } from './value.ts';
export { setClaimSubject, subjectForLabel } from './subject.ts';
export type { SelectionDraft } from './from-selection.ts';
export { QUOTE_CONTEXT, quoteAt, guessClaimKind, claimFromSelection } from './from-selection.ts';
export { claimsFromDetected } from './detected.ts';
export type { CitationField, FieldChecked, CitationDraft, InlineSourceDraft } from './citation.ts';
export { isStance, newCitation, nameFromText, newInlineSource } from './citation.ts';
export type { ClaimFilter } from './filter.ts';
export { citationCounts, citationCountText, filterClaims } from './filter.ts';
export type { ClaimStep } from './navigate.ts';
export { claimsInTextOrder, stepClaim } from './navigate.ts';
export type { QuoteMatch } from './reanchor.ts';
export { ANCHOR_WINDOW, ANCHOR_THRESHOLD, anchorQuote } from './reanchor.ts';
