import type { AccountSnapshot, Subject } from '@apparatus/core';
import { planImport, type ImportLink } from '../../src/import/import-plan.ts';
import { buildCompareModel, type CompareModel } from '../../src/compare/compare-model.ts';
import { fixtureText } from '../workspace-setup.ts';

/** A fixture article's text, from the repository's `fixtures/` (the shared {@link fixtureText}). */
export const fixture = fixtureText;

/** The moment every test row is made at. */
export const NOW = '2026-02-01T00:00:00.000Z';

/**
 * Accounts imported as the app imports them, one after the other (a later import reuses the
 * subjects of the earlier ones by label): each account with its detected claims, and all the
 * subjects.
 */
export function importAll(drafts: readonly { title: string; text: string; link?: ImportLink }[]): {
  snapshots: AccountSnapshot[];
  subjects: Subject[];
} {
  const subjects: Subject[] = [];
  const snapshots: AccountSnapshot[] = [];
  for (const draft of drafts) {
    const plan = planImport({ link: { kind: 'none' }, ...draft }, subjects, NOW);
    if ('error' in plan) throw new Error(plan.error.message);
    subjects.push(...(plan.value.subjects ?? []));
    snapshots.push(plan.value);
  }
  return { snapshots, subjects };
}

/** The seed and its earlier version, imported as the app imports them (subjects shared by label). */
export function seedAndEarlier() {
  const { snapshots, subjects } = importAll([
    { title: '', text: fixture('siege-of-dushanbe.txt') },
    { title: 'Earlier version', text: fixture('siege-of-dushanbe.earlier.txt') },
  ]);
  return { a: snapshots[0]!, b: snapshots[1]!, subjects };
}

/** The Compare view's model of two imported accounts, with no citations and no overrides. */
export function modelOf(
  a: AccountSnapshot,
  b: AccountSnapshot,
  subjects: readonly Subject[],
): CompareModel {
  return buildCompareModel({
    accounts: [a.account, b.account],
    claims: new Map([
      [a.account.id, a.claims],
      [b.account.id, b.claims],
    ]),
    subjects,
    citations: [],
    sources: [],
    overrides: {},
  });
}
