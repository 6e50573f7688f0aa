import type { AccountSnapshot, Citation, Claim, Source, Subject } from '@apparatus/core';
import type { DexieWorkspace } from './workspace.ts';

/**
 * What a first run puts in an empty workspace. The content (the Siege of Dushanbe with its
 * detected claims, Kutay and Mazarof's report) is assembled by the app from `formats` and `core`;
 * the store only puts it, once.
 */
export interface WorkspaceSeed {
  readonly accounts: readonly AccountSnapshot[];
  readonly subjects: readonly Subject[];
  readonly sources: readonly Source[];
  readonly citations: readonly Citation[];
}

/**
 * Puts `seed` into the workspace if it holds no account, in ONE transaction that both checks
 * and writes, so two tabs opening at once cannot seed twice: IndexedDB runs overlapping
 * read-write transactions one after the other, and the second finds the first one's accounts.
 * Resolves `true` if it seeded, `false` if the workspace already had accounts.
 *
 * What may be left after the user deleted every account is kept: a subject of the same label
 * (the seed's claims then point at it, labels being unique) and a source of the same id.
 */
export async function seedWorkspace(
  workspace: DexieWorkspace,
  seed: WorkspaceSeed,
): Promise<boolean> {
  const { db } = workspace;
  let seeded = false;
  await workspace.writeTransaction(
    ['accounts', 'claims', 'subjects', 'sources', 'citations'],
    async () => {
      seeded = false;
      if ((await db.accounts.count()) > 0) return;
      const labels = seed.subjects.map((subject) => subject.label);
      const known = await db.subjects.where('label').anyOf(labels).toArray();
      const byLabel = new Map(known.map((subject) => [subject.label, subject.id]));
      const subjectIds = new Map<string, string>();
      const fresh: Subject[] = [];
      for (const subject of seed.subjects) {
        const existing = byLabel.get(subject.label);
        subjectIds.set(subject.id, existing ?? subject.id);
        if (existing === undefined) fresh.push(subject);
      }
      const claims: Claim[] = seed.accounts.flatMap(({ claims }) =>
        claims.map((claim) =>
          claim.subjectId === null
            ? claim
            : { ...claim, subjectId: subjectIds.get(claim.subjectId) ?? claim.subjectId },
        ),
      );
      await db.subjects.bulkAdd(fresh);
      // A source the user kept (and perhaps edited) after deleting every account stays as it is.
      const keptSources = new Set(
        await db.sources
          .where('id')
          .anyOf(seed.sources.map((source) => source.id))
          .primaryKeys(),
      );
      await db.sources.bulkAdd(seed.sources.filter((source) => !keptSources.has(source.id)));
      await db.accounts.bulkAdd(seed.accounts.map(({ account }) => account));
      await db.claims.bulkPut(claims);
      await db.citations.bulkPut([...seed.citations]);
      seeded = true;
    },
  );
  return seeded;
}
