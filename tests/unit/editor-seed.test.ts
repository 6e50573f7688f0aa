import { readFileSync } from 'node:fs';
import { outlineOf } from '@apparatus/core';
import type { Article } from '@apparatus/core';
import {
  articleToDoc,
  claimAnchors,
  createEditorState,
  docToOutline,
  textMapOf,
} from '@apparatus/editor';
import { layoutArticle, readArticle } from '@apparatus/formats';
import { describe, expect, it } from 'vitest';

/**
 * The editor and the article format together, on the seed: the document made from the seed
 * gives back the seed's outline, offsets of the audit contract land on the same words in the
 * document, and anchors computed on save point back into the text the writer lays out.
 */
const seed = readFileSync(new URL('../../fixtures/siege-of-dushanbe.txt', import.meta.url), 'utf8');

function article(): Article {
  const read = readArticle(seed);
  if (!('value' in read)) throw new Error(read.error);
  return read.value;
}

describe('the seed in the editor', () => {
  it('round-trips: articleToDoc → docToOutline equals the outline of the article', () => {
    const a = article();
    expect(docToOutline(articleToDoc(a))).toEqual(outlineOf(a));
  });

  it('maps the offsets of the audit contract to the same words in the document', () => {
    const a = article();
    const doc = articleToDoc(a);
    const map = textMapOf(doc, a);
    for (const [start, end] of [
      [229, 265],
      [543, 553],
    ] as const) {
      const range = map.toDoc({ start, end })!;
      expect(doc.textBetween(range.from, range.to)).toBe(seed.slice(start, end));
      expect(map.toText(range)).toEqual({ start, end });
    }
  });

  it('maps every word of every piece there and back', () => {
    const a = article();
    const doc = articleToDoc(a);
    const map = textMapOf(doc, a);
    for (const m of seed.matchAll(/[\p{L}\p{N},–~]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const range = map.toDoc({ start, end });
      if (range === null) continue; // markup only
      const back = map.toText(range)!;
      expect(seed.slice(back.start, back.end)).toBe(doc.textBetween(range.from, range.to));
    }
  });

  it('anchors claims into the text the writer lays out, with quotes', () => {
    const a = article();
    const doc = articleToDoc(a);
    const map = textMapOf(doc, a);
    const strength = map.toDoc({ start: 543, end: 553 })!;
    const state = createEditorState({ doc, claims: [{ id: 'strength2', ...strength }] });
    const anchors = claimAnchors(state, layoutArticle);
    const anchor = anchors.attached.find((x) => x.id === 'strength2')!;
    expect(anchor.quote.exact).toBe('7,0008,000');
    expect(anchors.text.slice(anchor.position.start, anchor.position.end)).toBe('7,0008,000');
    expect(anchor.quote.prefix.endsWith('Strength2: ')).toBe(true);
    if (anchors.text === seed) expect(anchor.position).toEqual({ start: 543, end: 553 });
  });
});
