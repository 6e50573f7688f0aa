/**
 * @apparatus/formats — files in and out. The article format first: {@link readArticle} and
 * {@link writeArticle} (byte-identical round trip), {@link layoutArticle} (the canonical layout),
 * {@link decodeText} (bytes to text, with readable errors).
 */
export { readArticle } from './article/read.ts';
export { writeArticle, layoutArticle, piecesOf } from './article/layout.ts';
export type { ArticleLayout } from './article/layout.ts';
export { decodeText, MAX_TEXT_BYTES } from './article/decode.ts';

// ── references: citeproc formatting, CSL-JSON / BibTeX / RIS input (packages/formats/src/csl/)
export type { TextRun, ReferenceStyle, FormattedReference, ReferenceFormat } from './csl/index.ts';
export {
  htmlToRuns,
  REFERENCE_STYLES,
  formatReference,
  REFERENCE_FORMATS,
  guessReferenceFormat,
  parseReferences,
} from './csl/index.ts';
