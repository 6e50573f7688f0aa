// @vitest-environment happy-dom
// dexie-export-import needs `self` and `FileReader`, which bare Node lacks; happy-dom has both.
import { describe, expect, it } from 'vitest';
import { isOk } from '@apparatus/core';
import { exportWorkspace, importWorkspace, previewBackup } from '../src/backup.ts';
import { DexieWorkspace } from '../src/workspace.ts';
import {
  dumpTables,
  isolatedOptions,
  makeAccount,
  makeCitation,
  makeClaim,
  makeSource,
  makeSubject,
  SIEGE_TEXT,
} from './helpers.ts';

/** A workspace holding one of everything, linked. */
async function filledWorkspace(label: string): Promise<DexieWorkspace> {
  const ws = await DexieWorkspace.open(isolatedOptions(label));
  const account = makeAccount(SIEGE_TEXT);
  const subject = makeSubject('strength · Russian SFSR, Soviet Bukhara');
  const claim = makeClaim(account, '7,0008,000', {
    subjectId: subject.id,
    status: 'disputed',
    statusReason: 'lost dash',
  });
  const kutay = makeSource('Cemal Kutay');
  const mazarof = makeSource("Mazarof's report", { category: 'primary', via: [kutay.id] });
  await ws.putSubject(subject);
  await ws.putAccountWithClaims({ account, claims: [claim, makeClaim(account, '~1,500')] });
  await ws.putSource(kutay);
  await ws.putSource(mazarof);
  await ws.putCitation(makeCitation(claim, mazarof));
  return ws;
}

/** The backup as parsed JSON, for tests that damage it. */
interface BackupJson {
  data: { databaseVersion: number; data: { tableName: string; rows: Record<string, unknown>[] }[] };
}

async function backupJson(ws: DexieWorkspace): Promise<BackupJson> {
  return JSON.parse(await (await exportWorkspace(ws)).text()) as BackupJson;
}

function blobOf(json: unknown): Blob {
  return new Blob([JSON.stringify(json)], { type: 'application/json' });
}

function rowsOf(json: BackupJson, table: string): Record<string, unknown>[] {
  const found = json.data.data.find((t) => t.tableName === table);
  if (!found) throw new Error(`no ${table} in backup`);
  return found.rows;
}

describe('backups', () => {
  it('export then import restores the workspace exactly, replacing what was there', async () => {
    const source = await filledWorkspace('backup-from');
    const backup = await exportWorkspace(source);
    const target = await filledWorkspace('backup-to'); // other rows, to be replaced

    const result = await importWorkspace(target, backup);
    expect(result).toEqual({
      value: { accounts: 1, claims: 2, subjects: 1, sources: 2, citations: 1 },
    });
    const byId = (rows: unknown[] = []) =>
      [...rows].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
    const before = await dumpTables(source);
    const after = await dumpTables(target);
    for (const table of ['accounts', 'claims', 'subjects', 'sources', 'citations']) {
      expect(byId(after[table]), table).toEqual(byId(before[table]));
    }
    expect((await target.options.indexedDB!.databases()).map((db) => db.name)).toEqual([
      target.db.name,
    ]);
    source.close();
    target.close();
  });

  it('a truncated file gives an error and leaves the workspace untouched', async () => {
    const ws = await filledWorkspace('truncated');
    const before = await dumpTables(ws);
    const text = await (await exportWorkspace(ws)).text();
    const result = await importWorkspace(
      ws,
      new Blob([text.slice(0, Math.floor(text.length * 0.7))]),
    );
    expect(isOk(result)).toBe(false);
    expect(result).toMatchObject({
      error: expect.stringContaining('The backup file is damaged or incomplete'),
    });
    expect(result).toMatchObject({ error: expect.stringContaining('your workspace is unchanged') });
    expect(await dumpTables(ws)).toEqual(before);
    // The staging copy is gone too.
    const names = (await ws.options.indexedDB!.databases()).map((db) => db.name);
    expect(names).toEqual([ws.db.name]);
    ws.close();
  });

  it('a file that is not a backup at all gives an error', async () => {
    const ws = await filledWorkspace('not-backup');
    const before = await dumpTables(ws);
    const result = await importWorkspace(ws, new Blob(['= Siege of Dushanbe =\nNot JSON.']));
    expect(result).toMatchObject({ error: expect.stringContaining('not an Apparatus backup') });
    expect(await dumpTables(ws)).toEqual(before);
    ws.close();
  });

  it('a backup from a newer schema is refused with the versions named', async () => {
    const ws = await filledWorkspace('newer');
    const before = await dumpTables(ws);
    const json = await backupJson(ws);
    json.data.databaseVersion = 7;
    const result = await importWorkspace(ws, blobOf(json));
    expect(result).toEqual({
      error:
        'This backup was made by a newer version of Apparatus (schema 7); this version reads schema 1 or older. Update Apparatus to import it. Nothing was imported; your workspace is unchanged.',
    });
    expect(await dumpTables(ws)).toEqual(before);
    ws.close();
  });

  it('a citation pointing at a missing source is refused, naming the citation', async () => {
    const ws = await filledWorkspace('dangling');
    const before = await dumpTables(ws);
    const json = await backupJson(ws);
    const citation = rowsOf(json, 'citations')[0]!;
    citation['sourceId'] = 'no-such-source';
    const result = await importWorkspace(ws, blobOf(json));
    expect(result).toMatchObject({
      error: expect.stringContaining(`citation ${String(citation['id'])}`),
    });
    expect(result).toMatchObject({ error: expect.stringContaining('source no-such-source') });
    expect(await dumpTables(ws)).toEqual(before);
    ws.close();
  });

  it('a row lacking a required field is refused, naming the field', async () => {
    const ws = await filledWorkspace('shapeless');
    const before = await dumpTables(ws);
    const json = await backupJson(ws);
    const claim = rowsOf(json, 'claims')[0]!;
    delete claim['status'];
    claim['position'] = { start: 'twelve', end: 3 };
    const result = await importWorkspace(ws, blobOf(json));
    expect(result).toMatchObject({
      error: expect.stringContaining(
        `claim ${String(claim['id'])} lacks status and has an unreadable position`,
      ),
    });
    expect(await dumpTables(ws)).toEqual(before);
    ws.close();
  });

  it('an import into a tab gone read-only is refused with the reload message', async () => {
    const ws = await filledWorkspace('read-only');
    const backup = await exportWorkspace(ws);
    ws.db.on('versionchange').fire({ newVersion: 20, oldVersion: 10 });
    const result = await importWorkspace(ws, backup);
    expect(result).toEqual({
      error: 'This workspace was upgraded in another tab. Reload to keep editing.',
    });
  });
});

describe('backups and the reader’s settings (meta rows)', () => {
  it('subject joins and splits travel with the backup and replace the ones there', async () => {
    const source = await filledWorkspace('meta-from');
    const overrides = {
      join: [['casualties · Basmachi', 'losses · Basmachi']] as [string, string][],
      split: ['strength · Russian SFSR, Soviet Bukhara'],
    };
    await source.putSubjectOverrides(overrides);
    const backup = await exportWorkspace(source);

    const target = await filledWorkspace('meta-to');
    await target.putSubjectOverrides({ join: [], split: ['date'] });
    const result = await importWorkspace(target, backup);
    expect(isOk(result)).toBe(true);
    expect(await target.db.table('meta').get('subject-overrides')).toEqual({
      key: 'subject-overrides',
      ...overrides,
    });
    // The schema row stays the live database's own.
    expect(await target.db.meta.get('schema')).toEqual({ key: 'schema', version: 1 });
    source.close();
    target.close();
  });

  it('a backup without joins or splits clears the ones the workspace had', async () => {
    const source = await filledWorkspace('meta-none');
    const backup = await exportWorkspace(source);
    const target = await filledWorkspace('meta-had');
    await target.putSubjectOverrides({ join: [['a', 'b']], split: [] });
    expect(isOk(await importWorkspace(target, backup))).toBe(true);
    expect(await target.db.table('meta').get('subject-overrides')).toBeUndefined();
    expect(await target.db.meta.get('schema')).toEqual({ key: 'schema', version: 1 });
    source.close();
    target.close();
  });

  it('an unreadable joins row is refused and the live settings stay', async () => {
    const ws = await filledWorkspace('meta-broken');
    await ws.putSubjectOverrides({ join: [['a', 'b']], split: [] });
    const before = await dumpTables(ws);
    const json = await backupJson(ws);
    const row = rowsOf(json, 'meta').find((r) => r['key'] === 'subject-overrides')!;
    row['join'] = [['a']]; // a join needs two subjects
    const result = await importWorkspace(ws, blobOf(json));
    expect(result).toMatchObject({
      error: expect.stringContaining('setting subject-overrides: the stored subject joins'),
    });
    expect(await dumpTables(ws)).toEqual(before);
    ws.close();
  });
});

describe('previewBackup', () => {
  it('says what a backup holds without changing anything', async () => {
    const ws = await filledWorkspace('preview');
    await ws.putSubjectOverrides({ join: [['a', 'b']], split: [] });
    const backup = await exportWorkspace(ws);
    const other = await DexieWorkspace.open(isolatedOptions('preview-empty'));
    const preview = await previewBackup(other, backup);
    expect(preview).toEqual({
      value: {
        schemaVersion: 1,
        counts: { accounts: 1, claims: 2, subjects: 1, sources: 2, citations: 1 },
        settings: 1,
      },
    });
    expect(await other.listAccounts()).toEqual([]);
    ws.close();
    other.close();
  });

  it('refuses a file that is not a backup, in the import’s words', async () => {
    const ws = await DexieWorkspace.open(isolatedOptions('preview-bad'));
    const preview = await previewBackup(ws, new Blob(['{"formatName":"other"']));
    expect(preview).toMatchObject({ error: expect.stringContaining('not an Apparatus backup') });
    ws.close();
  });
});
