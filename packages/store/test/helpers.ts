import { Dexie, type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { onTestFinished } from 'vitest';
import type { Account, Citation, Claim, Source, Subject } from '@apparatus/core';
import { createDatabase, type DatabaseOptions, type TableName } from '../src/schema.ts';
import { DexieWorkspace } from '../src/workspace.ts';

/**
 * Test helpers for the store: a private fake IndexedDB per test (so no two tests share state),
 * row builders, and the migration harness. Exported from the package's `test/` entry so other
 * tests (cross-package, e2e setup) need not copy them.
 */

// Dexie's liveQuery runs only where a global IndexedDB exists (it checks `Dexie.dependencies`,
// not the factory each database was given). Node has none, so give it one that no test
// database uses; every database still gets its own factory from `isolatedOptions`.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

let counter = 0;

/** Options for a database of its own: a fresh fake-indexeddb factory and a unique name. */
export function isolatedOptions(
  label = 'test',
): DatabaseOptions & { indexedDB: IDBFactory; name: string } {
  counter += 1;
  return { name: `apparatus-${label}-${counter}`, indexedDB: new IDBFactory(), IDBKeyRange };
}

/**
 * A workspace for the running test, closed when the test ends: over a database of its own (a
 * string is its label), or over `options` another connection shares (a second tab).
 */
export function testWorkspace(options: DatabaseOptions | string = 'test'): DexieWorkspace {
  const workspace = new DexieWorkspace(
    typeof options === 'string' ? isolatedOptions(options) : options,
  );
  onTestFinished(() => workspace.close());
  return workspace;
}

const T0 = '2026-01-01T00:00:00.000Z';

/** An account whose text is `text`; `overrides` replace any field. */
export function makeAccount(text: string, overrides: Partial<Account> = {}): Account {
  return {
    id: crypto.randomUUID(),
    title: 'Siege of Dushanbe',
    kind: 'article',
    sourceId: null,
    revisionOf: null,
    doc: { type: 'doc', content: [] },
    text,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A detected claim over the first occurrence of `exact` in the account's text. */
export function makeClaim(account: Account, exact: string, overrides: Partial<Claim> = {}): Claim {
  const start = account.text.indexOf(exact);
  if (start < 0) throw new Error(`“${exact}” is not in the account's text`);
  const end = start + exact.length;
  return {
    id: crypto.randomUUID(),
    accountId: account.id,
    kind: 'quantity',
    value: { type: 'quantity', min: 7000, max: 8000, approximate: false },
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'detected',
    quote: {
      exact,
      prefix: account.text.slice(Math.max(0, start - 32), start),
      suffix: account.text.slice(end, end + 32),
    },
    position: { start, end },
    detached: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A subject with the given label. */
export function makeSubject(label: string): Subject {
  return { id: crypto.randomUUID(), label, createdAt: T0 };
}

/** A source with the given title; `overrides` replace any field. */
export function makeSource(title: string, overrides: Partial<Source> = {}): Source {
  const id = crypto.randomUUID();
  return {
    id,
    csl: { id, type: 'book', title },
    category: 'secondary',
    composed: '',
    perspective: '',
    reliability: '',
    via: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A citation of `source` for `claim`. */
export function makeCitation(
  claim: Claim,
  source: Source,
  overrides: Partial<Citation> = {},
): Citation {
  return {
    id: crypto.randomUUID(),
    claimId: claim.id,
    sourceId: source.id,
    locator: 'p. 212',
    quote: 'seven thousand',
    stance: 'contradicts',
    value: '7,000',
    createdAt: T0,
    ...overrides,
  };
}

/** The seed's opening, enough text to anchor claims in. */
export const SIEGE_TEXT =
  '= Siege of Dushanbe =\n- Date: 28 January or 8 February–14 February 1922\n- Strength1: ~1,500\n- Strength2: 7,0008,000\n';

/** Rows to put into tables, by table name. */
export type RowsByTable = Partial<Record<TableName, readonly unknown[]>>;

/**
 * The migration harness, step one: creates a database at schema `version` (only the versions up
 * to it declared, exactly as an older build would), puts `rows` into it and closes it. Opening
 * the same options afterwards with a newer build (a {@link DexieWorkspace}, or `createDatabase`)
 * runs the upgrades, as a returning user's browser would.
 */
export async function createOldDatabase(
  options: DatabaseOptions,
  version: number,
  rows: RowsByTable,
): Promise<void> {
  const db = createDatabase({ ...options, upTo: version });
  await db.open();
  if (db.verno !== version) throw new Error(`opened at version ${db.verno}, wanted ${version}`);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut([...list]);
  });
  db.close();
}

/** The migration harness, step two: opens the database with this build, upgrading it. */
export async function upgradeDatabase(options: DatabaseOptions): Promise<DexieWorkspace> {
  return DexieWorkspace.open(options);
}

/** Every row of every table, by table name, sorted by primary key: what a migration must keep. */
export async function dumpTables(workspace: DexieWorkspace): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of workspace.db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/** A Dexie middleware that makes writes fail, and the switch that starts it. */
export interface WriteFault {
  readonly middleware: Middleware<DBCore>;
  /** From now on matching writes fail. */
  arm(): void;
  /** Whether a write has failed yet. */
  tripped(): boolean;
}

/**
 * Writes that fail the way the browser fails them, for `workspace.db.use(fault.middleware)`:
 * once armed, each write matching `when` (every write by default) rejects with `error()` — only
 * the first one when `once` — which aborts its transaction after the writes before it in the
 * same transaction were made. A full disk is `writeFault(() => new DOMException(…,
 * 'QuotaExceededError'))`; a failure "mid-way" is `once` with a `when` naming a later write.
 */
export function writeFault(
  error: () => DOMException,
  {
    when = () => true,
    once = false,
  }: { when?: (table: string, request: DBCoreMutateRequest) => boolean; once?: boolean } = {},
): WriteFault {
  let armed = false;
  let tripped = false;
  return {
    arm: () => {
      armed = true;
    },
    tripped: () => tripped,
    middleware: {
      stack: 'dbcore',
      name: 'write-fault',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (armed && !(once && tripped) && when(name, request)) {
                tripped = true;
                return Promise.reject(error());
              }
              return table.mutate(request);
            },
          };
        },
      }),
    },
  };
}
