import type { Account, AccountKind } from '@apparatus/core';
import type { BackupContents, BackupCounts } from './services.ts';

/**
 * The sentences the Workspace menu and the account tools say, apart from the elements so that
 * they can be tested as words: counts in plain English, an account's kind, what a deletion takes.
 */

/** "1 claim", "97 claims", "no citations". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  if (count === 0) return `no ${plural}`;
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/**
 * The sentence a failure carries (a storage error's message, an `Error`'s), or `fallback` when it
 * carries none.
 */
export function messageOf(reason: unknown, fallback: string): string {
  if (typeof reason === 'object' && reason !== null) {
    const { message } = reason as { message?: unknown };
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallback;
}

/** "a, b and c". */
export function listOf(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** "1 account, 97 claims, 23 subjects, 5 sources and 2 citations". */
export function countsText(counts: BackupCounts): string {
  return listOf([
    countOf(counts.accounts, 'account'),
    countOf(counts.claims, 'claim'),
    countOf(counts.subjects, 'subject'),
    countOf(counts.sources, 'source'),
    countOf(counts.citations, 'citation'),
  ]);
}

/**
 * What importing a backup will do, said before it is done (issue 2: bad input loses nothing, and
 * a replacement is never a surprise).
 */
export function importConsequence(contents: BackupContents): string {
  const settings =
    contents.settings > 0 ? ', with its subject joins and splits in the comparison' : '';
  return `This replaces everything in this workspace with the backup’s ${countsText(contents.counts)}${settings}. Your current work will be lost unless you export it first.`;
}

/** The filename of a backup made on `date` (the reader's local day): apparatus-backup-2026-03-14.json. */
export function backupFileName(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `apparatus-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** The word for an account's kind, as the picker and the accounts dialog show it. */
export const ACCOUNT_KIND_WORDS: Readonly<Record<AccountKind, string>> = {
  article: 'article',
  revision: 'revision',
  'source-text': 'source text',
};

/**
 * Which account is which, in a line: "Article", "Revision of “Siege of Dushanbe”", "Source text
 * of Kutay 1973". `accounts` and `sourceLabel` name what the account points at, when known.
 */
export function accountKindLine(
  account: Account,
  accounts: readonly Account[],
  sourceLabel: (id: string) => string | undefined,
): string {
  switch (account.kind) {
    case 'article':
      return 'Article';
    case 'revision': {
      const of = accounts.find((a) => a.id === account.revisionOf);
      return of ? `Revision of “${of.title}”` : 'Revision';
    }
    case 'source-text': {
      const label = account.sourceId === null ? undefined : sourceLabel(account.sourceId);
      return label ? `Source text of ${label}` : 'Source text';
    }
  }
}

/** What deleting an account takes with it, in a sentence for the confirm. */
export function deletionConsequence(claims: number, citations: number, revisions: number): string {
  const goes =
    claims === 0 && citations === 0
      ? 'It holds no claims or citations.'
      : `Its ${countOf(claims, 'claim')} and ${countOf(citations, 'citation')} are deleted with it.`;
  const kept =
    revisions > 0
      ? ` ${revisions === 1 ? 'Its revision stays' : `Its ${revisions} revisions stay`}, no longer linked to it.`
      : '';
  return `${goes}${kept} This cannot be undone; export a backup first to keep a copy.`;
}
