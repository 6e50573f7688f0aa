import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findValues, parseDate, parseQuantity, parseScale } from '../../src/values/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = readFileSync(join(here, '../../../../fixtures/siege-of-dushanbe.txt'), 'utf8');

describe('findValues over the seed article', () => {
  const matches = findValues(SEED, { year: 1922 });

  it('gives offsets into the text given', () => {
    for (const m of matches) expect(SEED.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the infobox values where the engine expects them', () => {
    const date = matches.find((m) => m.text === '28 January or 8 February–14 February');
    expect(date).toMatchObject({ kind: 'date', start: 229, end: 265 });
    const strength = matches.find((m) => m.text === '7,0008,000');
    expect(strength).toMatchObject({ kind: 'quantity', start: 543, end: 553 });
    const rebels = matches.find((m) => m.text === '~1,500');
    expect(rebels?.start).toBe(SEED.indexOf('~1,500 Basmachi rebels'));
  });

  it('is ordered and non-overlapping', () => {
    for (let i = 1; i < matches.length; i++)
      expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
  });

  it('reads every date and figure of the prose, and nothing else', () => {
    const prose = matches.filter((m) => m.start > SEED.indexOf('The siege of Dushanbe took place'));
    expect(prose.map((m) => m.text)).toEqual([
      'February 1922',
      'from 1916 to 1934',
      'early 1922',
      'estimated at 1,500',
      '28 January or 8 February',
      '31 January',
      'one',
      '7 February',
      'over 100',
      'Seventy-two',
      'By 14 February',
      '120',
      'two',
      'around 100',
      '88',
      'Between 28 January and 22 February',
      'around 1,500',
      'estimated at 7,000–8,000',
      'around seventy',
      'five',
      'two',
      'hundreds',
      'February',
    ]);
  });
});

describe('robustness', () => {
  it('never throws, and keeps its offsets, on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })),
        (text) => {
          for (const m of findValues(text, { year: 1922 }, { scales: true })) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.value !== null || typeof m.error === 'string').toBe(true);
          }
          parseDate(text);
          parseQuantity(text);
          parseScale(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on text built from the words it reads', () => {
    const word = fc.constantFrom(
      '28',
      'January',
      'or',
      '8',
      'February',
      '–',
      '14',
      '1922',
      'between',
      'and',
      'over',
      '~1,500',
      'seventy',
      '-',
      'two',
      'the',
      'next',
      'day',
      'O.S.',
      '(',
      ')',
      '[',
      ']',
      '7,0008,000',
      'early',
      'by',
      'Nisan',
      '1327',
      'AH',
      ',',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ''), (words, sep) => {
        const text = words.join(sep);
        for (const m of findValues(text, {})) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 500 },
    );
  });
});
