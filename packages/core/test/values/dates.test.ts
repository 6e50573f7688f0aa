import { describe, expect, it } from 'vitest';
import { findValues, parseDate } from '../../src/values/index.ts';
import type { DateValue } from '../../src/values.ts';

const CONTEXT = { year: 1922 } as const;

/** The one date match in `text`, with its text and value. */
function only(
  text: string,
  context: { year?: number } = CONTEXT,
): { text: string; value: DateValue | null; error?: string } {
  const matches = findValues(text, context).filter((m) => m.kind === 'date');
  expect(matches).toHaveLength(1);
  const [m] = matches;
  if (!m) throw new Error('unreachable');
  return {
    text: m.text,
    value: m.value?.type === 'date' ? m.value : null,
    ...(m.error ? { error: m.error } : {}),
  };
}

function span(value: DateValue | null): [string | null, string | null] {
  return [value?.earliest ?? null, value?.latest ?? null];
}

describe('reading dates', () => {
  it('takes the year of a day-month date from the context', () => {
    const m = only('14 February');
    expect(span(m.value)).toEqual(['1922-02-14', '1922-02-14']);
    expect(m.value?.precision).toBe('day');
    expect(only('14 February', { year: 1880 }).value?.earliest).toBe('1880-02-14');
  });

  it('leaves a day-month date without any year unresolved', () => {
    const m = only('On 14 February', {});
    expect(m.text).toBe('14 February');
    expect(m.value).toBeNull();
    expect(m.error).toMatch(/year/);
  });

  it('reads month-first dates, months and years', () => {
    expect(span(only('February 14, 1922').value)).toEqual(['1922-02-14', '1922-02-14']);
    const month = only('February 1922');
    expect(span(month.value)).toEqual(['1922-02-01', '1922-02-28']);
    expect(month.value?.precision).toBe('month');
    const year = only('in 1922');
    expect(year.text).toBe('1922');
    expect(span(year.value)).toEqual(['1922-01-01', '1922-12-31']);
    expect(year.value?.precision).toBe('year');
    expect(span(only('February 1920').value)).toEqual(['1920-02-01', '1920-02-29']);
  });

  it('cuts early, middle and late periods into thirds', () => {
    expect(span(only('early 1922').value)).toEqual(['1922-01-01', '1922-04-30']);
    expect(only('early 1922').value?.qualifier).toBe('early');
    expect(span(only('the middle of March 1880').value)).toEqual(['1880-03-11', '1880-03-20']);
    expect(span(only('end of December').value)).toEqual(['1922-12-21', '1922-12-31']);
    expect(span(only('late 1917').value)).toEqual(['1917-09-01', '1917-12-31']);
  });

  it('reads seasons meteorologically', () => {
    const m = only('during the winter of 1880–1881');
    expect(m.text).toBe('the winter of 1880–1881');
    expect(span(m.value)).toEqual(['1880-12-01', '1881-02-28']);
    expect(span(only('the summer of 1916').value)).toEqual(['1916-06-01', '1916-08-31']);
  });

  it('gives a season named without a year the context year', () => {
    const m = only('Frunze prepared the operation through the summer.', { year: 1920 });
    expect(m.text).toBe('the summer');
    expect(span(m.value)).toEqual(['1920-06-01', '1920-08-31']);
    expect(span(only('by early summer', { year: 1920 }).value)).toEqual([null, '1920-06-30']);
    expect(findValues('the spring near the village', { year: 1920 })).toEqual([]);
  });

  it('keeps alternatives', () => {
    const m = only('The town was besieged on 28 January or 8 February.');
    expect(m.text).toBe('28 January or 8 February');
    expect(span(m.value)).toEqual(['1922-01-28', '1922-02-08']);
    expect(m.value?.alternatives).toEqual([
      { earliest: '1922-01-28', latest: '1922-01-28' },
      { earliest: '1922-02-08', latest: '1922-02-08' },
    ]);
  });

  it('shares a range end between alternatives (the seed infobox)', () => {
    const m = only('28 January or 8 February–14 February');
    expect(m.text).toBe('28 January or 8 February–14 February');
    expect(m.value).toEqual({
      type: 'date',
      calendar: 'gregorian',
      precision: 'day',
      earliest: '1922-01-28',
      latest: '1922-02-14',
      alternatives: [
        { earliest: '1922-01-28', latest: '1922-02-14' },
        { earliest: '1922-02-08', latest: '1922-02-14' },
      ],
    });
  });

  it('reads ranges with between, from … to and dashes', () => {
    const between = only('Between 28 January and 22 February, Enver');
    expect(between.text).toBe('Between 28 January and 22 February');
    expect(span(between.value)).toEqual(['1922-01-28', '1922-02-22']);
    expect(between.value?.alternatives).toBeUndefined();
    const from = only('lasted from 1916 to 1934.');
    expect(from.text).toBe('from 1916 to 1934');
    expect(span(from.value)).toEqual(['1916-01-01', '1934-12-31']);
    expect(span(only('1916–1934').value)).toEqual(['1916-01-01', '1934-12-31']);
    expect(span(only('8–14 February 1921').value)).toEqual(['1921-02-08', '1921-02-14']);
    expect(span(only('1880–81').value)).toEqual(['1880-01-01', '1881-12-31']);
    expect(span(only('28 December – 3 January 1921').value)).toEqual(['1920-12-28', '1921-01-03']);
  });

  it('reads decades', () => {
    const m = only('in the 1920s');
    expect(m.text).toBe('the 1920s');
    expect(span(m.value)).toEqual(['1920-01-01', '1929-12-31']);
    expect(m.value?.precision).toBe('decade');
  });

  it('reads bounds', () => {
    const by = only('By 14 February, during a smoky noon');
    expect(by.text).toBe('By 14 February');
    expect(by.value).toMatchObject({ earliest: null, latest: '1922-02-14', qualifier: 'by' });
    expect(only('before 1916').value).toMatchObject({
      earliest: null,
      latest: '1915-12-31',
      qualifier: 'before',
    });
    expect(only('after March 1921').value).toMatchObject({
      earliest: '1921-04-01',
      latest: null,
      qualifier: 'after',
    });
    expect(only('since 1918').value).toMatchObject({ earliest: '1918-01-01', latest: null });
  });

  it('leaves "On" out of the span', () => {
    const m = only('On 31 January, Soviet troops');
    expect(m.text).toBe('31 January');
    expect(span(m.value)).toEqual(['1922-01-31', '1922-01-31']);
  });

  it('reads approximate years as the whole year', () => {
    expect(only('c. 1916').value).toMatchObject({
      earliest: '1916-01-01',
      latest: '1916-12-31',
      qualifier: 'c.',
    });
    expect(only('around 1916').value).toMatchObject({
      earliest: '1916-01-01',
      qualifier: 'around',
    });
  });

  it('values an Old Style/New Style pair at the New Style date', () => {
    const pair = only('12 January 1881 (O.S.) / 24 January 1881 (N.S.)');
    expect(pair.text).toBe('12 January 1881 (O.S.) / 24 January 1881 (N.S.)');
    expect(span(pair.value)).toEqual(['1881-01-24', '1881-01-24']);
    expect(pair.value?.calendar).toBe('gregorian');
    const bracket = only('26 October [O.S. 13 October]', { year: 1917 });
    expect(bracket.text).toBe('26 October [O.S. 13 October]');
    expect(span(bracket.value)).toEqual(['1917-10-26', '1917-10-26']);
    const trailing = only('on 7 November [O.S. 25 October] 1917 the');
    expect(trailing.text).toBe('7 November [O.S. 25 October] 1917');
    expect(span(trailing.value)).toEqual(['1917-11-07', '1917-11-07']);
  });

  it('reads the other style given in brackets after the date', () => {
    const m = only('Enver arrived in Bukhara on 8 November 1921 (26 October O.S.) and');
    expect(m.text).toBe('8 November 1921 (26 October O.S.)');
    expect(span(m.value)).toEqual(['1921-11-08', '1921-11-08']);
  });

  it('converts a date marked Old Style alone', () => {
    const m = only('13 October 1917 (O.S.)');
    expect(span(m.value)).toEqual(['1917-10-26', '1917-10-26']);
    expect(m.value?.calendar).toBe('julian');
    expect(span(only('26 October 1917 (Old Style)').value)).toEqual(['1917-11-08', '1917-11-08']);
  });

  it('reads unmarked dates as written', () => {
    expect(only('26 October 1917').value?.earliest).toBe('1917-10-26');
  });

  it('reads Rumi and Hijri dates', () => {
    const rumi = only('7 Nisan 1327');
    expect(span(rumi.value)).toEqual(['1911-04-20', '1911-04-20']);
    expect(rumi.value?.calendar).toBe('rumi');
    const hijri = only('21 Rebiülahir 1329');
    expect(span(hijri.value)).toEqual(['1911-04-20', '1911-04-22']);
    expect(hijri.value?.calendar).toBe('hijri');
    const year = only('in 1340 AH');
    expect(year.text).toBe('1340 AH');
    expect(year.value).toMatchObject({
      calendar: 'hijri',
      precision: 'year',
      earliest: '1921-09-03',
      latest: '1922-08-24',
    });
  });

  it('resolves relative dates against the last clear date', () => {
    const text =
      'On 7 February the town fell. The next day the garrison left; the following month it returned.';
    const dates = findValues(text, CONTEXT).filter((m) => m.kind === 'date');
    expect(dates.map((m) => m.text)).toEqual(['7 February', 'The next day', 'the following month']);
    expect(dates[1]?.value).toMatchObject({ earliest: '1922-02-08', latest: '1922-02-08' });
    expect(dates[2]?.value).toMatchObject({ earliest: '1922-03-01', latest: '1922-03-31' });
  });

  it('resolves relative dates against the context anchor, or leaves them unresolved', () => {
    const anchored = findValues('The day before, the rebels rested.', {
      anchor: { earliest: '1922-02-14', latest: '1922-02-14' },
    });
    expect(anchored[0]?.value).toMatchObject({ earliest: '1922-02-13', latest: '1922-02-13' });
    const loose = findValues('The next day, nothing happened.', {});
    expect(loose[0]?.text).toBe('The next day');
    expect(loose[0]?.value).toBeNull();
    expect(loose[0]?.error).toBeTruthy();
  });

  it('takes the year of a day-month date from a dated day before it in the same text', () => {
    const dates = findValues('On 12 March 1918 the column left; on 14 March it arrived.', CONTEXT);
    expect(dates[1]?.value).toMatchObject({ earliest: '1918-03-14' });
  });

  it('does not read a month word used otherwise, or a bare year before a counted noun', () => {
    expect(findValues('They may march in formation.', CONTEXT)).toEqual([]);
    expect(findValues('May God help them.', CONTEXT)).toEqual([]);
    const men = findValues('some 1500 men', CONTEXT);
    expect(men.map((m) => m.kind)).toEqual(['quantity']);
  });

  it('reports an impossible day instead of inventing one', () => {
    const m = only('31 February 1922');
    expect(m.value).toBeNull();
    expect(m.error).toMatch(/does not exist/);
  });
});

describe('parseDate', () => {
  it('reads a whole text as one date', () => {
    expect(parseDate('early 1922')).toEqual({
      value: {
        type: 'date',
        calendar: 'gregorian',
        precision: 'year',
        earliest: '1922-01-01',
        latest: '1922-04-30',
        qualifier: 'early',
      },
    });
    expect(parseDate('14 February', { year: 1922 })).toMatchObject({
      value: { earliest: '1922-02-14' },
    });
  });
  it('returns a reason for what it cannot read', () => {
    expect(parseDate('the siege')).toHaveProperty('error');
    expect(parseDate('14 February')).toHaveProperty('error');
    expect(parseDate('')).toHaveProperty('error');
    expect(parseDate('14 February and 1,500 men')).toHaveProperty('error');
  });
});
