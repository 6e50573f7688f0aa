import { describe, expect, it } from 'vitest';
import { citationCountText, citationCounts, filterClaims } from '../../src/index.ts';
import { citation, claim } from './claims.ts';

const claims = [
  claim({ id: 'a', kind: 'date', status: 'disputed', subjectId: 'date' }),
  claim({ id: 'b', kind: 'quantity', status: 'disputed', subjectId: 'strength' }),
  claim({ id: 'c', kind: 'quantity', status: 'supported', subjectId: null }),
];
const citations = [
  citation({ id: 'x1', claimId: 'b', sourceId: 'kutay' }),
  citation({ id: 'x2', claimId: 'b', sourceId: 'mazarof' }),
  citation({ id: 'x3', claimId: 'c', sourceId: 'kutay' }),
];
const ids = (list: readonly { id: string }[]): string[] => list.map((c) => c.id);

describe('filterClaims', () => {
  it('keeps everything with an empty filter', () => {
    expect(ids(filterClaims(claims, {}, citations))).toEqual(['a', 'b', 'c']);
  });

  it('filters by status, kind and subject together', () => {
    expect(ids(filterClaims(claims, { status: 'disputed' }, citations))).toEqual(['a', 'b']);
    expect(ids(filterClaims(claims, { status: 'disputed', kind: 'quantity' }, citations))).toEqual([
      'b',
    ]);
    expect(ids(filterClaims(claims, { subjectId: 'date' }, citations))).toEqual(['a']);
  });

  it('finds unplaced claims with subjectId null', () => {
    expect(ids(filterClaims(claims, { subjectId: null }, citations))).toEqual(['c']);
  });

  it('filters by a cited source', () => {
    expect(ids(filterClaims(claims, { sourceId: 'kutay' }, citations))).toEqual(['b', 'c']);
    expect(ids(filterClaims(claims, { sourceId: 'mazarof' }, citations))).toEqual(['b']);
    expect(ids(filterClaims(claims, { sourceId: 'nobody' }, citations))).toEqual([]);
  });
});

describe('citation counts', () => {
  it('counts citations per claim', () => {
    const counts = citationCounts(citations);
    expect(counts.get('b')).toBe(2);
    expect(counts.get('c')).toBe(1);
    expect(counts.get('a')).toBeUndefined();
  });

  it('words the count', () => {
    expect(citationCountText(0)).toBe('no citations');
    expect(citationCountText(1)).toBe('1 citation');
    expect(citationCountText(2)).toBe('2 citations');
  });
});
