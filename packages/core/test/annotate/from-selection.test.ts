import { describe, expect, it } from 'vitest';
import { claimFromSelection, guessClaimKind, quoteAt } from '../../src/index.ts';

const now = '2026-03-03T10:00:00.000Z';
const text =
  'The garrison of 7,000–8,000 troops held the fortress. On 14 February the siege was lifted after heavy fighting by the Red Army.';

function select(words: string, extra: { context?: { year: number } } = {}) {
  const start = text.indexOf(words);
  return claimFromSelection({
    accountId: 'a1',
    text: words,
    start,
    end: start + words.length,
    fullText: text,
    now,
    ...extra,
  });
}

describe('claimFromSelection', () => {
  it('makes a figure claim with its value, quote and position', () => {
    const result = select('7,000–8,000');
    if (!('value' in result)) throw new Error(result.error);
    const c = result.value;
    expect(c).toMatchObject({
      accountId: 'a1',
      kind: 'quantity',
      value: { type: 'quantity', min: 7000, max: 8000, approximate: false },
      status: 'unreviewed',
      origin: 'user',
      subjectId: null,
      detached: false,
      position: { start: 16, end: 27 },
      createdAt: now,
    });
    expect(c.quote).toEqual({
      exact: '7,000–8,000',
      prefix: 'The garrison of ',
      suffix: ' troops held the fortress. On 14',
    });
  });

  it('guesses a date before a figure, with the year from context', () => {
    const result = select('14 February', { context: { year: 1922 } });
    expect('value' in result && result.value.kind).toBe('date');
    expect('value' in result && result.value.value).toMatchObject({ earliest: '1922-02-14' });
  });

  it('falls back to a statement for other words', () => {
    const result = select('the Red Army');
    expect('value' in result && result.value.kind).toBe('statement');
    expect('value' in result && result.value.value).toEqual({ type: 'text', text: 'the Red Army' });
  });

  it('recognises a scale word', () => {
    expect(guessClaimKind('Heavy').kind).toBe('scale');
  });

  it('keeps the id the editor gave the mark', () => {
    const start = text.indexOf('7,000');
    const result = claimFromSelection({
      accountId: 'a1',
      text: '7,000',
      start,
      end: start + 5,
      fullText: text,
      now,
      id: 'mark-1',
    });
    expect('value' in result && result.value.id).toBe('mark-1');
  });

  it('refuses empty, blank, out-of-range and stale selections as values', () => {
    const base = { accountId: 'a1', fullText: text, now };
    expect('error' in claimFromSelection({ ...base, text: '', start: 3, end: 3 })).toBe(true);
    expect('error' in claimFromSelection({ ...base, text: ' ', start: 3, end: 4 })).toBe(true);
    expect('error' in claimFromSelection({ ...base, text: 'x', start: -1, end: 0 })).toBe(true);
    expect(
      'error' in claimFromSelection({ ...base, text: 'x', start: 0, end: text.length + 1 }),
    ).toBe(true);
    expect(claimFromSelection({ ...base, text: 'fortress', start: 0, end: 8 })).toEqual({
      error: 'The selection no longer matches the text; select the words again.',
    });
  });
});

describe('quoteAt', () => {
  it('keeps up to 32 characters either side, fewer at the edges', () => {
    const q = quoteAt(text, 0, 3);
    expect(q.prefix).toBe('');
    expect(q.suffix).toBe(text.slice(3, 35));
    expect(quoteAt(text, text.length - 1, text.length).suffix).toBe('');
  });
});
