import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Account, Citation, Claim, Source, Subject } from '@apparatus/core';

/**
 * The one schema module of the workspace database (STYLE.md, "From Dexie"). Versions are
 * append-only: a change to the shape of stored rows adds an entry to {@link SCHEMA_VERSIONS} with
 * an `upgrade` that rewrites old rows, and a test in `test/migrations.test.ts` that opens a
 * database at the older version with rows and checks every row survived the upgrade.
 */

/** The name of the live database; tests and the backup staging area use other names. */
export const DATABASE_NAME = 'apparatus';

/** The row of the `meta` table that records which schema version wrote the database. */
export interface SchemaRow {
  readonly key: 'schema';
  readonly version: number;
}

/**
 * The row of the `meta` table that keeps the reader's joins and splits of subjects across
 * accounts (core's `SubjectOverrides`). A `meta` row rather than a table: it is one small value,
 * and adding it needs no new schema version (the `meta` store takes any key).
 */
export interface SubjectOverridesRow {
  readonly key: 'subject-overrides';
  readonly join: readonly (readonly [string, string])[];
  readonly split: readonly string[];
}

/** The tables of every version, in the order a backup lists them. */
export const TABLE_NAMES = [
  'accounts',
  'claims',
  'subjects',
  'sources',
  'citations',
  'meta',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The tables that hold the user's work (everything but `meta`). */
export const DATA_TABLES = [
  'accounts',
  'claims',
  'subjects',
  'sources',
  'citations',
] as const satisfies readonly TableName[];
export type DataTableName = (typeof DATA_TABLES)[number];

/**
 * One version of the schema: Dexie's store specs (primary key first, then indexes) and, from v2 on,
 * the upgrade that rewrites rows written by the version before it.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version ever shipped, oldest first. Indexes are the queries the UI makes: claims by
 * account, subject and status; citations by claim and source; subjects by their unique label;
 * accounts by kind, the source whose text they are, and the account they revise; sources by the
 * sources they are known through (`via`, multi-entry).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      accounts: 'id, kind, sourceId, revisionOf',
      claims: 'id, accountId, subjectId, status',
      subjects: 'id, &label',
      sources: 'id, *via',
      citations: 'id, claimId, sourceId',
      meta: 'key',
    },
  },
];

/** The newest schema version: what this build writes. */
export const SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The workspace database with its typed tables. */
export type ApparatusDatabase = Dexie & {
  readonly accounts: EntityTable<Account, 'id'>;
  readonly claims: EntityTable<Claim, 'id'>;
  readonly subjects: EntityTable<Subject, 'id'>;
  readonly sources: EntityTable<Source, 'id'>;
  readonly citations: EntityTable<Citation, 'id'>;
  readonly meta: EntityTable<SchemaRow, 'key'>;
};

/**
 * Where and how to open the database. Tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`
 * per database, so that no two tests share state; `upTo` opens an older version of the schema
 * (the migration harness, and backups made by an older build); `versions` replaces the shipped
 * list, so that tests can rehearse an upgrade to a version not written yet.
 */
export interface DatabaseOptions {
  readonly name?: string;
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  readonly upTo?: number;
  readonly versions?: readonly SchemaVersion[];
}

/** The newest version a database opened with `options` is declared at. */
export function declaredVersion(options: DatabaseOptions): number {
  const versions = (options.versions ?? SCHEMA_VERSIONS).filter(
    (v) => v.version <= (options.upTo ?? Infinity),
  );
  return Math.max(...versions.map((v) => v.version));
}

/**
 * Declares the schema on a new Dexie instance (it opens on first use). On creation the `meta`
 * row is written in the same version-change transaction; each upgrade writes its version there
 * after rewriting rows, so the row always names the schema the rows are in.
 */
export function createDatabase(options: DatabaseOptions = {}): ApparatusDatabase {
  const known = options.versions ?? SCHEMA_VERSIONS;
  const upTo = options.upTo ?? Infinity;
  const versions = known.filter((v) => v.version <= upTo);
  if (versions.length === 0) throw new RangeError(`no schema version ≤ ${upTo}`);
  const dexieOptions: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new Dexie(options.name ?? DATABASE_NAME, dexieOptions) as ApparatusDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) {
      declared.upgrade(async (tx) => {
        await upgrade(tx);
        await tx.table<SchemaRow, 'schema'>('meta').put({ key: 'schema', version });
      });
    }
  }
  const created = versions[versions.length - 1]!.version;
  db.on('populate', (tx) => {
    void tx.table<SchemaRow, 'schema'>('meta').put({ key: 'schema', version: created });
  });
  return db;
}
