import { outlineOf } from '@apparatus/core';
import { describe, expect, it } from 'vitest';
import { articleToDoc, docFromJSON, docToOutline } from '../src/convert.ts';
import { handArticle } from './hand-article.ts';
import { caption, doc, field, h2, infobox, li, list, p, title } from './builder.ts';

describe('articleToDoc / docToOutline', () => {
  it('builds the document block for block', () => {
    const d = articleToDoc(handArticle());
    const expected = doc(
      title('Siege of Dushanbe'),
      caption('Bukharan PSR'),
      infobox(
        field('Date', '28 January or 8 February–14 February'),
        field('Strength2', '7,0008,000'),
        field('Note'),
      ),
      p('The siege of Dushanbe took place in February 1922.'),
      h2('Background'),
      p('Enver Pasha, estimated at 1,500 strong.'),
      list(li('Bukharan Revolution'), li('Khivan Revolution')),
    );
    expect(d.eq(expected)).toBe(true);
  });

  it('round-trips to the outline of the article', () => {
    const article = handArticle();
    expect(docToOutline(articleToDoc(article))).toEqual(outlineOf(article));
  });

  it('accepts an outline of plain strings too', () => {
    const outline = outlineOf(handArticle());
    expect(docToOutline(articleToDoc(outline))).toEqual(outline);
  });

  it('survives JSON, and reports a stored document that does not fit the schema', () => {
    const d = articleToDoc(handArticle());
    const back = docFromJSON(JSON.parse(JSON.stringify(d.toJSON())));
    expect('value' in back && back.value.eq(d)).toBe(true);
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'title',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    expect(docFromJSON(hostile)).toEqual({ error: expect.stringContaining('schema') });
    expect(docFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual({
      error: expect.any(String),
    });
    expect(docFromJSON('nonsense')).toEqual({ error: expect.any(String) });
  });
});
