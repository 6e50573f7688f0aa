import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { mergeSourceGroup } from '@apparatus/core';
import {
  dumpTables,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  SIEGE_TEXT,
  testWorkspace,
  writeFault,
  type WriteFault,
} from './helpers.ts';

/**
 * A fault that fails the first delete of a source once armed: the transaction aborts there,
 * after the writes before it in the same transaction were made — a failure "mid-way", which
 * must leave every row as it was.
 */
function failingSourceDelete(): WriteFault {
  return writeFault(() => new DOMException('The write failed.', 'UnknownError'), {
    when: (table, request) => table === 'sources' && request.type === 'delete',
    once: true,
  });
}

/** A workspace with the seed's two sources (Mazarof's report known via Kutay), a twin of Kutay, and citations of each. */
async function library(fault?: Middleware<DBCore>) {
  const ws = testWorkspace('sources-tx');
  if (fault) ws.db.use(fault);
  const account = makeAccount(SIEGE_TEXT);
  const claim = makeClaim(account, '7,0008,000');
  const kutay = makeSource('Cemal Kutay', { createdAt: '2025-01-01T00:00:00.000Z' });
  const twin = makeSource('Cemal Kutay', {
    csl: { id: 'twin', type: 'book', title: 'Cemal Kutay', publisher: 'Tarih Yayınları' },
    createdAt: '2025-02-01T00:00:00.000Z',
  });
  const mazarof = makeSource("Mazarof's report", { category: 'primary', via: [twin.id] });
  const onKutay = makeCitation(claim, kutay);
  const onTwin = makeCitation(claim, twin, { locator: 'p. 9' });
  const onMazarof = makeCitation(claim, mazarof);
  await ws.putAccountWithClaims({ account, claims: [claim] });
  for (const source of [kutay, twin, mazarof]) await ws.putSource(source);
  for (const citation of [onKutay, onTwin, onMazarof]) await ws.putCitation(citation);
  return { ws, kutay, twin, mazarof, onKutay, onTwin, onMazarof };
}

describe('source operations in one transaction', () => {
  it('deleteSource removes the citations and unlinks dependents, stamping them', async () => {
    const { ws, twin, mazarof, onKutay, onMazarof } = await library();
    await ws.deleteSource(twin.id, '2026-03-03T00:00:00.000Z');
    const sources = await ws.listSources();
    expect(sources.map((s) => s.id)).not.toContain(twin.id);
    expect(sources.find((s) => s.id === mazarof.id)).toEqual({
      ...mazarof,
      via: [],
      updatedAt: '2026-03-03T00:00:00.000Z',
    });
    expect((await ws.db.citations.toArray()).map((c) => c.id).sort()).toEqual(
      [onKutay.id, onMazarof.id].sort(),
    );
  });

  it('a deleteSource failing after the citations went leaves every row as it was', async () => {
    const fault = failingSourceDelete();
    const { ws, twin } = await library(fault.middleware);
    const before = await dumpTables(ws);
    fault.arm();
    await expect(ws.deleteSource(twin.id)).rejects.toMatchObject({ kind: 'unknown' });
    expect(fault.tripped()).toBe(true);
    expect(await dumpTables(ws)).toEqual(before);
  });

  it('mergeSources writes the kept record, re-points citations and via links, and deletes the duplicate', async () => {
    const { ws, kutay, twin, mazarof, onTwin } = await library();
    const merge = mergeSourceGroup(kutay, [twin], await ws.db.citations.toArray(), {
      sources: await ws.listSources(),
      now: '2026-04-04T00:00:00.000Z',
    });
    await ws.mergeSources(merge);
    const sources = await ws.listSources();
    expect(sources.map((s) => s.id)).toEqual([kutay.id, mazarof.id]);
    expect(sources[0]?.csl.publisher).toBe('Tarih Yayınları');
    expect(sources[1]?.via).toEqual([kutay.id]);
    expect((await ws.db.citations.get(onTwin.id))?.sourceId).toBe(kutay.id);
    expect(await ws.db.citations.count()).toBe(3);
  });

  it('mergeSources re-points a citation written after the merge was computed instead of losing it', async () => {
    const { ws, kutay, twin, onTwin } = await library();
    const merge = mergeSourceGroup(kutay, [twin], await ws.db.citations.toArray(), {
      sources: await ws.listSources(),
    });
    // Another tab cites the duplicate meanwhile.
    const late = { ...onTwin, id: crypto.randomUUID(), locator: 'p. 44' };
    await ws.putCitation(late);
    await ws.mergeSources(merge);
    expect(await ws.db.citations.get(late.id)).toEqual({ ...late, sourceId: kutay.id });
  });

  it('a mergeSources failing at the last write leaves every row as it was', async () => {
    const fault = failingSourceDelete();
    const { ws, kutay, twin } = await library(fault.middleware);
    const merge = mergeSourceGroup(kutay, [twin], await ws.db.citations.toArray(), {
      sources: await ws.listSources(),
    });
    const before = await dumpTables(ws);
    fault.arm();
    await expect(ws.mergeSources(merge)).rejects.toMatchObject({ kind: 'unknown' });
    expect(fault.tripped()).toBe(true);
    expect(await dumpTables(ws)).toEqual(before);
  });
});
