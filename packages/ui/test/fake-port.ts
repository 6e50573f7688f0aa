import type {
  Account,
  AccountSnapshot,
  Citation,
  Claim,
  DocumentVersions,
  Source,
  SourceGroupMerge,
  StorageError,
  Subject,
  SubjectOverrides,
  Unsubscribe,
  Watchable,
  WorkspacePort,
} from '@apparatus/core';

/**
 * An in-memory {@link WorkspacePort} for the UI's tests: elements under test get it instead of
 * the Dexie workspace, so they run in happy-dom without IndexedDB. Writes "commit" when their
 * promise resolves, like the real port; a test can hold commits back (`holdWrites`) to see what
 * the UI shows meanwhile, or make the next write fail with a {@link StorageError}.
 */
export class FakePort implements WorkspacePort {
  readonly accounts = new Map<string, Account>();
  readonly claims = new Map<string, Claim>();
  readonly subjects = new Map<string, Subject>();
  readonly sources = new Map<string, Source>();
  readonly citations = new Map<string, Citation>();
  /** Every `saveDocument` call, in order, as it was made (before it committed). */
  readonly saves: {
    accountId: string;
    doc: unknown;
    text: string;
    claims: readonly Claim[];
    versions: DocumentVersions;
  }[] = [];

  readonly writable: FakeWatchable<boolean> = new FakeWatchable(() => this.#writable);
  #writable = true;
  #failures: StorageError[] = [];
  #held: (() => void)[] = [];
  #holding = false;
  readonly #watchers = new Set<FakeWatchable<unknown>>();

  /** Makes the next write reject with `error` instead of committing. */
  failNextWrite(error: StorageError): void {
    this.#failures.push(error);
  }

  /** From now on writes wait for {@link releaseWrites} before they commit. */
  holdWrites(): void {
    this.#holding = true;
  }

  /** Commits every held write, in order, and stops holding. */
  releaseWrites(): void {
    this.#holding = false;
    const held = this.#held;
    this.#held = [];
    for (const commit of held) commit();
  }

  /** Flips the port to read-only, as the store does when another tab upgraded the schema. */
  setWritable(writable: boolean): void {
    this.#writable = writable;
    this.writable.emit();
  }

  listAccounts(): Promise<Account[]> {
    return Promise.resolve([...this.accounts.values()]);
  }
  getAccount(id: string): Promise<Account | undefined> {
    return Promise.resolve(this.accounts.get(id));
  }
  watchAccounts(): Watchable<Account[]> {
    return this.#watch(() => [...this.accounts.values()]);
  }
  putAccountWithClaims(snapshot: AccountSnapshot): Promise<void> {
    return this.#write(() => {
      // Like the store: the snapshot's claims replace the account's, and the ones left out go.
      const kept = new Set(snapshot.claims.map((claim) => claim.id));
      for (const claim of this.#claimsOf(snapshot.account.id))
        if (!kept.has(claim.id)) this.#dropClaim(claim.id);
      this.accounts.set(snapshot.account.id, snapshot.account);
      for (const claim of snapshot.claims) this.claims.set(claim.id, claim);
      for (const subject of snapshot.subjects ?? []) this.subjects.set(subject.id, subject);
    });
  }
  saveDocument(
    accountId: string,
    doc: unknown,
    text: string,
    claims: readonly Claim[],
    versions: DocumentVersions,
  ): Promise<void> {
    this.saves.push({ accountId, doc, text, claims, versions });
    return this.#write(() => {
      const account = this.accounts.get(accountId);
      // Like the store: a save of a deleted account, or based on a document replaced since, is
      // refused whole.
      if (!account) return missing;
      if ((account.docVersion ?? null) !== versions.base) return conflict;
      this.accounts.set(accountId, {
        ...account,
        doc,
        text,
        docVersion: versions.next,
        updatedAt: new Date().toISOString(),
      });
      for (const claim of claims) this.claims.set(claim.id, claim);
      return undefined;
    });
  }
  /**
   * Another tab's save of `accountId`: its document and text replace the stored ones under a new
   * `docVersion`, and every watcher hears of it.
   */
  saveElsewhere(accountId: string, doc: unknown, text: string, version: string): void {
    const account = this.accounts.get(accountId);
    if (!account) return;
    this.accounts.set(accountId, { ...account, doc, text, docVersion: version });
    for (const watcher of this.#watchers) watcher.emit();
  }
  deleteAccount(id: string): Promise<void> {
    return this.#write(() => {
      this.accounts.delete(id);
      for (const claim of this.#claimsOf(id)) this.#dropClaim(claim.id);
      for (const account of this.accounts.values())
        if (account.revisionOf === id)
          this.accounts.set(account.id, { ...account, revisionOf: null });
    });
  }
  renameAccount(id: string, title: string): Promise<void> {
    return this.#write(() => {
      const account = this.accounts.get(id);
      if (!account) return missing;
      this.accounts.set(id, { ...account, title, updatedAt: new Date().toISOString() });
      return undefined;
    });
  }

  claimsOf(accountId: string): Promise<Claim[]> {
    return Promise.resolve(this.#claimsOf(accountId));
  }
  watchClaims(accountId: string): Watchable<Claim[]> {
    return this.#watch(() => this.#claimsOf(accountId));
  }
  putClaim(claim: Claim): Promise<void> {
    return this.#write(() => this.claims.set(claim.id, claim));
  }
  deleteClaim(id: string): Promise<void> {
    return this.#write(() => this.#dropClaim(id));
  }

  listSubjects(): Promise<Subject[]> {
    return Promise.resolve([...this.subjects.values()]);
  }
  watchSubjects(): Watchable<Subject[]> {
    return this.#watch(() => [...this.subjects.values()]);
  }
  putSubject(subject: Subject): Promise<void> {
    return this.#write(() => this.subjects.set(subject.id, subject));
  }

  /** The stored joins and splits of subjects (see `WorkspacePort.putSubjectOverrides`). */
  overrides: SubjectOverrides = {};
  watchSubjectOverrides(): Watchable<SubjectOverrides> {
    return this.#watch(() => this.overrides);
  }
  putSubjectOverrides(overrides: SubjectOverrides): Promise<void> {
    return this.#write(() => {
      this.overrides = overrides;
    });
  }

  listSources(): Promise<Source[]> {
    return Promise.resolve([...this.sources.values()]);
  }
  watchSources(): Watchable<Source[]> {
    return this.#watch(() => [...this.sources.values()]);
  }
  putSource(source: Source): Promise<void> {
    return this.#write(() => this.sources.set(source.id, source));
  }
  deleteSource(id: string, now: string = new Date().toISOString()): Promise<void> {
    return this.#write(() => {
      this.sources.delete(id);
      for (const [citationId, citation] of this.citations)
        if (citation.sourceId === id) this.citations.delete(citationId);
      for (const source of this.sources.values())
        if (source.via.includes(id))
          this.sources.set(source.id, {
            ...source,
            via: source.via.filter((via) => via !== id),
            updatedAt: now,
          });
    });
  }
  /** Every `mergeSources` call, in order (one per merge the UI made). */
  readonly merges: SourceGroupMerge[] = [];
  mergeSources(merge: SourceGroupMerge): Promise<void> {
    this.merges.push(merge);
    return this.#write(() => {
      const keep = merge.source.id;
      const gone = new Set(merge.removedSourceIds.filter((id) => id !== keep));
      this.sources.set(keep, merge.source);
      for (const citation of merge.citations) this.citations.set(citation.id, citation);
      for (const source of merge.sources)
        if (!gone.has(source.id)) this.sources.set(source.id, source);
      for (const citation of this.citations.values())
        if (gone.has(citation.sourceId))
          this.citations.set(citation.id, { ...citation, sourceId: keep });
      for (const source of this.sources.values()) {
        if (!source.via.some((via) => gone.has(via))) continue;
        const via = [...new Set(source.via.map((v) => (gone.has(v) ? keep : v)))].filter(
          (v) => v !== source.id,
        );
        this.sources.set(source.id, { ...source, via, updatedAt: merge.source.updatedAt });
      }
      for (const id of gone) this.sources.delete(id);
    });
  }

  citationsOf(claimIds: readonly string[]): Promise<Citation[]> {
    const wanted = new Set(claimIds);
    return Promise.resolve([...this.citations.values()].filter((c) => wanted.has(c.claimId)));
  }
  citationsOfSource(sourceId: string): Promise<Citation[]> {
    return Promise.resolve([...this.citations.values()].filter((c) => c.sourceId === sourceId));
  }
  watchCitations(): Watchable<Citation[]> {
    return this.#watch(() => [...this.citations.values()]);
  }
  putCitation(citation: Citation, claim?: Claim): Promise<void> {
    return this.#write(() => {
      this.citations.set(citation.id, citation);
      if (claim) this.claims.set(claim.id, claim);
    });
  }
  deleteCitation(id: string): Promise<void> {
    return this.#write(() => this.citations.delete(id));
  }

  #claimsOf(accountId: string): Claim[] {
    return [...this.claims.values()].filter((c) => c.accountId === accountId);
  }

  /** Deletes a claim with its citations, as the store does. */
  #dropClaim(id: string): void {
    this.claims.delete(id);
    for (const [citationId, citation] of this.citations)
      if (citation.claimId === id) this.citations.delete(citationId);
  }

  #watch<T>(read: () => T): Watchable<T> {
    const watchable = new FakeWatchable(read);
    this.#watchers.add(watchable as FakeWatchable<unknown>);
    return watchable;
  }

  /**
   * One "transaction": fails whole, or applies and then tells every watcher. `apply` may refuse
   * by returning `conflict` or `missing` (checked at commit time, like a store's transaction),
   * before it changed anything.
   */
  #write(apply: () => unknown): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const commit = (): void => {
        const failure = this.#failures.shift() ?? (this.#writable ? undefined : readOnly);
        if (failure) {
          reject(failure);
          return;
        }
        const refused = apply();
        if (refused === conflict || refused === missing) {
          reject(refused);
          return;
        }
        for (const watcher of this.#watchers) watcher.emit();
        resolve();
      };
      if (this.#holding) this.#held.push(commit);
      else queueMicrotask(commit);
    });
  }
}

const conflict: StorageError = {
  kind: 'conflict',
  message:
    'This account was changed in another tab. Your latest edits here were not saved; nothing was overwritten.',
};

const missing: StorageError = {
  kind: 'unknown',
  message: 'This account no longer exists (it may have been deleted in another tab).',
};

const readOnly: StorageError = {
  kind: 'read-only',
  message: 'This workspace was upgraded in another tab. Reload to keep editing.',
};

/** A {@link Watchable} over a read function: emits the current value on subscribe and on `emit()`. */
export class FakeWatchable<T> implements Watchable<T> {
  readonly #read: () => T;
  readonly #subscribers = new Set<(value: T) => void>();

  constructor(read: () => T) {
    this.#read = read;
  }

  subscribe(next: (value: T) => void): Unsubscribe {
    this.#subscribers.add(next);
    next(this.#read());
    return () => this.#subscribers.delete(next);
  }

  /** Sends the current value to every subscriber. */
  emit(): void {
    const value = this.#read();
    for (const next of this.#subscribers) next(value);
  }
}

/** An account for tests; `overrides` replace any field. */
export function fakeAccount(overrides: Partial<Account> = {}): Account {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id: 'account-1',
    title: 'Siege of Dushanbe',
    kind: 'article',
    sourceId: null,
    revisionOf: null,
    doc: null,
    text: '= Siege of Dushanbe =\n',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
