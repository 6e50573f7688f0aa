import { describe, expect, it } from 'vitest';
import { mergeSourceGroup, mergeSources } from '../../src/index.ts';
import { makeCitation, makeSource } from './helpers.ts';

describe('mergeSources', () => {
  const keep = makeSource(
    'keep',
    { author: [{ family: 'Kutay', given: 'Cemal' }], title: 'Enver Paşa' },
    { category: 'secondary', via: ['x'] },
  );
  const drop = makeSource(
    'drop',
    {
      author: [{ family: 'Kutay' }],
      title: 'Other',
      publisher: 'Tarih Yayınları',
      issued: { 'date-parts': [[1956]] },
    },
    { category: 'primary', composed: '1950s', via: ['keep', 'y'] },
  );
  const citations = [
    makeCitation('c1', 'claim1', 'drop'),
    makeCitation('c2', 'claim2', 'keep'),
    makeCitation('c3', 'claim3', 'other'),
  ];
  const dependent = makeSource('dep', { title: 'Dependent' }, { via: ['drop', 'keep', 'z'] });

  const merged = mergeSources(keep, drop, citations, {
    sources: [keep, drop, dependent],
    now: '2025-05-05T00:00:00.000Z',
  });

  it('keeps what the kept record has and fills its gaps from the other', () => {
    expect(merged.source.id).toBe('keep');
    expect(merged.source.csl.id).toBe('keep');
    expect(merged.source.csl.title).toBe('Enver Paşa');
    expect(merged.source.csl.author).toEqual([{ family: 'Kutay', given: 'Cemal' }]);
    expect(merged.source.csl.publisher).toBe('Tarih Yayınları');
    expect(merged.source.csl.issued).toEqual({ 'date-parts': [[1956]] });
    expect(merged.source.category).toBe('secondary');
    expect(merged.source.composed).toBe('1950s');
    expect(merged.source.via).toEqual(['x', 'y']);
    expect(merged.source.updatedAt).toBe('2025-05-05T00:00:00.000Z');
    expect(merged.removedSourceId).toBe('drop');
  });

  it("re-points the dropped record's citations and via links only", () => {
    expect(merged.citations).toEqual([{ ...citations[0], sourceId: 'keep' }]);
    expect(merged.sources.map((s) => [s.id, s.via])).toEqual([['dep', ['keep', 'z']]]);
  });

  it('does not change its inputs', () => {
    expect(drop.via).toEqual(['keep', 'y']);
    expect(citations[0]?.sourceId).toBe('drop');
  });

  it('refuses to merge a record with itself', () => {
    expect(() => mergeSources(keep, keep, [])).toThrow();
  });
});

describe('mergeSourceGroup', () => {
  const now = '2025-06-01T00:00:00.000Z';
  const keep = makeSource('keep', { title: 'Enver Paşa' });
  const first = makeSource('first', { publisher: 'Tarih Yayınları' }, { via: ['second'] });
  const second = makeSource('second', { publisher: 'Other', URL: 'https://example.org' });
  const dependent = makeSource('dep', {}, { via: ['first', 'second', 'z'] });
  const citations = [
    makeCitation('c1', 'claim1', 'first'),
    makeCitation('c2', 'claim2', 'second'),
    makeCitation('c3', 'claim3', 'keep'),
  ];
  const merged = mergeSourceGroup(keep, [first, second], citations, {
    sources: [keep, first, second, dependent],
    now,
  });

  it('fills the kept record from each dropped one in turn, the first drop first', () => {
    expect(merged.source.csl.publisher).toBe('Tarih Yayınları');
    expect(merged.source.csl.URL).toBe('https://example.org');
    expect(merged.source.via).toEqual([]);
    expect(merged.removedSourceIds).toEqual(['first', 'second']);
  });

  it('writes each re-pointed row once, in its final state', () => {
    expect(merged.citations.map((c) => [c.id, c.sourceId])).toEqual([
      ['c1', 'keep'],
      ['c2', 'keep'],
    ]);
    expect(merged.sources.map((s) => [s.id, s.via])).toEqual([['dep', ['keep', 'z']]]);
  });

  it('skips the kept record and repeats among the drops', () => {
    const again = mergeSourceGroup(keep, [keep, first, first], citations, {
      sources: [keep, first],
      now,
    });
    expect(again.removedSourceIds).toEqual(['first']);
  });
});
