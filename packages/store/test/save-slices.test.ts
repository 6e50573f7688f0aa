/**
 * A book's save moves tens of thousands of claims; `saveDocument` puts them in slices so the
 * page stays responsive. Still one transaction: every slice lands, or (the account gone) none.
 */
import { describe, expect, it } from 'vitest';
import { makeAccount, makeClaim, SIEGE_TEXT, testWorkspace } from './helpers.ts';

/** More claims than several slices hold, each moved one character on. */
function movedClaims(account: ReturnType<typeof makeAccount>, count: number) {
  const claim = makeClaim(account, '~1,500');
  return Array.from({ length: count }, (_, i) => ({
    ...claim,
    id: `claim-${i}`,
    position: { start: claim.position.start + 1, end: claim.position.end + 1 },
  }));
}

describe('saveDocument with many claims', () => {
  it('writes every claim of a save larger than one slice', async () => {
    const ws = testWorkspace('slices');
    const account = makeAccount(SIEGE_TEXT);
    await ws.putAccountWithClaims({ account, claims: [] });
    const claims = movedClaims(account, 2_345);
    await ws.saveDocument(account.id, '{"type":"doc"}', `x${SIEGE_TEXT}`, claims, {
      base: null,
      next: 'v1',
    });
    const stored = await ws.claimsOf(account.id);
    expect(stored).toHaveLength(2_345);
    expect(new Set(stored.map((c) => c.position.start))).toEqual(
      new Set([claims[0]!.position.start]),
    );
    expect((await ws.getAccount(account.id))?.doc).toBe('{"type":"doc"}');
  });

  it('writes none of them when a later slice fails', async () => {
    const ws = testWorkspace('slices');
    const account = makeAccount(SIEGE_TEXT);
    await ws.putAccountWithClaims({ account, claims: [] });
    const claims = movedClaims(account, 2_345);
    claims[1_500] = { ...claims[1_500]!, id: undefined as never }; // no key: the second slice fails
    await expect(
      ws.saveDocument(account.id, '{"type":"doc"}', 'changed', claims, { base: null, next: 'v1' }),
    ).rejects.toBeDefined();
    expect(await ws.db.claims.count()).toBe(0);
    expect((await ws.getAccount(account.id))?.text).toBe(SIEGE_TEXT);
  });
});
