import type { Account } from './account.ts';
import type { Claim } from './claim.ts';
import type { Citation, Source } from './source.ts';
import type { SourceGroupMerge } from './sources/merge.ts';
import type { Subject } from './subject.ts';
import type { SubjectOverrides } from './compare/cross-subjects.ts';

/** Stops a subscription. */
export type Unsubscribe = () => void;

/**
 * A stream of values that starts with the current one and follows every committed change, in
 * this tab and in others (Dexie's `liveQuery` behind it in the app).
 */
export interface Watchable<T> {
  subscribe(next: (value: T) => void, error?: (reason: unknown) => void): Unsubscribe;
}

/**
 * Which saved document an edit was made on, and the version its save writes (optimistic
 * concurrency for `WorkspacePort.saveDocument`): the editor records `base` when it opens an
 * account and moves it to `next` after each of its own saves.
 */
export interface DocumentVersions {
  /** The `docVersion` of the document the edits were made on; null for one never saved. */
  readonly base: string | null;
  /** A fresh id (`newId()`) for the version this save writes. */
  readonly next: string;
}

/** Everything saved about one account, written together in one transaction. */
export interface AccountSnapshot {
  readonly account: Account;
  readonly claims: readonly Claim[];
  /**
   * Subjects the claims refer to that the workspace does not hold yet (an import finds new ones),
   * written in the same transaction so that no claim ever points at a missing subject.
   */
  readonly subjects?: readonly Subject[];
}

/**
 * The repository port: how the UI reaches storage without knowing it is Dexie. `apps/web` hands
 * the UI the implementation from `@apparatus/store`; tests can hand it an in-memory one.
 *
 * Every method that writes is one transaction: it commits whole or not at all, and its promise
 * resolves only after the commit (so "Saved" is never shown early). Methods reject with a
 * {@link StorageError} a person can read when the write fails (quota, a newer schema elsewhere).
 */
export interface WorkspacePort {
  /** Whether this tab may write; false once another tab upgraded the schema. */
  readonly writable: Watchable<boolean>;

  listAccounts(): Promise<Account[]>;
  getAccount(id: string): Promise<Account | undefined>;
  watchAccounts(): Watchable<Account[]>;
  /** Creates or replaces an account together with its claims (import, first run). */
  putAccountWithClaims(snapshot: AccountSnapshot): Promise<void>;
  /**
   * Saves an edited document: the account's doc and text, and the claims' refreshed anchors —
   * only if the stored document is still the one the edits were made on (`versions.base` equals
   * the stored `docVersion`); the account's `docVersion` becomes `versions.next`. Otherwise
   * (another tab saved meanwhile) nothing is written and the promise rejects with a
   * {@link StorageError} of kind `conflict`, so that no tab replaces words another tab was told
   * were saved.
   */
  saveDocument(
    accountId: string,
    doc: unknown,
    text: string,
    claims: readonly Claim[],
    versions: DocumentVersions,
  ): Promise<void>;
  deleteAccount(id: string): Promise<void>;
  /**
   * Gives an account a new title, touching nothing else: the open editor may be saving its
   * document meanwhile, so a rename must not write back a stale copy of the row.
   */
  renameAccount(id: string, title: string): Promise<void>;

  claimsOf(accountId: string): Promise<Claim[]>;
  watchClaims(accountId: string): Watchable<Claim[]>;
  putClaim(claim: Claim): Promise<void>;
  deleteClaim(id: string): Promise<void>;

  listSubjects(): Promise<Subject[]>;
  watchSubjects(): Watchable<Subject[]>;
  putSubject(subject: Subject): Promise<void>;
  /**
   * The reader's joins and splits of subjects across accounts (applied through `alignSubjects`),
   * kept so that the comparison looks the same tomorrow. Empty until the reader makes one.
   */
  watchSubjectOverrides(): Watchable<SubjectOverrides>;
  /** Replaces the stored joins and splits. */
  putSubjectOverrides(overrides: SubjectOverrides): Promise<void>;

  listSources(): Promise<Source[]>;
  watchSources(): Watchable<Source[]>;
  putSource(source: Source): Promise<void>;
  /**
   * Deletes a source, in ONE transaction with everything that depends on it: its citations are
   * deleted, and the sources known via it lose that link (their `updatedAt` set to `now`, default
   * the moment of the call). A failure leaves every row as it was.
   */
  deleteSource(id: string, now?: string): Promise<void>;
  /**
   * Writes a merge of duplicate sources (from `mergeSourceGroup`) in ONE transaction: the kept
   * record, the re-pointed citations and `via` links, then the dropped records deleted. Any
   * citation or `via` link still naming a dropped record when the transaction runs (written by
   * another tab after the merge was computed) is re-pointed too, never deleted with it. A failure
   * leaves every row as it was.
   */
  mergeSources(merge: SourceGroupMerge): Promise<void>;

  citationsOf(claimIds: readonly string[]): Promise<Citation[]>;
  /**
   * The citations that point at a source, so the UI can delete a source only when nothing cites
   * it, or first tell the user which citations would go with it.
   */
  citationsOfSource(sourceId: string): Promise<Citation[]>;
  watchCitations(): Watchable<Citation[]>;
  /** Attaches a citation and sets the claim it cites, in one transaction. */
  putCitation(citation: Citation, claim?: Claim): Promise<void>;
  deleteCitation(id: string): Promise<void>;
}

/** What kinds of damage {@link IntegrityProblem} reports. */
export const INTEGRITY_PROBLEM_KINDS = [
  'orphan-claim',
  'orphan-citation',
  'missing-subject',
  'missing-via',
  'position-outside-text',
  'quote-mismatch',
] as const;
export type IntegrityProblemKind = (typeof INTEGRITY_PROBLEM_KINDS)[number];

/**
 * One thing wrong with the stored workspace (a claim whose account is gone, a citation of a
 * deleted source, a claim anchored past the end of its text), found by the store's integrity
 * check for the UI to list. `table` and `id` name the damaged row; `message` is for the reader.
 */
export interface IntegrityProblem {
  readonly kind: IntegrityProblemKind;
  readonly table: 'accounts' | 'claims' | 'subjects' | 'sources' | 'citations';
  readonly id: string;
  readonly message: string;
}

/**
 * Why a write failed. `conflict`: another tab saved the document first; this write was refused,
 * nothing lost.
 */
export const STORAGE_ERROR_KINDS = [
  'quota',
  'read-only',
  'version',
  'blocked',
  'conflict',
  'unknown',
] as const;
export type StorageErrorKind = (typeof STORAGE_ERROR_KINDS)[number];

/** What a failed write tells the user. `kind` lets the UI choose its words and remedy. */
export interface StorageError {
  readonly kind: StorageErrorKind;
  readonly message: string;
}

/**
 * Whether a rejection reason is a {@link StorageError}: the one test the store (which makes them)
 * and the UI (which shows their message) share, so neither mistakes a raw DOMException for one.
 */
export function isStorageError(reason: unknown): reason is StorageError {
  if (typeof reason !== 'object' || reason === null) return false;
  const { kind, message } = reason as { kind?: unknown; message?: unknown };
  return (
    typeof message === 'string' &&
    message.trim() !== '' &&
    (STORAGE_ERROR_KINDS as readonly unknown[]).includes(kind)
  );
}
