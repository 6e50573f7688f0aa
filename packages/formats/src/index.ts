/**
 * @apparatus/formats — files in and out. The article format first: {@link readArticle} and
 * {@link writeArticle} (byte-identical round trip), {@link layoutArticle} (the canonical layout),
 * {@link decodeText} (bytes to text, with readable errors).
 */
export { readArticle } from './article/read.ts';
export { writeArticle, layoutArticle, piecesOf } from './article/layout.ts';
export type { ArticleLayout } from './article/layout.ts';
export { decodeText, MAX_TEXT_BYTES } from './article/decode.ts';
