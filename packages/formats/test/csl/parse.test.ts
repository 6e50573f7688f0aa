import { describe, expect, it } from 'vitest';
import { guessReferenceFormat, parseReferences } from '../../src/csl/index.ts';

const bibtex = `@book{kutay1956,
  author    = {Kutay, Cemal},
  title     = {Enver Paşa},
  year      = {1956},
  publisher = {Tarih Yayınları},
}
@article{olcott1981, author = {Olcott, Martha B.}, title = {The Basmachi or Freemen's Revolt}, journal = {Soviet Studies}, year = 1981}`;

const ris = `TY  - BOOK
AU  - Kutay, Cemal
TI  - Enver Paşa
PY  - 1956
PB  - Tarih Yayınları
ER  - 
TY  - RPRT
AU  - Mazarof
ER  - 
`;

describe('parseReferences', () => {
  it('reads BibTeX', () => {
    const parsed = parseReferences(bibtex, 'bibtex');
    if (!('value' in parsed)) throw new Error(parsed.error);
    expect(parsed.value.map((r) => [r.id, r.type, r.title])).toEqual([
      ['kutay1956', 'book', 'Enver Paşa'],
      ['olcott1981', 'article-journal', "The Basmachi or Freemen's Revolt"],
    ]);
    expect(parsed.value[0]?.author).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(parsed.value[0]?.issued).toEqual({ 'date-parts': [[1956]] });
  });

  it('reads RIS and gives each record an id', () => {
    const parsed = parseReferences(ris);
    if (!('value' in parsed)) throw new Error(parsed.error);
    expect(parsed.value.map((r) => [r.type, r.title, r.author])).toEqual([
      ['book', 'Enver Paşa', [{ family: 'Kutay', given: 'Cemal' }]],
      ['report', undefined, [{ family: 'Mazarof' }]],
    ]);
    const ids = parsed.value.map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });

  it('reads CSL-JSON, a list or a single record', () => {
    const one = parseReferences(
      '{"id":"k","type":"document","author":[{"family":"Kutay","given":"Cemal"}]}',
    );
    expect(one).toEqual({
      value: [{ id: 'k', type: 'document', author: [{ family: 'Kutay', given: 'Cemal' }] }],
    });
    const list = parseReferences(
      '[{"id":"a","type":"book","title":"A"},{"id":"b","type":"report"}]',
      'csl-json',
    );
    expect('value' in list && list.value.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['unterminated BibTeX', '@book{x, title={Foo', 'bibtex', /BibTeX could not be read/],
    ['BibTeX that is not BibTeX', 'hello world', 'bibtex', /BibTeX/],
    ['RIS with no records', 'just some words', 'ris', /No RIS records/],
    ['broken JSON', '[{"id": "a",', 'csl-json', /not valid JSON/],
    ['CSL-JSON without a type', '[{"title": "x"}]', 'csl-json', /Record 1 has no type/],
    ['CSL-JSON that is not records', '[1, 2]', 'csl-json', /not an object/],
    ['nothing', '   ', 'auto', /nothing to read/],
    ['an unknown format', 'Kutay, Cemal. n.d.', 'auto', /does not look like/],
  ] as const)('returns an error for %s, without throwing', (_name, text, format, message) => {
    const parsed = parseReferences(text, format);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('guessReferenceFormat', () => {
  it('tells the formats apart by their first characters', () => {
    expect(guessReferenceFormat(bibtex)).toBe('bibtex');
    expect(guessReferenceFormat(ris)).toBe('ris');
    expect(guessReferenceFormat(' [ ]')).toBe('csl-json');
    expect(guessReferenceFormat('Kutay')).toBeNull();
  });
});
