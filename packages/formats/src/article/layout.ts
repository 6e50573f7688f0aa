import { outlineOf } from '@apparatus/core';
import type { Article, ArticleBlock, ArticleOutline, ArticleTree, TextSpan } from '@apparatus/core';

/**
 * What {@link readArticle} keeps so that {@link writeArticle} can give a text back byte for byte:
 * the text between consecutive pieces, in reading order (`chrome[0]` before the title,
 * `chrome[i]` before the i-th piece, the last after the last piece) — markers, line ends,
 * blank lines, stray spaces.
 */
export interface ArticleLayout {
  readonly kind: 'article-layout';
  readonly chrome: readonly string[];
}

/** The pieces of text of an article tree, in reading order. */
export function piecesOf<S>(tree: ArticleTree<S>): S[] {
  const pieces: S[] = [tree.title];
  for (const block of tree.blocks) {
    switch (block.type) {
      case 'infobox':
        for (const field of block.fields) pieces.push(field.key, field.value);
        break;
      case 'list':
        pieces.push(...block.items);
        break;
      default:
        pieces.push(block.text);
    }
  }
  return pieces;
}

/**
 * Lays an outline out as text in the canonical article format, and reads back where every piece
 * landed: the one place that decides the canonical layout (the editor maps document positions to
 * text offsets through it). Blocks are separated by one blank line; a caption stands directly
 * above the infobox; the text ends with a line end.
 */
export function layoutArticle(outline: ArticleOutline, lineEnding: '\n' | '\r\n' = '\n'): Article {
  const nl = lineEnding;
  let text = '';
  const spanOf = (piece: string): TextSpan => {
    const start = text.length;
    text += piece;
    return { text: piece, start, end: text.length };
  };
  text += '= ';
  const title = spanOf(oneLine(outline.title));
  text += ` =${nl}`;
  const blocks: ArticleBlock<TextSpan>[] = [];
  let previous: ArticleBlock<string>['type'] | undefined;
  for (const block of outline.blocks) {
    const tight = previous === 'caption' && block.type === 'infobox';
    if (!tight) text += nl;
    previous = block.type;
    switch (block.type) {
      case 'heading': {
        const marks = '='.repeat(Math.min(6, Math.max(2, block.level)));
        text += `${marks} `;
        const span = spanOf(oneLine(block.text));
        text += ` ${marks}${nl}`;
        blocks.push({ type: 'heading', level: marks.length, text: span });
        break;
      }
      case 'infobox': {
        const fields = block.fields.map((field) => {
          text += '- ';
          const key = spanOf(oneLine(field.key));
          text += ': ';
          const value = spanOf(oneLine(field.value));
          text += nl;
          return { key, value };
        });
        blocks.push({ type: 'infobox', fields });
        break;
      }
      case 'list': {
        const items = block.items.map((item) => {
          text += '- ';
          const span = spanOf(oneLine(item));
          text += nl;
          return span;
        });
        blocks.push({ type: 'list', items });
        break;
      }
      default: {
        const span = spanOf(block.type === 'paragraph' ? block.text : oneLine(block.text));
        text += nl;
        blocks.push({ type: block.type, text: span });
      }
    }
  }
  return {
    title,
    blocks,
    text,
    layout: { kind: 'article-layout', chrome: [] } satisfies ArticleLayout,
  };
}

/**
 * Writes an article as text. An {@link Article} read by {@link readArticle} (its layout kept, the
 * same number of pieces) comes back byte for byte, with any changed piece text in place; an
 * outline, or an article whose structure changed, is laid out canonically.
 */
export function writeArticle(article: Article | ArticleOutline): string {
  const layout = 'layout' in article ? asLayout(article.layout) : undefined;
  if (layout !== undefined) {
    const pieces = piecesOf<TextSpan>(article as Article);
    if (layout.chrome.length === pieces.length + 1) {
      let out = layout.chrome[0]!;
      pieces.forEach((piece, i) => {
        out += piece.text + layout.chrome[i + 1]!;
      });
      return out;
    }
  }
  const outline =
    'text' in article && typeof article.text === 'string'
      ? outlineOf(article as Article)
      : (article as ArticleOutline);
  return layoutArticle(outline).text;
}

function asLayout(layout: unknown): ArticleLayout | undefined {
  if (typeof layout !== 'object' || layout === null) return undefined;
  const candidate = layout as Partial<ArticleLayout>;
  return candidate.kind === 'article-layout' &&
    Array.isArray(candidate.chrome) &&
    candidate.chrome.length > 0
    ? (candidate as ArticleLayout)
    : undefined;
}

/** Line breaks inside a one-line piece (a title, a field) would change the structure: fold them. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
