import { describe, expect, it } from 'vitest';
import { DexieWorkspace } from '../src/workspace.ts';
import { isolatedOptions, makeAccount, makeClaim, SIEGE_TEXT } from './helpers.ts';

describe('renameAccount', () => {
  it('changes only the title, keeping the document a save wrote meanwhile', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('rename'));
    const account = makeAccount(SIEGE_TEXT);
    await ws.putAccountWithClaims({ account, claims: [makeClaim(account, '~1,500')] });
    await ws.saveDocument(account.id, '{"type":"doc"}', `${SIEGE_TEXT}More.\n`, [], {
      base: null,
      next: 'v1',
    });

    await ws.renameAccount(account.id, 'Siege of Dushanbe (Kutay)');
    const renamed = await ws.getAccount(account.id);
    expect(renamed?.title).toBe('Siege of Dushanbe (Kutay)');
    expect(renamed?.text).toBe(`${SIEGE_TEXT}More.\n`);
    expect(renamed?.doc).toBe('{"type":"doc"}');
    expect(await ws.claimsOf(account.id)).toHaveLength(1);
    ws.close();
  });

  it('rejects with a sentence when the account is gone', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('rename-gone'));
    await expect(ws.renameAccount('no-such-account', 'Anything')).rejects.toMatchObject({
      message: expect.stringContaining('no longer exists'),
    });
    ws.close();
  });
});
