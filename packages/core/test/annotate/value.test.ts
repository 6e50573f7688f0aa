import { describe, expect, it } from 'vitest';
import { parseDate, parseQuantity, readClaimValue, setClaimValue } from '../../src/index.ts';
import { claim } from './claims.ts';

const now = '2026-03-03T10:00:00.000Z';

describe('setClaimValue', () => {
  it('re-reads a figure through the values layer', () => {
    const changed = setClaimValue(claim(), 'about 4,000', now);
    const direct = parseQuantity('about 4,000');
    expect('value' in direct && direct.value).toEqual(changed.value);
    expect(changed.value).toMatchObject({
      type: 'quantity',
      min: 4000,
      max: 4000,
      approximate: true,
    });
    expect(changed.updatedAt).toBe(now);
    expect(changed).not.toHaveProperty('valueError');
  });

  it('keeps the reason as valueError when the text cannot be read, and drops the old value', () => {
    const changed = setClaimValue(claim(), 'a great many', now);
    const direct = parseQuantity('a great many');
    expect('error' in direct).toBe(true);
    expect(changed.value).toBeNull();
    expect(changed.valueError).toBe('error' in direct ? direct.error : undefined);
  });

  it('clears an old error once the value reads', () => {
    const broken = setClaimValue(claim(), 'a great many', now);
    expect(setClaimValue(broken, '7,000–8,000', now)).not.toHaveProperty('valueError');
  });

  it('reads a date with the year from context', () => {
    const changed = setClaimValue(claim({ kind: 'date' }), '14 February', now, { year: 1922 });
    expect(changed.value).toMatchObject({
      type: 'date',
      earliest: '1922-02-14',
      latest: '1922-02-14',
    });
    const direct = parseDate('14 February', { year: 1922 });
    expect('value' in direct && direct.value).toEqual(changed.value);
  });

  it('keeps names and statements as the words given', () => {
    expect(readClaimValue('name', '  Enver Pasha ')).toEqual({
      value: { type: 'name', name: 'Enver Pasha' },
    });
    expect(readClaimValue('outcome', 'Soviet victory')).toEqual({
      value: { type: 'text', text: 'Soviet victory' },
    });
  });

  it('refuses an empty value', () => {
    expect('error' in readClaimValue('quantity', '  ')).toBe(true);
  });
});
