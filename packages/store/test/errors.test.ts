import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, StorageFailure, toStorageError } from '../src/errors.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import { isolatedOptions, makeAccount, makeClaim, SIEGE_TEXT, writeFault } from './helpers.ts';

describe('storage errors', () => {
  it('a full disk rejects the write with a quota StorageError and keeps what was saved before', async () => {
    const ws = new DexieWorkspace(isolatedOptions('quota'));
    // Every write from `arm()` on fails as a full disk's does.
    const disk = writeFault(
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    ws.db.use(disk.middleware);
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '7,0008,000');
    await ws.putAccountWithClaims({ account, claims: [claim] });

    disk.arm();
    const failure: unknown = await ws
      .saveDocument(
        account.id,
        { edited: true },
        `${SIEGE_TEXT}Lost.\n`,
        [{ ...claim, status: 'disputed' }],
        { base: null, next: 'v1' },
      )
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure).not.toBeInstanceOf(DOMException);
    expect(failure).toMatchObject({ kind: 'quota', message: STORAGE_MESSAGES.quota });
    expect(STORAGE_MESSAGES.quota).toBe(
      'The browser refused to store more data (disk full or storage quota reached). Your last change was not saved; what was saved before is intact.',
    );
    // Neither half of the transaction landed: the account's text and its claim are as before.
    expect(await ws.getAccount(account.id)).toEqual(account);
    expect(await ws.claimsOf(account.id)).toEqual([claim]);
    ws.close();
  });

  it('maps the browser and Dexie errors to the kinds the UI words', () => {
    const cases: [unknown, string][] = [
      [new DOMException('quota', 'QuotaExceededError'), 'quota'],
      [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
      [{ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] }, 'quota'],
      [new DOMException('newer', 'VersionError'), 'read-only'],
      [{ name: 'OpenFailedError', inner: { name: 'VersionError' } }, 'read-only'],
      [{ name: 'DatabaseClosedError' }, 'read-only'],
      [new TypeError('something else'), 'unknown'],
      ['a string', 'unknown'],
    ];
    for (const [reason, kind] of cases) {
      const error = toStorageError(reason);
      expect(error.kind, JSON.stringify(reason)).toBe(kind);
      expect(error.message).toBe(STORAGE_MESSAGES[error.kind]);
    }
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageFailure('unknown', 'This account no longer exists.');
    expect(toStorageError(original)).toBe(original);
    expect(toStorageError({ kind: 'blocked', message: 'Close the other tab.' })).toMatchObject({
      kind: 'blocked',
      message: 'Close the other tab.',
    });
  });
});
