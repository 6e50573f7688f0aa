import { describe, expect, it } from 'vitest';
import { claimsInTextOrder, stepClaim } from '../../src/index.ts';
import { claim } from './claims.ts';

const at = (id: string, start: number, end: number, detached = false) =>
  claim({ id, position: { start, end }, detached });
const claims = [
  at('late', 300, 310),
  at('early', 10, 20),
  at('inner', 12, 15),
  at('gone', 100, 110, true),
  at('mid', 150, 160),
];

describe('claims in text order', () => {
  it('orders by start, enclosing claim first, and leaves detached claims out', () => {
    expect(claimsInTextOrder(claims).map((c) => c.id)).toEqual(['early', 'inner', 'mid', 'late']);
  });
});

describe('stepClaim', () => {
  it('steps from a claim to the next and previous', () => {
    expect(stepClaim(claims, 'inner', 1)?.id).toBe('mid');
    expect(stepClaim(claims, 'inner', -1)?.id).toBe('early');
  });

  it('stops at the ends instead of wrapping', () => {
    expect(stepClaim(claims, 'late', 1)).toBeNull();
    expect(stepClaim(claims, 'early', -1)).toBeNull();
  });

  it('steps from a cursor offset', () => {
    expect(stepClaim(claims, 120, 1)?.id).toBe('mid');
    expect(stepClaim(claims, 120, -1)?.id).toBe('inner');
    expect(stepClaim(claims, 0, -1)).toBeNull();
  });

  it('starts from an end when the current claim is detached', () => {
    expect(stepClaim(claims, 'gone', 1)?.id).toBe('early');
    expect(stepClaim(claims, 'gone', -1)?.id).toBe('late');
  });
});
