import type { ArticleOutline, ArticleTree, TextSpan } from '@apparatus/core';
import type { Node } from 'prosemirror-model';
import { docToOutline } from './convert.ts';

/** A range of document positions, `from <= to`. */
export interface DocRange {
  readonly from: number;
  readonly to: number;
}

/** A range of UTF-16 offsets into an article's text, `start <= end` (a core `TextPosition`). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * How an outline becomes text, reporting where each piece landed: `@apparatus/formats`'
 * `layoutArticle`. The editor takes it as a parameter so the canonical layout is decided in one
 * place only (and the editor never imports `formats`).
 */
export type LayOut = (outline: ArticleOutline) => ArticleTree<TextSpan>;

/**
 * The correspondence between a document and the text of an article: textblock i of the
 * document holds span i of the article (the title, then every caption, field value, heading,
 * paragraph and list item in reading order). Offsets that fall between spans — in markup such
 * as `== ` or `- `, or inside an infobox key, which is an attribute — snap to the nearest text.
 */
export interface TextMap {
  /** The article's text the offsets refer to. */
  readonly text: string;
  /** Document positions of a text range, or null when it covers no text of any textblock. */
  toDoc(range: OffsetRange): DocRange | null;
  /** Text offsets of a document range, or null when it covers no text of any textblock. */
  toText(range: DocRange): OffsetRange | null;
}

/** A textblock's content start in the document and the span of text it holds. */
export interface TextPair {
  readonly pos: number;
  readonly span: TextSpan;
}
type Pair = TextPair;

/** The article's pieces that are textblocks in the editor (infobox keys are attributes). */
function textSpans(article: ArticleTree<TextSpan>): TextSpan[] {
  const spans: TextSpan[] = [article.title];
  for (const block of article.blocks) {
    if (block.type === 'infobox') spans.push(...block.fields.map((f) => f.value));
    else if (block.type === 'list') spans.push(...block.items);
    else spans.push(block.text);
  }
  return spans;
}

/**
 * The {@link TextMap} between `doc` and `article`, the article the document was made from (by
 * `articleToDoc`) or laid out from (see {@link currentTextMap}). Throws if they do not
 * correspond — a programmer error, not a user's.
 */
export function textMapOf(
  doc: Node,
  article: ArticleTree<TextSpan> & { readonly text: string },
): TextMap {
  const spans = textSpans(article);
  const pairs: Pair[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const span = spans[pairs.length];
    if (span === undefined || span.text !== node.textContent) {
      throw new RangeError(
        `Textblock ${pairs.length} does not hold the article's piece ${JSON.stringify(span?.text)}`,
      );
    }
    pairs.push({ pos: pos + 1, span });
    return false;
  });
  if (pairs.length !== spans.length)
    throw new RangeError(
      `The document has ${pairs.length} textblocks, the article ${spans.length} pieces`,
    );
  return new PairedTextMap(article.text, pairs);
}

/**
 * The {@link TextMap} of the current document into the text `layOut(docToOutline(doc))` writes —
 * what the host saves as the account's text and what claims' `TextPosition`s refer to.
 */
export function currentTextMap(doc: Node, layOut: LayOut): TextMap {
  const article = layOut(docToOutline(doc));
  const text = 'text' in article && typeof article.text === 'string' ? article.text : '';
  return textMapOf(doc, { ...article, text });
}

/**
 * The {@link TextMap} over `text` from its textblocks' pairs, in document order — for a caller
 * that already knows where each textblock's text landed (the incremental save of
 * `doc-snapshot.ts`), without `textMapOf`'s walk over the whole document.
 */
export function textMapFromPairs(text: string, pairs: readonly TextPair[]): TextMap {
  return new PairedTextMap(text, pairs);
}

/** Index of the last pair whose `key` is <= `value` (pairs are in increasing order), or -1. */
function lastAtOrBefore(pairs: readonly Pair[], value: number, key: (p: Pair) => number): number {
  let lo = 0;
  let hi = pairs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(pairs[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

class PairedTextMap implements TextMap {
  constructor(
    readonly text: string,
    private readonly pairs: readonly Pair[],
  ) {}

  toDoc({ start, end }: OffsetRange): DocRange | null {
    const from = this.point(
      start,
      'start',
      (p) => p.span.start,
      (p) => p.span.end - p.span.start,
      (p) => p.pos,
    );
    const to = this.point(
      end,
      'end',
      (p) => p.span.start,
      (p) => p.span.end - p.span.start,
      (p) => p.pos,
    );
    return from !== null && to !== null && from <= to ? { from, to } : null;
  }

  toText({ from, to }: DocRange): OffsetRange | null {
    const start = this.point(
      from,
      'start',
      (p) => p.pos,
      (p) => p.span.end - p.span.start,
      (p) => p.span.start,
    );
    const end = this.point(
      to,
      'end',
      (p) => p.pos,
      (p) => p.span.end - p.span.start,
      (p) => p.span.start,
    );
    return start !== null && end !== null && start <= end ? { start, end } : null;
  }

  /**
   * Maps one point from one side to the other: inside a piece it keeps its distance from the
   * piece's start; between pieces a range's start snaps forward to the next piece and its end
   * back to the previous one.
   */
  private point(
    value: number,
    side: 'start' | 'end',
    origin: (p: Pair) => number,
    size: (p: Pair) => number,
    target: (p: Pair) => number,
  ): number | null {
    const i = lastAtOrBefore(this.pairs, value, origin);
    const pair = this.pairs[i];
    if (pair !== undefined && value <= origin(pair) + size(pair))
      return target(pair) + (value - origin(pair));
    if (side === 'start') {
      const next = this.pairs[i + 1];
      return next === undefined ? null : target(next);
    }
    return pair === undefined ? null : target(pair) + size(pair);
  }
}
