import type { Article, ArticleOutline, ArticleTree, TextSpan } from '@apparatus/core';
import { describe, expect, it } from 'vitest';
import { articleToDoc } from '../src/convert.ts';
import { currentTextMap, textMapOf } from '../src/text-map.ts';
import { handArticle } from './hand-article.ts';

/** The offsets of `needle` in the article's text. */
function find(article: Article, needle: string): { start: number; end: number } {
  const start = article.text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + needle.length };
}

/** A stand-in for formats' layoutArticle: one piece per line, keys as `key: `. */
function toyLayOut(outline: ArticleOutline): ArticleTree<TextSpan> & { text: string } {
  let text = '';
  const put = (s: string): TextSpan => {
    const start = text.length;
    text += `${s}\n`;
    return { text: s, start, end: start + s.length };
  };
  const title = put(outline.title);
  const blocks = outline.blocks.map((b) => {
    switch (b.type) {
      case 'infobox':
        return {
          type: 'infobox' as const,
          fields: b.fields.map((f) => ({ key: put(f.key), value: put(f.value) })),
        };
      case 'list':
        return { type: 'list' as const, items: b.items.map(put) };
      case 'heading':
        return { type: 'heading' as const, level: b.level, text: put(b.text) };
      default:
        return { type: b.type, text: put(b.text) };
    }
  });
  return { title, blocks, text };
}

describe('textMapOf', () => {
  const article = handArticle();
  const d = articleToDoc(article);
  const map = textMapOf(d, article);

  it.each([
    '7,0008,000',
    '8 February',
    'Dushanbe took',
    '1,500',
    'Khivan',
    'Siege of Dushanbe',
    'Bukharan PSR',
  ])('maps the offsets of %j to the document range holding the same text', (needle) => {
    const range = map.toDoc(find(article, needle))!;
    expect(d.textBetween(range.from, range.to)).toBe(needle);
    expect(map.toText(range)).toEqual(find(article, needle));
  });

  it('snaps a range that starts in markup to the next text, and one that ends in markup to the previous', () => {
    const { start } = find(article, '== Background');
    const { end } = find(article, 'Background');
    const range = map.toDoc({ start, end: end + 3 })!;
    expect(d.textBetween(range.from, range.to)).toBe('Background');
  });

  it('maps a range across blocks to a range across textblocks', () => {
    const { start } = find(article, '1922.');
    const { end } = find(article, 'Background');
    const range = map.toDoc({ start, end })!;
    expect(d.textBetween(range.from, range.to, '|')).toBe('1922.|Background');
  });

  it('gives null for a range inside markup only', () => {
    const at = find(article, '== ').start;
    expect(map.toDoc({ start: at, end: at + 2 })).toBeNull();
  });

  it('refuses a document that was not made from the article', () => {
    expect(() => textMapOf(articleToDoc({ ...article, blocks: [] }), article)).toThrow(RangeError);
  });

  it('maps the current document into the text a layout function writes', () => {
    const current = currentTextMap(d, toyLayOut);
    const range = textMapOf(d, article).toDoc(find(article, '7,0008,000'))!;
    const offsets = current.toText(range)!;
    expect(current.text.slice(offsets.start, offsets.end)).toBe('7,0008,000');
    expect(current.text.slice(0, offsets.start)).toContain('Strength2\n');
  });
});
