/**
 * An article as the tool reads it: a title and a list of blocks, each piece of text keeping where
 * it stood in the source text, so that a claim found in a piece can be reported with offsets into
 * the file (`start`/`end` of the audit contract) and placed in the editor.
 *
 * The same tree shape serves two purposes through its type parameter: {@link Article} holds
 * {@link TextSpan}s with offsets (what a reader of a file produces), {@link ArticleOutline} holds
 * plain strings (what the editor produces from its document, before a writer lays it out as text).
 */

/** A piece of the source text: `text === source.slice(start, end)`, offsets in UTF-16 units. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One `Key: Value` line of the infobox. */
export interface InfoboxField<S> {
  readonly key: S;
  readonly value: S;
}

/** The blocks an article is made of, in reading order. */
export type ArticleBlock<S> =
  | { readonly type: 'caption'; readonly text: S }
  | { readonly type: 'infobox'; readonly fields: readonly InfoboxField<S>[] }
  | { readonly type: 'heading'; readonly level: number; readonly text: S }
  | { readonly type: 'paragraph'; readonly text: S }
  | { readonly type: 'list'; readonly items: readonly S[] };

/** The shape shared by {@link Article} and {@link ArticleOutline}. */
export interface ArticleTree<S> {
  readonly title: S;
  readonly blocks: readonly ArticleBlock<S>[];
}

/** An article read from text: every piece knows its offsets into {@link Article.text}. */
export interface Article extends ArticleTree<TextSpan> {
  /** The whole source text the offsets refer to (decoded, BOM dropped, nothing else changed). */
  readonly text: string;
  /**
   * What a writer needs to give the text back byte for byte (line ends, blank lines, spacing of
   * markers). Owned by the reader and writer in `@apparatus/formats`; opaque to everyone else.
   */
  readonly layout?: unknown;
}

/** An article without offsets, e.g. taken from an editor document, ready to be written out. */
export type ArticleOutline = ArticleTree<string>;

/** The prose pieces of an article (caption, headings, paragraphs, list items), in reading order. */
export function prosePieces<S>(tree: ArticleTree<S>): S[] {
  return tree.blocks.flatMap((b) =>
    b.type === 'infobox' ? [] : b.type === 'list' ? [...b.items] : [b.text],
  );
}

/** Drops the offsets of an article, keeping its content. */
export function outlineOf(article: ArticleTree<TextSpan>): ArticleOutline {
  const t = (span: TextSpan): string => span.text;
  return {
    title: t(article.title),
    blocks: article.blocks.map((block): ArticleBlock<string> => {
      switch (block.type) {
        case 'infobox':
          return {
            type: 'infobox',
            fields: block.fields.map((f) => ({ key: t(f.key), value: t(f.value) })),
          };
        case 'list':
          return { type: 'list', items: block.items.map(t) };
        case 'heading':
          return { type: 'heading', level: block.level, text: t(block.text) };
        default:
          return { type: block.type, text: t(block.text) };
      }
    }),
  };
}
