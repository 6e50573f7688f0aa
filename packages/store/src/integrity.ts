import type { Account, Citation, Claim, IntegrityProblem, Source, Subject } from '@apparatus/core';
import type { DexieWorkspace } from './workspace.ts';
import { toStorageError } from './errors.ts';

/** Every row of the workspace, as one consistent snapshot. */
export interface WorkspaceRows {
  readonly accounts: readonly Account[];
  readonly claims: readonly Claim[];
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly citations: readonly Citation[];
}

/**
 * Finds what is broken in a set of rows: references to rows that do not exist (a claim of a
 * deleted account, a citation of a deleted claim or source, a subject or `via` source that is
 * gone) and attached claims anchored where their account's text cannot hold them (past its end,
 * or over words that are not their quote). Pure, so that the backup
 * import can check a staging copy with the same rules the UI's integrity check uses.
 */
export function findIntegrityProblems(rows: WorkspaceRows): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const accounts = new Map(rows.accounts.map((account) => [account.id, account]));
  const claimIds = new Set(rows.claims.map((claim) => claim.id));
  const subjectIds = new Set(rows.subjects.map((subject) => subject.id));
  const sourceIds = new Set(rows.sources.map((source) => source.id));

  for (const claim of rows.claims) {
    const account = accounts.get(claim.accountId);
    if (!account) {
      problems.push({
        kind: 'orphan-claim',
        table: 'claims',
        id: claim.id,
        message: `Claim “${claim.quote.exact}” belongs to an account that no longer exists (${claim.accountId}).`,
      });
    } else if (!claim.detached) {
      // A detached claim's position is where its text last stood: it is for re-anchoring, not a promise.
      const { start, end } = claim.position;
      if (start < 0 || end < start || end > account.text.length) {
        problems.push({
          kind: 'position-outside-text',
          table: 'claims',
          id: claim.id,
          message: `Claim “${claim.quote.exact}” is anchored at ${start}–${end}, outside the text of “${account.title}” (${account.text.length} characters).`,
        });
      } else if (account.text.slice(start, end) !== claim.quote.exact) {
        problems.push({
          kind: 'quote-mismatch',
          table: 'claims',
          id: claim.id,
          message: `Claim “${claim.quote.exact}” is anchored over “${account.text.slice(start, end)}” in “${account.title}”; it needs re-anchoring.`,
        });
      }
    }
    if (claim.subjectId !== null && !subjectIds.has(claim.subjectId)) {
      problems.push({
        kind: 'missing-subject',
        table: 'claims',
        id: claim.id,
        message: `Claim “${claim.quote.exact}” is about a subject that no longer exists (${claim.subjectId}).`,
      });
    }
  }

  for (const citation of rows.citations) {
    const gone = [
      claimIds.has(citation.claimId) ? '' : `claim ${citation.claimId}`,
      sourceIds.has(citation.sourceId) ? '' : `source ${citation.sourceId}`,
    ].filter(Boolean);
    if (gone.length > 0) {
      problems.push({
        kind: 'orphan-citation',
        table: 'citations',
        id: citation.id,
        message: `Citation${citation.locator ? ` (${citation.locator})` : ''} points at a ${gone.join(' and a ')} that no longer exists.`,
      });
    }
  }

  for (const source of rows.sources) {
    for (const via of source.via) {
      if (!sourceIds.has(via)) {
        problems.push({
          kind: 'missing-via',
          table: 'sources',
          id: source.id,
          message: `Source “${source.csl.title ?? source.id}” is known via a source that no longer exists (${via}).`,
        });
      }
    }
  }
  return problems;
}

/**
 * Reads every data table in one read transaction, so the snapshot is consistent even while
 * another tab writes. Rejects with a StorageError if the database cannot be read.
 */
export async function readWorkspaceRows(workspace: DexieWorkspace): Promise<WorkspaceRows> {
  const { db } = workspace;
  try {
    await workspace.ready();
    return await db.transaction(
      'r',
      [db.accounts, db.claims, db.subjects, db.sources, db.citations],
      async () => ({
        accounts: await db.accounts.toArray(),
        claims: await db.claims.toArray(),
        subjects: await db.subjects.toArray(),
        sources: await db.sources.toArray(),
        citations: await db.citations.toArray(),
      }),
    );
  } catch (reason) {
    throw toStorageError(reason);
  }
}

/** The integrity check the UI offers: every problem in the stored workspace, empty when sound. */
export async function checkIntegrity(workspace: DexieWorkspace): Promise<IntegrityProblem[]> {
  return findIntegrityProblems(await readWorkspaceRows(workspace));
}
