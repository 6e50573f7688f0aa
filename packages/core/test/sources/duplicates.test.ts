import { describe, expect, it } from 'vitest';
import { findDuplicateSources, normalizeDoi, normalizeUrl } from '../../src/index.ts';
import { makeSource } from './helpers.ts';

describe('findDuplicateSources', () => {
  it('matches the same author and title across name forms, case and accents', () => {
    const a = makeSource('a', {
      author: [{ family: 'Kutay', given: 'Cemal' }],
      title: 'Enver Paşa',
    });
    const b = makeSource('b', { author: [{ literal: 'Kutay, Cemal' }], title: 'enver pasa.' });
    const c = makeSource('c', {
      author: [{ family: 'Kutay', given: 'Cemal' }],
      title: 'Another book',
    });
    const groups = findDuplicateSources([b, c, a]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(groups[0]?.reasons).toEqual(['same author and title']);
  });

  it('matches the same URL or DOI whatever the titles', () => {
    const a = makeSource('a', { title: 'One', URL: 'https://www.example.org/report/' });
    const b = makeSource('b', { title: 'Two', URL: 'http://example.org/report#p2' });
    const c = makeSource('c', { title: 'Three', DOI: '10.1000/XYZ' });
    const d = makeSource('d', { title: 'Four', DOI: 'https://doi.org/10.1000/xyz' });
    const groups = findDuplicateSources([a, b, c, d]);
    expect(groups.map((g) => [g.sources.map((s) => s.id), g.reasons])).toEqual([
      [['a', 'b'], ['same URL']],
      [['c', 'd'], ['same DOI']],
    ]);
  });

  it('joins matches transitively', () => {
    const a = makeSource('a', { title: 'X', URL: 'https://a.example/1' });
    const b = makeSource('b', { title: 'Y', URL: 'https://a.example/1' });
    const c = makeSource('c', { title: 'Y' });
    const groups = findDuplicateSources([a, b, c]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(groups[0]?.reasons).toEqual(['same author and title', 'same URL']);
  });

  it('does not match records that have nothing to compare', () => {
    expect(findDuplicateSources([makeSource('a'), makeSource('b')])).toEqual([]);
  });

  it('finds the one duplicate among 10,000 records', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeSource(`s${i}`, { title: `Title ${i}` }),
    );
    many.push(makeSource('dup', { title: 'title 4321' }));
    const groups = findDuplicateSources(many);
    expect(groups.map((g) => g.sources.map((s) => s.id))).toEqual([['s4321', 'dup']]);
  });
});

describe('normalisers', () => {
  it('strip what does not identify a URL or DOI', () => {
    expect(normalizeUrl(' HTTPS://www.Example.org/a/ ')).toBe('example.org/a');
    expect(normalizeUrl(undefined)).toBe('');
    expect(normalizeDoi('doi: 10.1/ABC')).toBe('10.1/abc');
  });
});
