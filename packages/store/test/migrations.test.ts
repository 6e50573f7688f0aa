import { describe, expect, it } from 'vitest';
import {
  createDatabase,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from '../src/schema.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import {
  createOldDatabase,
  dumpTables,
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  makeSubject,
  SIEGE_TEXT,
  upgradeDatabase,
} from './helpers.ts';

/** One row of every table, linked the way the app links them. */
function sampleRows() {
  const account = makeAccount(SIEGE_TEXT);
  const subject = makeSubject('strength · Russian SFSR, Soviet Bukhara');
  const claim = makeClaim(account, '7,0008,000', { subjectId: subject.id });
  const kutay = makeSource('Cemal Kutay');
  const mazarof = makeSource("Mazarof's report", { category: 'primary', via: [kutay.id] });
  const citation = makeCitation(claim, mazarof);
  return {
    accounts: [account],
    claims: [claim],
    subjects: [subject],
    sources: [kutay, mazarof],
    citations: [citation],
  };
}

describe('schema versions', () => {
  it('are append-only in spirit: numbered upward from 1 without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('a fresh database records its schema version in the meta table', async () => {
    const workspace = await DexieWorkspace.open(isolatedOptions('fresh'));
    expect(await workspace.db.meta.toArray()).toEqual([{ key: 'schema', version: SCHEMA_VERSION }]);
    expect(workspace.db.tables.map((t) => t.name).sort()).toEqual(
      ['accounts', 'citations', 'claims', 'meta', 'sources', 'subjects'].sort(),
    );
    workspace.close();
  });

  it('opening an existing v1 database keeps every row', async () => {
    const options = isolatedOptions('v1');
    const rows = sampleRows();
    await createOldDatabase(options, 1, rows);
    const workspace = await upgradeDatabase(options);
    const dump = await dumpTables(workspace);
    for (const [table, list] of Object.entries(rows)) {
      const byId = (a: unknown, b: unknown) =>
        String((a as { id: string }).id).localeCompare((b as { id: string }).id);
      expect(dump[table]?.slice().sort(byId), table).toEqual([...list].sort(byId));
    }
    expect(dump['meta']).toEqual([{ key: 'schema', version: 1 }]);
    workspace.close();
  });

  it('the harness runs an upgrade to a future version and the meta row follows it', async () => {
    // A rehearsal of the first real v2: an extra index and a rewrite of every claim.
    const v2: SchemaVersion = {
      version: 2,
      stores: { claims: 'id, accountId, subjectId, status, kind' },
      upgrade: async (tx) => {
        await tx
          .table('claims')
          .toCollection()
          .modify((claim: { statusReason: string }) => {
            claim.statusReason = `[v2] ${claim.statusReason}`;
          });
      },
    };
    const options = { ...isolatedOptions('v2'), versions: [...SCHEMA_VERSIONS, v2] };
    const rows = sampleRows();
    await createOldDatabase(options, 1, rows);

    const db = createDatabase(options);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.meta.get('schema')).toEqual({ key: 'schema', version: 2 });
    const claims = await db.claims.where('kind').equals('quantity').toArray();
    expect(claims).toEqual(
      rows.claims.map((claim) => ({ ...claim, statusReason: `[v2] ${claim.statusReason}` })),
    );
    expect(await db.citations.toArray()).toEqual(rows.citations);
    db.close();
  });
});
