import type {
  Account,
  AccountSnapshot,
  Citation,
  Claim,
  DocumentVersions,
  Source,
  SourceGroupMerge,
  Subject,
  SubjectOverrides,
  Watchable,
  WorkspacePort,
} from '@apparatus/core';
import type { Table } from 'dexie';
import { errorNames, STORAGE_MESSAGES, StorageFailure, toStorageError } from './errors.ts';
import {
  createDatabase,
  declaredVersion,
  type ApparatusDatabase,
  type DatabaseOptions,
  type SubjectOverridesRow,
  type TableName,
} from './schema.ts';
import { watchQuery, WatchedValue } from './watchable.ts';
import { writeDocument } from './document-save.ts';
import { deleteSourceRows, mergeSourceRows } from './source-writes.ts';

/**
 * The Dexie implementation of the repository port, handed to the UI by `apps/web`.
 *
 * Every write is one read-write transaction whose promise resolves after the commit (Dexie's
 * `transaction()` resolves on `complete`), so the UI says "Saved" only for what is on disk.
 * Inside a transaction only IndexedDB work is awaited. Reads use `toArray()` and indexed
 * `where()`. Failures reject with a {@link StorageFailure} (a `StorageError`) a person can read.
 *
 * When another tab opens the database at a newer schema, this connection closes, `writable`
 * turns false and every later write rejects with kind `read-only`, instead of writing rows in
 * the old shape.
 */
export class DexieWorkspace implements WorkspacePort {
  /** The Dexie database; for the store's own modules (seed, backup, integrity) and tests. */
  readonly db: ApparatusDatabase;
  /** How the database was opened; the backup import opens its staging copy the same way. */
  readonly options: DatabaseOptions;
  readonly #writable = new WatchedValue(true);
  #ready: Promise<void> | undefined;

  constructor(options: DatabaseOptions = {}) {
    this.options = options;
    this.db = createDatabase(options);
    // Returning false stops Dexie's default handler, which logs and reopens silently.
    this.db.on('versionchange', () => {
      this.#goReadOnly();
      return false;
    });
    // This tab is the newer one and waits for an older tab to close: Dexie waits, no need to log.
    this.db.on('blocked', () => false);
  }

  /** Opens a workspace and waits until its database is ready (upgraded if need be). */
  static async open(options: DatabaseOptions = {}): Promise<DexieWorkspace> {
    const workspace = new DexieWorkspace(options);
    await workspace.ready();
    return workspace;
  }

  /** Whether this tab may write; false once another tab upgraded the schema. */
  get writable(): Watchable<boolean> {
    return this.#writable;
  }

  /** Whether this tab may write, right now. */
  get isWritable(): boolean {
    return this.#writable.value;
  }

  /**
   * Opens the database once. A database already at a newer schema than this build (opened by a
   * newer tab first) is opened read-only: reading old code's view of it is safe, writing is not.
   */
  ready(): Promise<void> {
    this.#ready ??= this.#open().catch((reason: unknown) => {
      this.#ready = undefined;
      throw toStorageError(reason);
    });
    return this.#ready;
  }

  async #open(): Promise<void> {
    await this.db.open();
    if (this.db.backendDB().version / 10 > declaredVersion(this.options)) this.#writable.set(false);
  }

  /** Closes the connection (the page is going away, or a test is done). */
  close(): void {
    this.db.close();
  }

  #goReadOnly(): void {
    this.#writable.set(false);
    this.db.close({ disableAutoOpen: true });
  }

  /**
   * Runs `body` in one read-write transaction over `tables` and resolves after the commit; the
   * store's own modules (seeding, backup import) write through here so that every write obeys
   * the same rules. Rejects with a {@link StorageFailure}.
   */
  async writeTransaction(tables: readonly TableName[], body: () => Promise<void>): Promise<void> {
    await this.ready();
    if (!this.#writable.value) throw new StorageFailure('read-only');
    try {
      await this.db.transaction(
        'rw',
        tables.map((name) => this.db.table(name)),
        body,
      );
    } catch (reason) {
      if (!this.#writable.value)
        throw new StorageFailure('read-only', STORAGE_MESSAGES['read-only'], { cause: reason });
      throw toStorageError(reason);
    }
  }

  async #read<T>(query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (reason) {
      throw toStorageError(reason);
    }
  }

  // ── accounts

  listAccounts(): Promise<Account[]> {
    return this.#read(() => this.#accounts());
  }

  getAccount(id: string): Promise<Account | undefined> {
    return this.#read(() => this.db.accounts.get(id));
  }

  watchAccounts(): Watchable<Account[]> {
    return watchQuery(() => this.#accounts());
  }

  async #accounts(): Promise<Account[]> {
    const accounts = await this.db.accounts.toArray();
    return accounts.sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title),
    );
  }

  putAccountWithClaims(snapshot: AccountSnapshot): Promise<void> {
    const { account, claims } = snapshot;
    const stray = claims.find((claim) => claim.accountId !== account.id);
    if (stray)
      throw new TypeError(
        `claim ${stray.id} belongs to account ${stray.accountId}, not ${account.id}`,
      );
    const kept = new Set(claims.map((claim) => claim.id));
    const subjects = snapshot.subjects ?? [];
    const tables = [
      'accounts',
      'claims',
      'citations',
      ...(subjects.length > 0 ? ['subjects' as const] : []),
    ] as const;
    return this.writeTransaction(tables, async () => {
      if (subjects.length > 0) await this.db.subjects.bulkPut([...subjects]);
      const before = await this.db.claims.where('accountId').equals(account.id).primaryKeys();
      const dropped = before.filter((id) => !kept.has(id));
      await this.db.citations.where('claimId').anyOf(dropped).delete();
      await this.db.claims.bulkDelete(dropped);
      await this.db.accounts.put(account);
      await this.db.claims.bulkPut([...claims]);
    });
  }

  /**
   * Writes the document only if the stored one is still the one the edits were made on: inside
   * the transaction the row's `docVersion` is read and compared with `versions.base`; on a
   * mismatch nothing is written and the promise rejects with a `conflict` {@link StorageFailure}.
   */
  saveDocument(
    accountId: string,
    doc: unknown,
    text: string,
    claims: readonly Claim[],
    versions: DocumentVersions,
  ): Promise<void> {
    return this.writeTransaction(['accounts', 'claims'], () =>
      writeDocument(this.db, accountId, { doc, text, claims, versions }),
    );
  }

  deleteAccount(id: string): Promise<void> {
    return this.writeTransaction(['accounts', 'claims', 'citations'], async () => {
      const claimIds = await this.db.claims.where('accountId').equals(id).primaryKeys();
      await this.db.citations.where('claimId').anyOf(claimIds).delete();
      await this.db.claims.bulkDelete(claimIds);
      await this.db.accounts.where('revisionOf').equals(id).modify({ revisionOf: null });
      await this.db.accounts.delete(id);
    });
  }

  renameAccount(id: string, title: string): Promise<void> {
    return this.writeTransaction(['accounts'], async () => {
      const updated = await this.db.accounts.update(id, {
        title,
        updatedAt: new Date().toISOString(),
      });
      if (updated === 0) {
        throw new StorageFailure(
          'unknown',
          'This account no longer exists (it may have been deleted in another tab).',
        );
      }
    });
  }

  // ── claims

  claimsOf(accountId: string): Promise<Claim[]> {
    return this.#read(() => this.#claimsOf(accountId));
  }

  watchClaims(accountId: string): Watchable<Claim[]> {
    return watchQuery(() => this.#claimsOf(accountId));
  }

  /** The account's claims in reading order. */
  async #claimsOf(accountId: string): Promise<Claim[]> {
    const claims = await this.db.claims.where('accountId').equals(accountId).toArray();
    return claims.sort(
      (a, b) => a.position.start - b.position.start || a.position.end - b.position.end,
    );
  }

  putClaim(claim: Claim): Promise<void> {
    return this.writeTransaction(['claims'], async () => {
      await this.db.claims.put(claim);
    });
  }

  deleteClaim(id: string): Promise<void> {
    return this.writeTransaction(['claims', 'citations'], async () => {
      await this.db.citations.where('claimId').equals(id).delete();
      await this.db.claims.delete(id);
    });
  }

  // ── subjects

  listSubjects(): Promise<Subject[]> {
    return this.#read(() => this.db.subjects.orderBy('label').toArray());
  }

  watchSubjects(): Watchable<Subject[]> {
    return watchQuery(() => this.db.subjects.orderBy('label').toArray());
  }

  async putSubject(subject: Subject): Promise<void> {
    try {
      await this.writeTransaction(['subjects'], async () => {
        await this.db.subjects.put(subject);
      });
    } catch (reason) {
      if (
        reason instanceof StorageFailure &&
        reason.kind === 'unknown' &&
        errorNames(reason).includes('ConstraintError')
      ) {
        throw new StorageFailure(
          'unknown',
          `A subject called “${subject.label}” already exists. Pick it instead.`,
          {
            cause: reason,
          },
        );
      }
      throw reason;
    }
  }

  watchSubjectOverrides(): Watchable<SubjectOverrides> {
    return watchQuery(async () => {
      const row = await this.#overridesTable().get(OVERRIDES_KEY);
      return row === undefined ? {} : { join: row.join, split: row.split };
    });
  }

  putSubjectOverrides(overrides: SubjectOverrides): Promise<void> {
    const row: SubjectOverridesRow = {
      key: OVERRIDES_KEY,
      join: overrides.join ?? [],
      split: overrides.split ?? [],
    };
    return this.writeTransaction(['meta'], async () => {
      await this.#overridesTable().put(row);
    });
  }

  /** The `meta` table seen as holding the overrides row (its `schema` row has another shape). */
  #overridesTable(): Table<SubjectOverridesRow, 'subject-overrides'> {
    return this.db.table<SubjectOverridesRow, 'subject-overrides'>('meta');
  }

  // ── sources

  listSources(): Promise<Source[]> {
    return this.#read(() => this.#sources());
  }

  watchSources(): Watchable<Source[]> {
    return watchQuery(() => this.#sources());
  }

  async #sources(): Promise<Source[]> {
    const sources = await this.db.sources.toArray();
    return sources.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  putSource(source: Source): Promise<void> {
    return this.writeTransaction(['sources'], async () => {
      await this.db.sources.put(source);
    });
  }

  /**
   * Deletes a source with its citations, and drops it from the `via` chains of other sources
   * (their `updatedAt` set to `now`), all in one transaction.
   */
  deleteSource(id: string, now: string = new Date().toISOString()): Promise<void> {
    return this.writeTransaction(['sources', 'citations'], () =>
      deleteSourceRows(this.db, id, now),
    );
  }

  /**
   * Writes a merge of duplicates in one transaction: the kept record, the re-pointed citations
   * and sources, then whatever still points at a dropped record (another tab's write since the
   * merge was computed) re-pointed as well, and the dropped records deleted.
   */
  mergeSources(merge: SourceGroupMerge): Promise<void> {
    return this.writeTransaction(['sources', 'citations'], () => mergeSourceRows(this.db, merge));
  }

  // ── citations

  citationsOf(claimIds: readonly string[]): Promise<Citation[]> {
    return this.#read(() =>
      this.db.citations
        .where('claimId')
        .anyOf([...claimIds])
        .toArray(),
    );
  }

  citationsOfSource(sourceId: string): Promise<Citation[]> {
    return this.#read(() => this.db.citations.where('sourceId').equals(sourceId).toArray());
  }

  watchCitations(): Watchable<Citation[]> {
    return watchQuery(() => this.db.citations.toArray());
  }

  putCitation(citation: Citation, claim?: Claim): Promise<void> {
    return this.writeTransaction(['citations', 'claims'], async () => {
      await this.db.citations.put(citation);
      if (claim) await this.db.claims.put(claim);
    });
  }

  deleteCitation(id: string): Promise<void> {
    return this.writeTransaction(['citations'], async () => {
      await this.db.citations.delete(id);
    });
  }
}

const OVERRIDES_KEY = 'subject-overrides';
