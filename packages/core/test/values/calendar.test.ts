import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gregorianToJdn,
  isoDate,
  jdnToGregorian,
  julianDateToJdn,
  julianToGregorian,
  oldStyleGapOfYear,
} from '../../src/values/calendar.ts';
import { rumiToGregorian } from '../../src/values/rumi.ts';
import { hijriInterval, hijriToGregorian } from '../../src/values/hijri.ts';

describe('Julian (Old Style) to Gregorian', () => {
  it('converts the known pairs', () => {
    expect(julianToGregorian(1917, 10, 26)).toEqual({ y: 1917, m: 11, d: 8 });
    expect(julianToGregorian(1881, 1, 12)).toEqual({ y: 1881, m: 1, d: 24 });
    // The Gregorian reform: Julian 4 October 1582 was followed by Gregorian 15 October 1582.
    expect(julianToGregorian(1582, 10, 5)).toEqual({ y: 1582, m: 10, d: 15 });
    // Russia's switch: Julian 31 January 1918 was followed by Gregorian 14 February 1918.
    expect(julianToGregorian(1918, 2, 1)).toEqual({ y: 1918, m: 2, d: 14 });
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1200000, max: 3000000 }), (jdn) => {
        const g = jdnToGregorian(jdn);
        expect(gregorianToJdn(g.y, g.m, g.d)).toBe(jdn);
      }),
    );
  });

  it('is monotone and its gap follows the century rule', () => {
    const day = fc.record({
      y: fc.integer({ min: 1583, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ja = julianDateToJdn(a.y, a.m, a.d);
        const jb = julianDateToJdn(b.y, b.m, b.d);
        const ga = julianToGregorian(a.y, a.m, a.d);
        const gb = julianToGregorian(b.y, b.m, b.d);
        const na = gregorianToJdn(ga.y, ga.m, ga.d);
        const nb = gregorianToJdn(gb.y, gb.m, gb.d);
        expect(Math.sign(na - nb)).toBe(Math.sign(ja - jb));
        // Away from the Julian leap day of a century year the gap is the century's.
        if (a.m >= 3 || a.y % 100 !== 0) {
          const gap = na - gregorianToJdn(a.y, a.m, a.d);
          expect(gap).toBe(oldStyleGapOfYear(a.y));
        }
      }),
    );
  });

  it('gives the gap of each century', () => {
    expect([1600, 1750, 1850, 1922, 2050].map(oldStyleGapOfYear)).toEqual([10, 11, 12, 13, 13]);
  });
});

describe('Rumi to Gregorian', () => {
  it('converts 7 Nisan 1327 to 20 April 1911', () => {
    expect(rumiToGregorian(1327, 4, 7)).toEqual({ y: 1911, m: 4, d: 20 });
  });
  it('puts Kânunusani and Şubat in the next civil year', () => {
    // 1 Kânunusani 1327 (Julian 1 January 1912) = 14 January 1912.
    expect(rumiToGregorian(1327, 1, 1)).toEqual({ y: 1912, m: 1, d: 14 });
  });
  it('keeps Gregorian days from 1 Mart 1333 on', () => {
    expect(rumiToGregorian(1333, 3, 1)).toEqual({ y: 1917, m: 3, d: 1 });
  });
  it('refuses a day the month does not have', () => {
    expect(rumiToGregorian(1327, 4, 31)).toBeNull();
  });
});

describe('Hijri to Gregorian', () => {
  it('converts 1 Muharram 1340 to about 4 September 1921, held ±1 day', () => {
    expect(hijriToGregorian(1340, 1, 1)).toEqual({ y: 1921, m: 9, d: 4 });
    expect(hijriInterval(1340, 1, 1)).toEqual({ earliest: '1921-09-03', latest: '1921-09-05' });
  });
  it('spans a whole year, widened by a day', () => {
    const year = hijriInterval(1340);
    expect(year?.earliest).toBe('1921-09-03');
    expect(year?.latest).toBe(isoDate(1922, 8, 24));
  });
  it('refuses days out of range', () => {
    expect(hijriInterval(1340, 1, 31)).toBeNull();
    expect(hijriToGregorian(1340, 13, 1)).toBeNull();
  });
});
