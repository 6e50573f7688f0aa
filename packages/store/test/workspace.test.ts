import { describe, expect, it } from 'vitest';
import type { Claim } from '@apparatus/core';
import {
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  makeSubject,
  SIEGE_TEXT,
  testWorkspace,
} from './helpers.ts';

/** Collects what a Watchable emits and lets a test wait for a value it expects. */
function record<T>(watchable: {
  subscribe(next: (value: T) => void, error?: (e: unknown) => void): () => void;
}) {
  const values: T[] = [];
  const waiters: { test: (v: T) => boolean; resolve: () => void }[] = [];
  const stop = watchable.subscribe((value) => {
    values.push(value);
    for (const w of waiters.splice(0)) {
      if (w.test(value)) w.resolve();
      else waiters.push(w);
    }
  });
  const until = (test: (v: T) => boolean): Promise<void> =>
    values.some(test)
      ? Promise.resolve()
      : new Promise((resolve) => waiters.push({ test, resolve }));
  return { values, until, stop };
}

describe('DexieWorkspace', () => {
  it('stores an account with its claims and reads them back as core types, in reading order', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const later = makeClaim(account, '7,0008,000');
    const earlier = makeClaim(account, '~1,500', {
      value: { type: 'quantity', min: 1500, max: 1500, approximate: true },
    });
    await ws.putAccountWithClaims({ account, claims: [later, earlier] });
    expect(await ws.listAccounts()).toEqual([account]);
    expect(await ws.getAccount(account.id)).toEqual(account);
    expect(await ws.claimsOf(account.id)).toEqual([earlier, later]);
    expect(await ws.claimsOf('another account')).toEqual([]);
  });

  it('a write is committed when its promise resolves: another connection sees it at once', async () => {
    const options = isolatedOptions('commit');
    const a = testWorkspace(options);
    const b = testWorkspace(options);
    const account = makeAccount(SIEGE_TEXT);
    await a.putAccountWithClaims({ account, claims: [] });
    await a.saveDocument(account.id, { type: 'doc', edited: true }, `${SIEGE_TEXT}More.\n`, [], {
      base: null,
      next: 'v1',
    });
    const seen = await b.getAccount(account.id);
    expect(seen?.text).toBe(`${SIEGE_TEXT}More.\n`);
    expect(seen?.doc).toEqual({ type: 'doc', edited: true });
    expect(seen?.updatedAt).not.toBe(account.updatedAt);
  });

  it('replacing an account with its claims drops the claims left out, with their citations', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const kept = makeClaim(account, '~1,500');
    const dropped = makeClaim(account, '7,0008,000');
    const source = makeSource('Cemal Kutay');
    await ws.putAccountWithClaims({ account, claims: [kept, dropped] });
    await ws.putSource(source);
    await ws.putCitation(makeCitation(dropped, source));
    const keptCitation = makeCitation(kept, source);
    await ws.putCitation(keptCitation);

    await ws.putAccountWithClaims({
      account: { ...account, title: 'Siege (rev.)' },
      claims: [kept],
    });
    expect(await ws.claimsOf(account.id)).toEqual([kept]);
    expect(await ws.citationsOfSource(source.id)).toEqual([keptCitation]);
    expect((await ws.getAccount(account.id))?.title).toBe('Siege (rev.)');
  });

  it('saving the document of an account deleted meanwhile rejects with a readable StorageError', async () => {
    const ws = testWorkspace('ws');
    const claim = makeClaim(makeAccount(SIEGE_TEXT), '~1,500');
    await expect(
      ws.saveDocument('gone', {}, '', [claim], { base: null, next: 'v1' }),
    ).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringContaining('no longer exists'),
    });
    expect(await ws.db.claims.count()).toBe(0);
  });

  it('deleting an account deletes its claims and their citations, and unlinks its revisions', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const other = makeAccount(SIEGE_TEXT, {
      title: 'Revision',
      kind: 'revision',
      revisionOf: account.id,
    });
    const claim = makeClaim(account, '~1,500');
    const otherClaim = makeClaim(other, '~1,500');
    const source = makeSource('Cemal Kutay');
    await ws.putAccountWithClaims({ account, claims: [claim] });
    await ws.putAccountWithClaims({ account: other, claims: [otherClaim] });
    await ws.putSource(source);
    await ws.putCitation(makeCitation(claim, source));
    const survivor = makeCitation(otherClaim, source);
    await ws.putCitation(survivor);

    await ws.deleteAccount(account.id);
    expect(await ws.listAccounts()).toEqual([{ ...other, revisionOf: null }]);
    expect(await ws.db.claims.toArray()).toEqual([otherClaim]);
    expect(await ws.db.citations.toArray()).toEqual([survivor]);
  });

  it('deleting a claim deletes its citations', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '~1,500');
    const source = makeSource('Cemal Kutay');
    await ws.putAccountWithClaims({ account, claims: [claim] });
    await ws.putSource(source);
    await ws.putCitation(makeCitation(claim, source));
    await ws.deleteClaim(claim.id);
    expect(await ws.claimsOf(account.id)).toEqual([]);
    expect(await ws.citationsOfSource(source.id)).toEqual([]);
  });

  it('attaching a citation updates its claim in the same transaction', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '7,0008,000');
    const source = makeSource('Cemal Kutay');
    await ws.putAccountWithClaims({ account, claims: [claim] });
    const disputed: Claim = { ...claim, status: 'disputed', statusReason: 'Kutay gives 7,000' };
    const citation = makeCitation(claim, source);
    await ws.putCitation(citation, disputed);
    expect(await ws.citationsOf([claim.id, 'unrelated'])).toEqual([citation]);
    expect(await ws.claimsOf(account.id)).toEqual([disputed]);
    await ws.deleteCitation(citation.id);
    expect(await ws.citationsOf([claim.id])).toEqual([]);
  });

  it('lists which citations point at a source, and deleting the source deletes them and its place in via chains', async () => {
    const ws = testWorkspace('ws');
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '7,0008,000');
    const kutay = makeSource('Cemal Kutay');
    const mazarof = makeSource("Mazarof's report", { category: 'primary', via: [kutay.id] });
    await ws.putAccountWithClaims({ account, claims: [claim] });
    await ws.putSource(kutay);
    await ws.putSource(mazarof);
    const viaKutay = makeCitation(claim, kutay);
    const viaMazarof = makeCitation(claim, mazarof);
    await ws.putCitation(viaKutay);
    await ws.putCitation(viaMazarof);
    expect(await ws.citationsOfSource(kutay.id)).toEqual([viaKutay]);

    await ws.deleteSource(kutay.id);
    expect(await ws.listSources()).toEqual([
      { ...mazarof, via: [], updatedAt: expect.any(String) },
    ]);
    expect(await ws.citationsOf([claim.id])).toEqual([viaMazarof]);
  });

  it('lists subjects by label and refuses a second subject of the same label with a readable error', async () => {
    const ws = testWorkspace('ws');
    const b = makeSubject('casualties · Basmachi');
    const a = makeSubject('casualties · Russian SFSR');
    await ws.putSubject(a);
    await ws.putSubject(b);
    expect(await ws.listSubjects()).toEqual([b, a]);
    await expect(ws.putSubject(makeSubject('casualties · Basmachi'))).rejects.toMatchObject({
      kind: 'unknown',
      message: 'A subject called “casualties · Basmachi” already exists. Pick it instead.',
    });
    expect(await ws.listSubjects()).toEqual([b, a]);
  });

  it('watchers start with the current rows and follow commits from another connection', async () => {
    const options = isolatedOptions('watch');
    const a = testWorkspace(options);
    const b = testWorkspace(options);
    const account = makeAccount(SIEGE_TEXT);
    const claim = makeClaim(account, '~1,500');
    await a.putAccountWithClaims({ account, claims: [claim] });

    const claims = record(b.watchClaims(account.id));
    const accounts = record(b.watchAccounts());
    await claims.until((list) => list.length === 1);
    await accounts.until((list) => list.length === 1);

    await a.putClaim({ ...claim, status: 'disputed' });
    await claims.until((list) => list[0]?.status === 'disputed');
    await a.deleteAccount(account.id);
    await accounts.until((list) => list.length === 0);
    await claims.until((list) => list.length === 0);
    claims.stop();
    accounts.stop();
    expect(claims.values[0]).toEqual([claim]);
  });
});
