import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOk, outlineOf } from '@apparatus/core';
import type { Article, TextSpan } from '@apparatus/core';
import { decodeText, layoutArticle, piecesOf, readArticle, writeArticle } from '@apparatus/formats';

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
const seed = readFileSync(`${fixtures}siege-of-dushanbe.txt`, 'utf8');

function read(text: string): Article {
  const parsed = readArticle(text);
  if (!isOk(parsed)) throw new Error(parsed.error);
  return parsed.value;
}

/** Every piece is the slice of the text its offsets name. */
function expectSpansExact(article: Article): void {
  for (const piece of piecesOf<TextSpan>(article)) {
    expect(article.text.slice(piece.start, piece.end)).toBe(piece.text);
  }
}

describe('readArticle on the seed', () => {
  const article = read(seed);

  it('reads the title, the caption and the infobox', () => {
    expect(article.title.text).toBe('Siege of Dushanbe');
    expect(article.blocks[0]).toMatchObject({ type: 'caption', text: { text: 'Bukharan PSR' } });
    const infobox = article.blocks[1];
    if (infobox?.type !== 'infobox') throw new Error('no infobox');
    expect(infobox.fields).toHaveLength(14);
    const date = infobox.fields.find((f) => f.key.text === 'Date')!;
    // The offsets of the audit contract's example.
    expect(date.value).toMatchObject({ text: '28 January or 8 February–14 February', start: 229 });
    const strength = infobox.fields.find((f) => f.key.text === 'Strength2')!;
    expect(strength.value).toEqual({ text: '7,0008,000', start: 543, end: 553 });
  });

  it('reads headings, paragraphs and the See also list', () => {
    const kinds = article.blocks.map((b) => b.type);
    expect(kinds.filter((k) => k === 'heading')).toHaveLength(4);
    const headings = article.blocks.flatMap((b) =>
      b.type === 'heading' ? [`${b.level}:${b.text.text}`] : [],
    );
    expect(headings).toEqual([
      '2:Background',
      '2:Encirclement of Dushanbe by the Basmachi forces',
      '2:Aftermath',
      '2:See also',
    ]);
    const list = article.blocks.at(-1);
    expect(list?.type === 'list' && list.items.map((i) => i.text)).toEqual([
      'Red army intervention in Afghanistan',
      "Enver Pasha's Rebellion",
      'Bukharan Revolution',
      'Khivan Revolution',
    ]);
    // "== Aftermath ==" is followed by its paragraph without a blank line.
    const aftermath = article.blocks.findIndex(
      (b) => b.type === 'heading' && b.text.text === 'Aftermath',
    );
    expect(article.blocks[aftermath + 1]?.type).toBe('paragraph');
  });

  it('keeps exact offsets for every piece', () => {
    expectSpansExact(article);
  });

  it('writes the seed back byte for byte', () => {
    expect(writeArticle(article)).toBe(seed);
  });
});

describe('round trip of every fixture', () => {
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.txt'))) {
    it(`${name} comes back byte for byte`, () => {
      const text = readFileSync(`${fixtures}${name}`, 'utf8');
      const article = read(text);
      expectSpansExact(article);
      expect(writeArticle(article)).toBe(text);
    });
  }
});

describe('bad and unusual input', () => {
  it('explains a text with no title line', () => {
    const parsed = readArticle('Just a paragraph.\n');
    expect(isOk(parsed)).toBe(false);
    expect(!isOk(parsed) && parsed.error).toMatch(/no title line.*line 1 is “Just a paragraph\.”/);
  });

  it('explains an empty text and an empty title', () => {
    expect(readArticle('')).toEqual({ error: expect.stringMatching(/no title line/) });
    expect(readArticle('= =\n')).toEqual({ error: expect.stringMatching(/title .* is empty/) });
  });

  it('refuses binary data', () => {
    expect(readArticle('= T =\n\u0000\u0001')).toEqual({ error: expect.stringMatching(/binary/) });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({
      error: expect.stringMatching(/binary/),
    });
  });

  it('refuses text that is not UTF-8, and files past the size limit', () => {
    expect(decodeText(new Uint8Array([0x3d, 0x20, 0xff, 0xfe, 0x41]))).toEqual({
      error: expect.stringMatching(/not UTF-8/),
    });
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(decodeText(big, 'book.txt')).toEqual({
      error: expect.stringMatching(/^book\.txt is 50\.0 MB; .* up to 20\.0 MB/),
    });
  });

  it('drops a byte-order mark and nothing else', () => {
    const bytes = new TextEncoder().encode('\uFEFF= T =\r\n\r\nText.\r\n');
    expect(decodeText(bytes)).toEqual({ value: '= T =\r\n\r\nText.\r\n' });
  });

  it('reads CRLF text with spans free of \\r and writes it back byte for byte', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const article = read(crlf);
    expectSpansExact(article);
    for (const piece of piecesOf<TextSpan>(article)) expect(piece.text).not.toMatch(/\r/);
    expect(outlineOf(article)).toEqual(outlineOf(read(seed)));
    expect(writeArticle(article)).toBe(crlf);
  });

  it('keeps a paragraph that wraps over several lines as one paragraph', () => {
    const article = read('= T =\n\nOn 28 January\nthe town fell.\n\nNext.\n');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(article.blocks[0]).toMatchObject({ text: { text: 'On 28 January\nthe town fell.' } });
  });

  it('reads "- Key: Value" after the body as a list item, not an infobox field', () => {
    const article = read('= T =\n\nText.\n\n- Note: a list item\n');
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });

  it('never throws and always round-trips what it accepts', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '= Title =',
        '== H ==',
        '=== Sub ===',
        '- Key: Value',
        '- item',
        '',
        '  ',
        'Caption',
        'A paragraph.',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => {
        const text = lines.join(nl);
        const parsed = readArticle(text);
        if (isOk(parsed)) {
          expectSpansExact(parsed.value);
          expect(writeArticle(parsed.value)).toBe(text);
        } else {
          expect(parsed.error.length).toBeGreaterThan(10);
        }
      }),
    );
  });
});

describe('layoutArticle, the canonical layout', () => {
  it('lays out an outline so that reading it back gives the same outline and offsets', () => {
    const outline = outlineOf(read(seed));
    const laid = layoutArticle(outline);
    expectSpansExact(laid);
    const again = read(laid.text);
    expect(outlineOf(again)).toEqual(outline);
    expect(piecesOf<TextSpan>(again).map((p) => p.start)).toEqual(
      piecesOf<TextSpan>(laid).map((p) => p.start),
    );
  });

  it('writes an edited outline canonically', () => {
    const text = writeArticle({
      title: 'T',
      blocks: [
        { type: 'heading', level: 2, text: 'H' },
        { type: 'paragraph', text: 'P.' },
      ],
    });
    expect(text).toBe('= T =\n\n== H ==\n\nP.\n');
  });
});
