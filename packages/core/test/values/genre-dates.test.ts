/**
 * Readings found wrong while auditing new articles of the genre (sieges and battles 1500–1950):
 * each case is one the earlier readers got wrong, with the value the conventions table gives.
 */
import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/values/index.ts';

function read(text: string, year = 1877): [string, string | null, string | null, string][] {
  return findValues(text, { year }).map((m) => [
    m.text,
    m.value?.type === 'date' ? m.value.earliest : null,
    m.value?.type === 'date' ? m.value.latest : null,
    m.value?.type === 'date' ? m.value.calendar : m.kind,
  ]);
}

describe('dates of the genre', () => {
  it('marks every day of a range Old Style when the mark follows the range', () => {
    expect(read('on 5–6 November O.S. the forts fell')).toEqual([
      ['5–6 November O.S.', '1877-11-17', '1877-11-18', 'julian'],
    ]);
  });

  it('reads a range followed by the same days in Old Style as one claim at the New Style days', () => {
    expect(read('on the night of 17–18 November 1877 (5–6 November O.S.) and')).toEqual([
      ['17–18 November 1877 (5–6 November O.S.)', '1877-11-17', '1877-11-18', 'gregorian'],
    ]);
  });

  it('narrows the first point of a range by the part written before it', () => {
    expect(read('the campaign of late 1921 – July 1922 restored the line')).toEqual([
      ['late 1921 – July 1922', '1921-09-01', '1922-07-31', 'gregorian'],
    ]);
    expect(read('from early 1916 to 1918')[0]?.slice(1, 3)).toEqual(['1916-01-01', '1918-12-31']);
  });

  it('reads two days joined by "and" as both days', () => {
    expect(read('bombarded the island on 18 and 19 July', 1866)).toEqual([
      ['18 and 19 July', '1866-07-18', '1866-07-19', 'gregorian'],
    ]);
  });

  it('reads "the 20th" as a day of the month the narrative is in', () => {
    expect(
      read(
        'The fleet sailed on 19 July, and on the morning of the 20th the squadron arrived.',
        1866,
      ),
    ).toEqual([
      ['19 July', '1866-07-19', '1866-07-19', 'gregorian'],
      ['the 20th', '1866-07-20', '1866-07-20', 'gregorian'],
    ]);
  });

  it('does not read ordinals of units, centuries or a day without a month as dates', () => {
    expect(
      read('On 3 May the 7th Soviet Regiment and the 152nd Regiment of the 19th century'),
    ).toEqual([['3 May', '1877-05-03', '1877-05-03', 'gregorian']]);
    expect(read('In 1866, on the 12th, they sailed', 1866)).toEqual([
      ['1866', '1866-01-01', '1866-12-31', 'gregorian'],
    ]);
  });

  it('does not read a count of pages as a figure', () => {
    expect(read('His account runs to 392 pages.')).toEqual([]);
    expect(read('He lost 392 men.')).toEqual([['392', null, null, 'quantity']]);
  });
});
