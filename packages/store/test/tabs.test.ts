import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_VERSIONS, type SchemaVersion } from '../src/schema.ts';
import { STORAGE_MESSAGES } from '../src/errors.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import { isolatedOptions, makeAccount, makeClaim, SIEGE_TEXT } from './helpers.ts';

/** What a newer build would ship: one more index. */
const v2: SchemaVersion = {
  version: 2,
  stores: { claims: 'id, accountId, subjectId, status, kind' },
};

describe('several tabs', () => {
  it('a tab whose schema was upgraded by another goes read-only and refuses writes', async () => {
    const options = isolatedOptions('tabs');
    const oldTab = await DexieWorkspace.open(options);
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '~1,500');
    await oldTab.putAccountWithClaims({ account, claims: [claim] });
    const writable: boolean[] = [];
    oldTab.writable.subscribe((value) => writable.push(value));

    // Another tab, running a newer build, opens the same database at version 2.
    const newTab = createDatabase({ ...options, versions: [...SCHEMA_VERSIONS, v2] });
    await newTab.open();
    expect(newTab.verno).toBe(2);
    expect(writable).toEqual([true, false]);
    expect(oldTab.isWritable).toBe(false);

    const late = makeClaim(account, '7,0008,000');
    await expect(oldTab.putClaim(late)).rejects.toMatchObject({
      kind: 'read-only',
      message: 'This workspace was upgraded in another tab. Reload to keep editing.',
    });
    await expect(
      oldTab.saveDocument(account.id, {}, '', [], { base: null, next: 'v1' }),
    ).rejects.toMatchObject({
      kind: 'read-only',
    });
    expect(STORAGE_MESSAGES['read-only']).toBe(
      'This workspace was upgraded in another tab. Reload to keep editing.',
    );
    // Nothing in the old shape reached the upgraded database.
    expect(await newTab.claims.toArray()).toEqual([claim]);
    expect((await newTab.accounts.get(account.id))?.text).toBe(SIEGE_TEXT);
    newTab.close();
  });

  it('a tab of an older build opening a database already upgraded is read-only from the start', async () => {
    const options = isolatedOptions('late-tab');
    const newer = createDatabase({ ...options, versions: [...SCHEMA_VERSIONS, v2] });
    await newer.open();
    newer.close();

    const oldTab = await DexieWorkspace.open(options);
    expect(oldTab.isWritable).toBe(false);
    await expect(
      oldTab.putClaim(makeClaim(makeAccount(SIEGE_TEXT), '~1,500')),
    ).rejects.toMatchObject({
      kind: 'read-only',
    });
    oldTab.close();
  });

  it('two tabs of the same build both write, each seeing the other', async () => {
    const options = isolatedOptions('peers');
    const a = await DexieWorkspace.open(options);
    const b = await DexieWorkspace.open(options);
    const account = makeAccount(SIEGE_TEXT);
    await a.putAccountWithClaims({ account, claims: [] });
    const claim = makeClaim(account, '~1,500');
    await b.putClaim(claim);
    expect(await a.claimsOf(account.id)).toEqual([claim]);
    expect(a.isWritable && b.isWritable).toBe(true);
    a.close();
    b.close();
  });
});
