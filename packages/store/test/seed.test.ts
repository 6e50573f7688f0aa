import { describe, expect, it } from 'vitest';
import { seedWorkspace, type WorkspaceSeed } from '../src/seed.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import {
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  makeSubject,
  SIEGE_TEXT,
} from './helpers.ts';

/** A first-run workspace shaped like the app's: the article, a claim, a subject, two sources, a citation. */
function siegeSeed(): WorkspaceSeed {
  const account = makeAccount(SIEGE_TEXT);
  const subject = makeSubject('strength · Russian SFSR, Soviet Bukhara');
  const claim = makeClaim(account, '7,0008,000', { subjectId: subject.id });
  const kutay = makeSource('Cemal Kutay');
  const mazarof = makeSource("Mazarof's report", { category: 'primary', via: [kutay.id] });
  return {
    accounts: [{ account, claims: [claim] }],
    subjects: [subject],
    sources: [kutay, mazarof],
    citations: [makeCitation(claim, mazarof)],
  };
}

describe('seedWorkspace', () => {
  it('fills an empty workspace once', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('seed'));
    const seed = siegeSeed();
    expect(await seedWorkspace(ws, seed)).toBe(true);
    expect(await ws.listAccounts()).toEqual([seed.accounts[0]!.account]);
    expect(await ws.claimsOf(seed.accounts[0]!.account.id)).toEqual(seed.accounts[0]!.claims);
    expect(await ws.listSources()).toHaveLength(2);
    expect(await ws.listSubjects()).toEqual(seed.subjects);
    expect(await ws.db.citations.toArray()).toEqual(seed.citations);

    expect(await seedWorkspace(ws, siegeSeed())).toBe(false);
    expect(await ws.listAccounts()).toHaveLength(1);
    expect(await ws.listSources()).toHaveLength(2);
    ws.close();
  });

  it('two tabs seeding at the same moment seed once', async () => {
    const options = isolatedOptions('seed-race');
    const a = new DexieWorkspace(options);
    const b = new DexieWorkspace(options);
    const results = await Promise.all([
      seedWorkspace(a, siegeSeed()),
      seedWorkspace(b, siegeSeed()),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.listAccounts()).toHaveLength(1);
    expect(await b.db.claims.count()).toBe(1);
    expect(await b.db.sources.count()).toBe(2);
    expect(await b.db.subjects.count()).toBe(1);
    a.close();
    b.close();
  });

  it('reuses a subject of the same label left in the workspace', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('seed-subjects'));
    const leftover = makeSubject('strength · Russian SFSR, Soviet Bukhara');
    await ws.putSubject(leftover);
    const seed = siegeSeed();
    expect(await seedWorkspace(ws, seed)).toBe(true);
    expect(await ws.listSubjects()).toEqual([leftover]);
    const [claim] = await ws.claimsOf(seed.accounts[0]!.account.id);
    expect(claim?.subjectId).toBe(leftover.id);
  });

  it('keeps a source the user edited when seeding again after every account was deleted', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('seed-sources'));
    const seed = siegeSeed();
    await seedWorkspace(ws, seed);
    const kutay = seed.sources[0]!;
    const edited = { ...kutay, reliability: 'Writes decades later, from the Basmachi side.' };
    await ws.putSource(edited);
    await ws.deleteAccount(seed.accounts[0]!.account.id);

    expect(await seedWorkspace(ws, seed)).toBe(true);
    expect(await ws.listSources()).toContainEqual(edited);
    expect(await ws.listSources()).toHaveLength(2);
    ws.close();
    ws.close();
  });
});
