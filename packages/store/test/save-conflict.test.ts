/**
 * Optimistic concurrency of `saveDocument`: two tabs (two connections to one database) editing
 * one account. A save based on a document another tab has replaced since is refused whole, so
 * no tab overwrites words the other was told were saved.
 */
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES } from '../src/errors.ts';
import { isolatedOptions, makeAccount, makeClaim, SIEGE_TEXT, testWorkspace } from './helpers.ts';

/** Two tabs on one fresh database, holding the seed article (never saved: no docVersion). */
async function twoTabs() {
  const options = isolatedOptions('conflict');
  const first = testWorkspace(options);
  const second = testWorkspace(options);
  const account = makeAccount(SIEGE_TEXT, { doc: null });
  const claim = makeClaim(account, '7,0008,000');
  await first.putAccountWithClaims({ account, claims: [claim] });
  return { first, second, account, claim };
}

describe('saveDocument based on a replaced document', () => {
  it('writes when the base is the stored version, and records the new one', async () => {
    const { first, account } = await twoTabs();
    await first.saveDocument(account.id, '{"v":1}', `${SIEGE_TEXT}One.\n`, [], {
      base: null,
      next: 'v1',
    });
    expect((await first.getAccount(account.id))?.docVersion).toBe('v1');
    await first.saveDocument(account.id, '{"v":2}', `${SIEGE_TEXT}One. Two.\n`, [], {
      base: 'v1',
      next: 'v2',
    });
    const stored = await first.getAccount(account.id);
    expect(stored?.docVersion).toBe('v2');
    expect(stored?.text).toBe(`${SIEGE_TEXT}One. Two.\n`);
  });

  it('refuses a save based on a version another tab replaced, and writes nothing of it', async () => {
    const { first, second, account, claim } = await twoTabs();
    await first.saveDocument(account.id, '{"first":true}', `${SIEGE_TEXT}First.\n`, [], {
      base: null,
      next: 'first-1',
    });
    const moved = { ...claim, position: { start: 0, end: 10 } };
    await expect(
      second.saveDocument(account.id, '{"second":true}', `${SIEGE_TEXT}Second.\n`, [moved], {
        base: null,
        next: 'second-1',
      }),
    ).rejects.toMatchObject({ kind: 'conflict', message: STORAGE_MESSAGES.conflict });
    const stored = await second.getAccount(account.id);
    expect(stored?.text).toBe(`${SIEGE_TEXT}First.\n`);
    expect(stored?.doc).toBe('{"first":true}');
    expect(stored?.docVersion).toBe('first-1');
    // The claims half of the refused save did not land either.
    expect(await second.claimsOf(account.id)).toEqual([claim]);
  });

  it('a rename does not move the version, so the renaming tab does not conflict with itself', async () => {
    const { first, second, account } = await twoTabs();
    await first.saveDocument(account.id, '{"v":1}', SIEGE_TEXT, [], { base: null, next: 'v1' });
    await second.renameAccount(account.id, 'Siege of Dushanbe (draft)');
    await first.saveDocument(account.id, '{"v":2}', `${SIEGE_TEXT}More.\n`, [], {
      base: 'v1',
      next: 'v2',
    });
    const stored = await first.getAccount(account.id);
    expect(stored?.title).toBe('Siege of Dushanbe (draft)');
    expect(stored?.text).toBe(`${SIEGE_TEXT}More.\n`);
  });

  it('an annotation write (a claim) does not move the version', async () => {
    const { first, second, account, claim } = await twoTabs();
    await second.putClaim({ ...claim, status: 'disputed', statusReason: 'Checked.' });
    await first.saveDocument(account.id, '{"v":1}', SIEGE_TEXT, [], { base: null, next: 'v1' });
    expect((await first.getAccount(account.id))?.docVersion).toBe('v1');
  });

  it('of two tabs saving on the same base, exactly one wins', async () => {
    const { first, second, account } = await twoTabs();
    const results = await Promise.allSettled([
      first.saveDocument(account.id, '{"a":1}', 'a', [], { base: null, next: 'a' }),
      second.saveDocument(account.id, '{"b":1}', 'b', [], { base: null, next: 'b' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const stored = await first.getAccount(account.id);
    expect(stored?.docVersion).toBe(stored?.text);
  });
});
