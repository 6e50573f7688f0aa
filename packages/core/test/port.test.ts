import { describe, expect, it } from 'vitest';
import { isStorageError } from '@apparatus/core';

describe('isStorageError', () => {
  it('accepts the storage errors the store makes', () => {
    expect(
      isStorageError({ kind: 'quota', message: 'The browser refused to store more data.' }),
    ).toBe(true);
    expect(isStorageError({ kind: 'conflict', message: 'Changed in another tab.' })).toBe(true);
  });

  it('refuses raw exceptions, unknown kinds and empty messages', () => {
    expect(isStorageError(new DOMException('full', 'QuotaExceededError'))).toBe(false);
    expect(isStorageError({ kind: 'disk', message: 'Full.' })).toBe(false);
    expect(isStorageError({ kind: 'quota', message: '  ' })).toBe(false);
    expect(isStorageError(null)).toBe(false);
    expect(isStorageError('quota')).toBe(false);
  });
});
