import type { Account, AccountSnapshot, Claim } from '@apparatus/core';
import type { EditorSnapshot } from './editor-session.ts';

/** What {@link keptEditsAccount} needs besides the snapshot. */
export interface KeptEditsOptions {
  /** The account whose save was refused (another tab saved it first). */
  readonly account: Account;
  /** The account's claims as this tab last heard of them (the snapshot holds only those it moved). */
  readonly claims: readonly Claim[];
  readonly now: string;
  /** Makes a fresh id (`newId` from core; tests pass a counter). */
  readonly newId: () => string;
}

/**
 * This tab's unsaved text, kept as a new *revision* account before the editor takes the other
 * tab's version, so that resolving a conflict loses nothing: the account holds the text exactly
 * as the editor would have saved it, and copies of the claims anchored in it (new ids, this
 * account's, positions and quotes as the snapshot re-anchored them). Its `doc` is null, so it
 * is laid out from its text when opened and its claims are marked where their positions point
 * (the editor's document names the original claims' ids, which belong to the other account).
 * Citations stay with the original claims.
 */
export function keptEditsAccount(
  snapshot: EditorSnapshot,
  options: KeptEditsOptions,
): AccountSnapshot {
  const { account, now } = options;
  const id = options.newId();
  const kept: Account = {
    id,
    title: `${account.title} (kept edits)`,
    kind: 'revision',
    sourceId: account.sourceId,
    revisionOf: account.id,
    doc: null,
    text: snapshot.text,
    createdAt: now,
    updatedAt: now,
  };
  const moved = new Map(snapshot.claims.map((claim) => [claim.id, claim]));
  const claims = options.claims.map((claim): Claim => ({
    ...(moved.get(claim.id) ?? claim),
    id: options.newId(),
    accountId: id,
    createdAt: now,
    updatedAt: now,
  }));
  return { account: kept, claims };
}
