import { afterEach, describe, expect, it } from 'vitest';
import { mergeSourceGroup, type WorkspacePort } from '@apparatus/core';
import { DexieWorkspace } from '@apparatus/store';
import {
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  SIEGE_TEXT,
} from '../../packages/store/test/helpers.ts';
import { FakePort } from '../../packages/ui/test/fake-port.ts';

/**
 * The `WorkspacePort` contract, run against BOTH implementations: the Dexie workspace the app
 * uses and the in-memory `FakePort` the UI's tests use. What the UI's tests learn from the fake
 * holds for the app only while the fake cascades, refuses and replaces exactly as the store does;
 * a difference fails here instead of hiding in a UI test that passes against the fake alone.
 * Only the port's own methods are used, and lists are compared by id (order is not the contract).
 */
const implementations: [string, () => Promise<WorkspacePort & { close?(): void }>][] = [
  ['DexieWorkspace', () => DexieWorkspace.open(isolatedOptions('contract'))],
  ['FakePort', () => Promise.resolve(new FakePort())],
];

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe.each(implementations)('WorkspacePort contract: %s', (_name, open) => {
  const opened: (WorkspacePort & { close?(): void })[] = [];
  async function port(): Promise<WorkspacePort> {
    const p = await open();
    opened.push(p);
    return p;
  }
  afterEach(() => {
    for (const p of opened.splice(0)) p.close?.();
  });

  /** An account with two claims, a source, and a citation of the first claim. */
  async function filled() {
    const ws = await port();
    const account = makeAccount(SIEGE_TEXT);
    const strength = makeClaim(account, '7,0008,000');
    const other = makeClaim(account, '~1,500');
    const source = makeSource('Cemal Kutay');
    const citation = makeCitation(strength, source);
    await ws.putAccountWithClaims({ account, claims: [strength, other] });
    await ws.putSource(source);
    await ws.putCitation(citation);
    return { ws, account, strength, other, source, citation };
  }

  it('putAccountWithClaims replaces the account’s claims: those left out go, with their citations', async () => {
    const { ws, account, strength, other, source } = await filled();
    await ws.putAccountWithClaims({ account, claims: [other] });
    expect(await ws.claimsOf(account.id)).toEqual([other]);
    expect(await ws.citationsOf([strength.id])).toEqual([]);
    expect(await ws.citationsOfSource(source.id)).toEqual([]);
  });

  it('deleteAccount takes its claims and their citations, and unlinks revisions of it', async () => {
    const { ws, account, strength, source } = await filled();
    const revision = makeAccount(SIEGE_TEXT, { revisionOf: account.id });
    await ws.putAccountWithClaims({ account: revision, claims: [] });
    await ws.deleteAccount(account.id);
    expect(await ws.getAccount(account.id)).toBeUndefined();
    expect(await ws.claimsOf(account.id)).toEqual([]);
    expect(await ws.citationsOf([strength.id])).toEqual([]);
    expect(await ws.citationsOfSource(source.id)).toEqual([]);
    expect((await ws.getAccount(revision.id))?.revisionOf).toBeNull();
  });

  it('deleteClaim takes its citations', async () => {
    const { ws, account, strength, other, source } = await filled();
    await ws.deleteClaim(strength.id);
    expect(await ws.claimsOf(account.id)).toEqual([other]);
    expect(await ws.citationsOfSource(source.id)).toEqual([]);
  });

  it('saveDocument writes doc, text, claims and the next version on the stored base', async () => {
    const { ws, account, strength } = await filled();
    const moved = { ...strength, position: { start: 0, end: 1 } };
    await ws.saveDocument(account.id, { v: 1 }, `${SIEGE_TEXT}More.\n`, [moved], {
      base: null,
      next: 'v1',
    });
    const stored = await ws.getAccount(account.id);
    expect(stored).toMatchObject({ doc: { v: 1 }, text: `${SIEGE_TEXT}More.\n`, docVersion: 'v1' });
    expect((await ws.claimsOf(account.id)).find((c) => c.id === strength.id)).toEqual(moved);
  });

  it('saveDocument on a replaced base rejects with `conflict` and writes nothing', async () => {
    const { ws, account, strength } = await filled();
    await ws.saveDocument(account.id, { v: 1 }, SIEGE_TEXT, [], { base: null, next: 'v1' });
    const before = await ws.getAccount(account.id);
    const moved = { ...strength, position: { start: 0, end: 1 } };
    await expect(
      ws.saveDocument(account.id, { v: 2 }, 'Lost.\n', [moved], { base: null, next: 'v2' }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await ws.getAccount(account.id)).toEqual(before);
    expect((await ws.claimsOf(account.id)).find((c) => c.id === strength.id)).toEqual(strength);
  });

  it('saveDocument of a deleted account rejects and writes no claims', async () => {
    const { ws, account, strength } = await filled();
    await ws.deleteAccount(account.id);
    await expect(
      ws.saveDocument(account.id, { v: 1 }, SIEGE_TEXT, [strength], { base: null, next: 'v1' }),
    ).rejects.toMatchObject({ kind: 'unknown' });
    expect(await ws.claimsOf(account.id)).toEqual([]);
  });

  it('renameAccount changes the title only, and rejects for a deleted account', async () => {
    const { ws, account } = await filled();
    await ws.saveDocument(account.id, { v: 1 }, SIEGE_TEXT, [], { base: null, next: 'v1' });
    const before = await ws.getAccount(account.id);
    await ws.renameAccount(account.id, 'Renamed');
    const after = await ws.getAccount(account.id);
    expect(after).toMatchObject({ title: 'Renamed', doc: before?.doc, docVersion: 'v1' });
    await ws.deleteAccount(account.id);
    await expect(ws.renameAccount(account.id, 'Gone')).rejects.toMatchObject({ kind: 'unknown' });
  });

  it('deleteSource takes its citations and drops it from other sources’ via chains', async () => {
    const { ws, source } = await filled();
    const known = makeSource("Mazarof's report", { via: [source.id] });
    await ws.putSource(known);
    await ws.deleteSource(source.id, '2026-02-02T00:00:00.000Z');
    expect(await ws.citationsOfSource(source.id)).toEqual([]);
    expect(await ws.listSources()).toEqual([
      { ...known, via: [], updatedAt: '2026-02-02T00:00:00.000Z' },
    ]);
  });

  it('mergeSources re-points citations and via links at the kept record and drops the rest', async () => {
    const { ws, strength, source, citation } = await filled();
    const twin = makeSource('Cemal Kutay');
    const known = makeSource("Mazarof's report", { via: [twin.id] });
    const ofTwin = makeCitation(strength, twin);
    await ws.putSource(twin);
    await ws.putSource(known);
    await ws.putCitation(ofTwin);
    const merge = mergeSourceGroup(source, [twin], [ofTwin], {
      sources: [source, twin, known],
      now: '2026-02-02T00:00:00.000Z',
    });
    await ws.mergeSources(merge);
    const sources = await ws.listSources();
    expect(byId(sources).map((s) => s.id)).toEqual(byId([source, known]).map((s) => s.id));
    expect(sources.find((s) => s.id === known.id)?.via).toEqual([source.id]);
    expect(await ws.citationsOfSource(twin.id)).toEqual([]);
    expect(byId(await ws.citationsOfSource(source.id)).map((c) => c.id)).toEqual(
      byId([citation, ofTwin]).map((c) => c.id),
    );
  });
});
