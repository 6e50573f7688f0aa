/** References: citeproc formatting and CSL-JSON / BibTeX / RIS input, through citation-js. */
export type { TextRun } from './runs.ts';
export { htmlToRuns } from './runs.ts';
export type { ReferenceStyle } from './style.ts';
export { REFERENCE_STYLES } from './style.ts';
export type { FormattedReference } from './format.ts';
export { formatReference } from './format.ts';
export type { ReferenceFormat } from './parse.ts';
export { REFERENCE_FORMATS, guessReferenceFormat, parseReferences } from './parse.ts';
