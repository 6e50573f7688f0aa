/**
 * Golden comparisons: every `fixtures/<name>.compare-expected.json` names two account fixtures
 * (`a`, `b`) and what `apparatus compare --json` must say of them, written and checked by hand
 * (see fixtures/README.md, "Comparisons"). Claim ids are fresh on every run, so the expected file
 * names claims as `"text@start"` (the claim's words and its offset in its own file). A mismatch
 * is shown as one readable line per difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountOfArticle, buildSynopsis } from '../../packages/core/src/index.ts';
import { compareJson } from '../../apps/cli/src/compare-report.ts';
import type { CompareJson } from '../../apps/cli/src/compare-report.ts';
import { fixturesDir as dir, readFixture } from './fixtures.ts';

/** The shape of an expected comparison. */
interface ExpectedComparison {
  readonly a: string;
  readonly b: string;
  readonly subjects: readonly {
    label: string;
    status: string;
    a: readonly string[];
    b: readonly string[];
  }[];
  readonly conflicts: readonly {
    subject: string;
    a: readonly string[];
    b: readonly string[];
    reasonIncludes?: readonly string[];
  }[];
}

/** Runs the comparison of two fixture files exactly as the command does, in process. */
export function compareFixtures(fileA: string, fileB: string): CompareJson {
  const a = accountOfArticle('a', readFixture(fileA).article, 'A');
  const b = accountOfArticle('b', readFixture(fileB).article, 'B');
  return compareJson(buildSynopsis([a, b]), { a: a.claims, b: b.claims }, { a: fileA, b: fileB });
}

/** Every difference between a comparison and its expected file, one line each. */
export function differences(got: CompareJson, want: ExpectedComparison): string[] {
  const out: string[] = [];
  const ref = (key: 'a' | 'b') => {
    const byId = new Map(got.claims[key].map((c) => [c.id, `${c.text}@${c.start}`]));
    return (ids: readonly string[]): string[] => ids.map((id) => byId.get(id) ?? `?${id}`);
  };
  const refA = ref('a');
  const refB = ref('b');
  const same = (x: readonly string[], y: readonly string[]): boolean =>
    JSON.stringify([...x].sort()) === JSON.stringify([...y].sort());
  // Rows are matched by their claims; a row's label is checked too unless only one account
  // speaks (the label of a one-account row is the engine's business, not the comparison's).
  const claimsKey = (a: readonly string[], b: readonly string[]): string =>
    JSON.stringify([[...a].sort(), [...b].sort()]);
  const gotSubjects = new Map(got.subjects.map((s) => [claimsKey(refA(s.a), refB(s.b)), s]));
  for (const w of want.subjects) {
    const g =
      gotSubjects.get(claimsKey(w.a, w.b)) ??
      [...gotSubjects.values()].find((s) => s.label === w.label);
    if (!g) {
      out.push(
        `missing subject “${w.label}” (${w.status}): a [${w.a.join(', ')}], b [${w.b.join(', ')}]`,
      );
      continue;
    }
    gotSubjects.delete(claimsKey(refA(g.a), refB(g.b)));
    if (g.status !== w.status)
      out.push(`“${w.label}”: status expected ${w.status}, got ${g.status} (${g.reason})`);
    if (w.status !== 'single' && g.label !== w.label)
      out.push(`“${w.label}”: labelled “${g.label}”`);
    if (!same(refA(g.a), w.a))
      out.push(`“${w.label}”: a expected [${w.a.join(', ')}], got [${refA(g.a).join(', ')}]`);
    if (!same(refB(g.b), w.b))
      out.push(`“${w.label}”: b expected [${w.b.join(', ')}], got [${refB(g.b).join(', ')}]`);
  }
  for (const g of gotSubjects.values())
    out.push(
      `unexpected subject “${g.label}” (${g.status}): a [${refA(g.a).join(', ')}], b [${refB(g.b).join(', ')}]`,
    );
  const gotConflicts = new Map(got.conflicts.map((c) => [c.subject, c]));
  for (const w of want.conflicts) {
    const g = gotConflicts.get(w.subject);
    if (!g) {
      out.push(`missing conflict “${w.subject}”`);
      continue;
    }
    gotConflicts.delete(w.subject);
    if (!same(refA(g.a), w.a) || !same(refB(g.b), w.b)) {
      out.push(
        `conflict “${w.subject}”: expected [${w.a.join(', ')}] against [${w.b.join(', ')}], got [${refA(g.a).join(', ')}] against [${refB(g.b).join(', ')}]`,
      );
    }
    for (const words of w.reasonIncludes ?? [])
      if (!g.reason.includes(words))
        out.push(`conflict “${w.subject}”: reason lacks “${words}”: ${g.reason}`);
  }
  for (const g of gotConflicts.values())
    out.push(`unexpected conflict “${g.subject}”: ${g.reason}`);
  return out;
}

const expectedFiles = readdirSync(dir).filter((f) => f.endsWith('.compare-expected.json'));

describe('compare fixtures', () => {
  it('has the three pairs of accounts', () => {
    expect(expectedFiles.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of expectedFiles) {
    it(`compares as ${file} says`, () => {
      const want = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as ExpectedComparison;
      expect(differences(compareFixtures(want.a, want.b), want)).toEqual([]);
    });
  }
});
