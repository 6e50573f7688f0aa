/**
 * The golden fixtures of the claims engine: every `fixtures/<name>.txt` with a
 * `fixtures/<name>.expected.json` beside it is audited, and the result is compared with the
 * expected file, written by hand (see fixtures/README.md for its shape). A mismatch is shown as
 * a list of readable differences — missing claims, unexpected claims, changed values or subjects,
 * missing or unexpected conflicts — rather than as a wall of JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { auditArticle } from '@apparatus/core';
import type { AuditReport } from '@apparatus/core';
import { describe, expect, it } from 'vitest';
import { fixturesDir as dir, readFixture } from './fixtures.ts';

/** The shape of an expected file: claims without ids; conflicts refer to claims by `start`. */
interface Expected {
  readonly file: string;
  readonly title: string;
  readonly claims: readonly ExpectedClaim[];
  readonly conflicts: readonly {
    subject: string;
    kind: string;
    claims: readonly number[];
    reasonIncludes?: readonly string[];
  }[];
  readonly agreements: readonly { subject: string; claims: readonly number[] }[];
}

interface ExpectedClaim {
  readonly kind: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly field: string | null;
  readonly subject: string | null;
  readonly value: unknown;
}

function audit(file: string): { report: AuditReport; text: string } {
  const { article, text } = readFixture(file);
  return { report: auditArticle(article), text };
}

const show = (c: { kind: string; text: string; start: number }): string =>
  `${c.kind} “${c.text}” at ${c.start}`;
const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** Every difference between what the engine found and what the expected file says, one line each. */
export function differences(report: AuditReport, expected: Expected): string[] {
  const out: string[] = [];
  if (report.title !== expected.title)
    out.push(`title: expected “${expected.title}”, got “${report.title}”`);
  const key = (c: { start: number; end: number; kind: string }): string =>
    `${c.start}-${c.end}-${c.kind}`;
  const got = new Map(report.claims.map((c) => [key(c), c]));
  const want = new Map(expected.claims.map((c) => [key(c), c]));
  for (const [k, w] of want) {
    const g = got.get(k);
    if (!g) {
      out.push(`missing claim: ${show(w)} (subject ${w.subject ?? 'unplaced'})`);
      continue;
    }
    if ((g.field ?? null) !== w.field)
      out.push(`${show(w)}: field expected ${w.field}, got ${g.field ?? null}`);
    if (g.subject !== w.subject)
      out.push(`${show(w)}: subject expected “${w.subject}”, got “${g.subject}”`);
    if (canon(g.value) !== canon(w.value))
      out.push(`${show(w)}: value expected ${canon(w.value)}, got ${canon(g.value)}`);
  }
  for (const [k, g] of got)
    if (!want.has(k))
      out.push(
        `unexpected claim: ${show(g)} (subject ${g.subject ?? 'unplaced'}, value ${canon(g.value)})`,
      );
  const startOf = new Map(report.claims.map((c) => [c.id, c.start]));
  const conflictKey = (c: { subject: string; kind: string; claims: readonly number[] }): string =>
    `${c.kind} · ${c.subject} · [${[...c.claims].sort((a, b) => a - b).join(', ')}]`;
  const gotConflicts = new Map(
    report.conflicts.map((c) => [
      conflictKey({ ...c, claims: c.claims.map((id) => startOf.get(id) ?? -1) }),
      c,
    ]),
  );
  for (const w of expected.conflicts) {
    const g = gotConflicts.get(conflictKey(w));
    if (!g) out.push(`missing conflict: ${conflictKey(w)}`);
    else
      for (const part of w.reasonIncludes ?? [])
        if (!g.reason.includes(part))
          out.push(`conflict ${conflictKey(w)}: reason lacks “${part}”: ${g.reason}`);
  }
  const wantConflicts = new Set(expected.conflicts.map(conflictKey));
  for (const [k, g] of gotConflicts)
    if (!wantConflicts.has(k)) out.push(`unexpected conflict: ${k}: ${g.reason}`);
  const agreementKey = (a: { subject: string; claims: readonly number[] }): string =>
    `${a.subject} · [${[...a.claims].sort((x, y) => x - y).join(', ')}]`;
  const gotAgreements = new Set(
    report.agreements.map((a) =>
      agreementKey({ subject: a.subject, claims: a.claims.map((id) => startOf.get(id) ?? -1) }),
    ),
  );
  const wantAgreements = new Set(expected.agreements.map(agreementKey));
  for (const k of wantAgreements) if (!gotAgreements.has(k)) out.push(`missing agreement: ${k}`);
  for (const k of gotAgreements) if (!wantAgreements.has(k)) out.push(`unexpected agreement: ${k}`);
  return out;
}

const fixtures = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

describe('audit against the hand-checked fixtures', () => {
  it('has the seed and at least two more fixtures', () => {
    expect(fixtures).toContain('siege-of-dushanbe.expected.json');
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of fixtures) {
    const expected = JSON.parse(readFileSync(dir + name, 'utf8')) as Expected;
    describe(expected.file, () => {
      const { report, text } = audit(expected.file);

      it('states every expected claim at its own offsets', () => {
        for (const c of expected.claims) expect(text.slice(c.start, c.end), show(c)).toBe(c.text);
      });

      it('finds exactly the expected claims, subjects, values, conflicts and agreements', () => {
        expect(differences(report, expected)).toEqual([]);
      });
    });
  }
});
