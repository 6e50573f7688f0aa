import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datesCompatible,
  oldStyleGap,
  parseDate,
  parseQuantity,
  quantitiesCompatible,
} from '../../src/values/index.ts';
import type { DateValue, QuantityValue } from '../../src/values.ts';

function q(text: string): QuantityValue {
  const parsed = parseQuantity(text);
  if (!('value' in parsed)) throw new Error(parsed.error);
  return parsed.value;
}
function d(text: string): DateValue {
  const parsed = parseDate(text, { year: 1922 });
  if (!('value' in parsed)) throw new Error(parsed.error);
  return parsed.value;
}

describe('quantitiesCompatible', () => {
  it('agrees where one figure satisfies both', () => {
    expect(quantitiesCompatible(q('7,0008,000'), q('7,000–8,000'))).toBe(true);
    expect(quantitiesCompatible(q('~1,500'), q('1,500'))).toBe(true);
    expect(quantitiesCompatible(q('around seventy'), q('72'))).toBe(true);
    expect(quantitiesCompatible(q('over 100'), q('around 100'))).toBe(true);
    expect(quantitiesCompatible(q('hundreds'), q('5,000'))).toBe(true);
  });
  it('disagrees where none does', () => {
    expect(quantitiesCompatible(q('1,500'), q('7,000–8,000'))).toBe(false);
    expect(quantitiesCompatible(q('over 100'), q('fewer than 50'))).toBe(false);
    expect(quantitiesCompatible(q('120'), q('88'))).toBe(false);
    expect(quantitiesCompatible(q('around seventy'), q('100'))).toBe(false);
  });
  it('is symmetric', () => {
    const figure = fc.record({
      type: fc.constant('quantity' as const),
      min: fc.option(fc.integer({ min: 0, max: 10000 })),
      max: fc.option(fc.integer({ min: 0, max: 10000 })),
      approximate: fc.boolean(),
    });
    fc.assert(
      fc.property(
        figure,
        figure,
        (a, b) => quantitiesCompatible(a, b) === quantitiesCompatible(b, a),
      ),
    );
  });
});

describe('datesCompatible', () => {
  it('compares intervals, alternatives and bounds', () => {
    expect(datesCompatible(d('February 1922'), d('7 February'))).toBe(true);
    expect(datesCompatible(d('by 14 February'), d('7 February'))).toBe(true);
    expect(datesCompatible(d('by 14 February'), d('22 February'))).toBe(false);
    expect(datesCompatible(d('28 January or 8 February'), d('8 February'))).toBe(true);
    expect(datesCompatible(d('28 January or 8 February'), d('1 February'))).toBe(false);
    expect(datesCompatible(d('early 1922'), d('December 1922'))).toBe(false);
  });
  it('widens approximate dates', () => {
    expect(datesCompatible(d('c. 1916'), d('1917'))).toBe(true);
    expect(datesCompatible(d('1916'), d('1917'))).toBe(false);
  });
});

describe('oldStyleGap', () => {
  it('recognises the gap of the century', () => {
    expect(oldStyleGap(d('12 January 1881'), d('24 January 1881'))).toBe(12);
    expect(oldStyleGap(d('26 October 1917'), d('8 November 1917'))).toBe(13);
  });
  it('says an 11-day gap in 1922 is not a calendar difference', () => {
    expect(oldStyleGap(d('28 January'), d('8 February'))).toBeNull();
    expect(oldStyleGap(d('1 February'), d('14 February'))).toBe(13);
  });
});
