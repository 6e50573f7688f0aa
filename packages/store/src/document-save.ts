import type { Claim, DocumentVersions } from '@apparatus/core';
import { StorageFailure } from './errors.ts';
import type { ApparatusDatabase } from './schema.ts';

/** How many claims a save puts at a time (a book's save may move all of them). */
const SAVE_CLAIMS_SLICE = 1000;

/** What one save of the editor writes: the document, its text, its claims' anchors, its versions. */
export interface DocumentWrite {
  readonly doc: unknown;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly versions: DocumentVersions;
}

/**
 * The body of `DexieWorkspace.saveDocument`, run inside its read-write transaction on `accounts`
 * and `claims`: writes the document only if the stored one is still the one the edits were made
 * on. The row's `docVersion` is read and compared with `versions.base`; on a mismatch nothing is
 * written and it throws a `conflict` {@link StorageFailure} (another tab saved first), which
 * aborts the transaction. Only this save moves `docVersion`.
 */
export async function writeDocument(
  db: ApparatusDatabase,
  accountId: string,
  { doc, text, claims, versions }: DocumentWrite,
): Promise<void> {
  const stored = await db.accounts.get(accountId);
  if (stored === undefined) {
    throw new StorageFailure(
      'unknown',
      'This account no longer exists (it may have been deleted in another tab). Your edit was not saved.',
    );
  }
  if ((stored.docVersion ?? null) !== versions.base) throw new StorageFailure('conflict');
  await db.accounts.put({
    ...stored,
    doc,
    text,
    docVersion: versions.next,
    updatedAt: new Date().toISOString(),
  });
  // In slices, each awaited: IndexedDB copies every row on the main thread as it is put, and
  // an edit near the top of a book moves tens of thousands of claims' offsets. Between slices
  // the page handles input while the one transaction stays open (only IndexedDB is awaited).
  for (let i = 0; i < claims.length; i += SAVE_CLAIMS_SLICE) {
    await db.claims.bulkPut(claims.slice(i, i + SAVE_CLAIMS_SLICE));
  }
}
