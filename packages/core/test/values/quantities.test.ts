import { describe, expect, it } from 'vitest';
import { findValues, parseQuantity, parseScale, repairLostDash } from '../../src/values/index.ts';
import type { QuantityValue } from '../../src/values.ts';

/** The quantity matches of `text` as [text, min, max, approximate]. */
function figures(text: string): [string, number | null, number | null, boolean][] {
  return findValues(text, { year: 1922 })
    .filter((m) => m.kind === 'quantity')
    .map((m) => {
      const v = m.value as QuantityValue | null;
      return [m.text, v?.min ?? null, v?.max ?? null, v?.approximate ?? false];
    });
}

describe('reading figures', () => {
  it('reads digits with grouping, and number words', () => {
    expect(figures('His troops seized 120 rifles, while 88 soldiers defected')).toEqual([
      ['120', 120, 120, false],
      ['88', 88, 88, false],
    ]);
    expect(figures('Seventy-two Russian troops defected')).toEqual([
      ['Seventy-two', 72, 72, false],
    ]);
    expect(figures('seventy-two')).toEqual([['seventy-two', 72, 72, false]]);
    expect(figures('one thousand five hundred men')).toEqual([
      ['one thousand five hundred', 1500, 1500, false],
    ]);
    expect(figures('two hundred and two thousand')).toEqual([
      ['two hundred and two thousand', 202000, 202000, false],
    ]);
    expect(figures('12,567 words')).toEqual([['12,567', 12567, 12567, false]]);
    expect(figures('a hundred men')).toEqual([['a hundred', 100, 100, false]]);
    expect(figures('2 million people')).toEqual([['2 million', 2000000, 2000000, false]]);
  });

  it('reads counted things and durations', () => {
    expect(figures('two machine guns')).toEqual([['two', 2, 2, false]]);
    expect(figures('five machine guns, two cannons')).toEqual([
      ['five', 5, 5, false],
      ['two', 2, 2, false],
    ]);
    expect(figures('The Basmachis captured one horse')).toEqual([['one', 1, 1, false]]);
    const durations = findValues('four days; a twenty-day siege; 3 months; 20 km', {});
    expect(durations.map((m) => [m.text, m.unit])).toEqual([
      ['four days', 'day'],
      ['twenty-day', 'day'],
      ['3 months', 'month'],
      ['20 km', 'km'],
    ]);
    expect(durations[1]?.value).toMatchObject({ min: 20, max: 20 });
  });

  it('reads approximations', () => {
    expect(figures('~1,500 Basmachi rebels')).toEqual([['~1,500', 1500, 1500, true]]);
    expect(figures('forces, estimated at 1,500 strong, launched')).toEqual([
      ['estimated at 1,500', 1500, 1500, true],
    ]);
    expect(figures('1,500 strong')).toEqual([['1,500', 1500, 1500, false]]);
    expect(figures('suffered around seventy deaths')).toEqual([['around seventy', 70, 70, true]]);
    expect(figures('forces, numbering around 1,500 men')).toEqual([
      ['around 1,500', 1500, 1500, true],
    ]);
    expect(figures('c. 300 riders, nearly 40 horses, roughly 12 guns')).toEqual([
      ['c. 300', 300, 300, true],
      ['nearly 40', 40, 40, true],
      ['roughly 12', 12, 12, true],
    ]);
    expect(findValues('some 1,500 men', {})[0]?.value).toMatchObject({
      qualifier: 'some',
      approximate: true,
    });
    // "perhaps" marks doubt, not rounding: the figure stays exact.
    expect(figures('perhaps 27,000 irregulars')).toEqual([['27,000', 27000, 27000, false]]);
  });

  it('reads bounds', () => {
    expect(figures('over 100 casualties')).toEqual([['over 100', 100, null, false]]);
    expect(figures('more than 100')).toEqual([['more than 100', 100, null, false]]);
    expect(figures('at least 100')).toEqual([['at least 100', 100, null, false]]);
    expect(figures('upwards of 100')).toEqual([['upwards of 100', 100, null, false]]);
    expect(figures('under 100')).toEqual([['under 100', null, 100, false]]);
    expect(figures('fewer than 100')).toEqual([['fewer than 100', null, 100, false]]);
    expect(figures('up to 100')).toEqual([['up to 100', null, 100, false]]);
    expect(figures('1,500 or more')).toEqual([['1,500 or more', 1500, null, false]]);
    expect(figures('more than 100 and fewer than 200')).toEqual([
      ['more than 100 and fewer than 200', 100, 200, false],
    ]);
  });

  it('reads ranges, sharing a magnitude between their ends', () => {
    expect(figures('a Soviet force estimated at 7,000–8,000 troops')).toEqual([
      ['estimated at 7,000–8,000', 7000, 8000, true],
    ]);
    expect(figures('7,000–8,000')).toEqual([['7,000–8,000', 7000, 8000, false]]);
    expect(figures('20–25,000')).toEqual([['20–25,000', 20000, 25000, false]]);
    expect(figures('between eight and ten thousand')).toEqual([
      ['between eight and ten thousand', 8000, 10000, false],
    ]);
    expect(figures('eight to ten thousand')).toEqual([
      ['eight to ten thousand', 8000, 10000, false],
    ]);
    expect(figures('two or three days')[0]?.slice(1)).toEqual([2, 3, false]);
  });

  it('reads vague amounts as open lower bounds', () => {
    expect(figures('hundreds of rifles')).toEqual([['hundreds', 200, null, true]]);
    expect(figures('several thousand')).toEqual([['several thousand', 3000, null, true]]);
    expect(figures('several hundred')).toEqual([['several hundred', 300, null, true]]);
    expect(figures('thousands fled')).toEqual([['thousands', 2000, null, true]]);
    expect(figures('tens of thousands')).toEqual([['tens of thousands', 20000, null, true]]);
    expect(figures('dozens')).toEqual([['dozens', 24, null, true]]);
  });

  it('mends a range whose dash was lost', () => {
    const [m] = findValues('- Strength2: 7,0008,000', {});
    expect(m?.text).toBe('7,0008,000');
    expect(m?.value).toEqual({
      type: 'quantity',
      min: 7000,
      max: 8000,
      approximate: false,
      repaired: 'lost range dash',
    });
    expect(repairLostDash('1,5002,000')).toEqual({ min: 1500, max: 2000 });
    expect(repairLostDash('8,0007,000')).toBeNull();
  });

  it('reports grouping that cannot be mended', () => {
    const [m] = findValues('8,0007,000', {});
    expect(m?.value).toBeNull();
    expect(m?.error).toMatch(/grouping/);
  });

  it('does not read what is not a figure', () => {
    for (const text of [
      '7th Regiment',
      'The remaining elements of the 7th Soviet Regiment retreated',
      'after World War I',
      'World War 1',
      'a',
      'a few',
      'several',
      'The Basmachis captured a machine gun',
      'one of the leaders',
      'held the heights, by one account',
      'no one came',
      'the twenty-first day',
      'two thirds',
      'T-34 tanks',
      'at 10:20',
      '50%',
      'No. 7',
    ]) {
      expect(figures(text), text).toEqual([]);
    }
  });

  it('reads a bare year in prose as a date, not a figure', () => {
    expect(findValues('in 1922', {}).map((m) => m.kind)).toEqual(['date']);
  });
});

describe('parseQuantity and parseScale', () => {
  it('reads a whole text as one figure', () => {
    expect(parseQuantity('around seventy')).toEqual({
      value: { type: 'quantity', min: 70, max: 70, approximate: true, qualifier: 'around' },
    });
    expect(parseQuantity('over 100')).toEqual({
      value: { type: 'quantity', min: 100, max: null, approximate: false, qualifier: 'over' },
    });
    expect(parseQuantity('1922')).toMatchObject({ value: { min: 1922, max: 1922 } });
  });
  it('returns a reason for what it cannot read', () => {
    expect(parseQuantity('many')).toHaveProperty('error');
    expect(parseQuantity('')).toHaveProperty('error');
    expect(parseQuantity('100 and 200')).toHaveProperty('error');
    expect(parseQuantity('8,0007,000')).toHaveProperty('error');
  });
  it('reads the three scale words', () => {
    expect(parseScale('Light')).toEqual({ value: { type: 'scale', level: 'light' } });
    expect(parseScale(' heavy ')).toEqual({ value: { type: 'scale', level: 'heavy' } });
    expect(parseScale('Severe')).toHaveProperty('error');
  });
  it('finds scales only when asked', () => {
    expect(findValues('Heavy', {})).toEqual([]);
    expect(findValues('Heavy', {}, { scales: true })).toEqual([
      { kind: 'scale', start: 0, end: 5, text: 'Heavy', value: { type: 'scale', level: 'heavy' } },
    ]);
  });
});
