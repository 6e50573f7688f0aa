import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectConflicts } from '@apparatus/core';
import type { AuditedClaim, Claim, Conflict, Subject } from '@apparatus/core';
import { ConflictCache } from '../../src/annotate/conflict-cache.ts';
import { seedRows } from '../workspace-setup.ts';

/** What a full pass finds, the way the Article view computed it before the cache. */
function fullPass(claims: readonly Claim[], subjects: readonly Subject[]): Conflict[] {
  const labels = new Map(subjects.map((s) => [s.id, s.label]));
  const audited: AuditedClaim[] = claims
    .filter((c) => !c.detached)
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.quote.exact,
      start: c.position.start,
      end: c.position.end,
      ...(c.field === undefined ? {} : { field: c.field }),
      subject: c.subjectId === null ? null : (labels.get(c.subjectId) ?? null),
      value: c.value,
    }));
  return detectConflicts(audited);
}

/** Conflicts as a set, order aside. */
function canonical(conflicts: readonly Conflict[]): string[] {
  return conflicts.map((c) => JSON.stringify([c.subject, c.kind, c.claims, c.reason])).sort();
}

const { claims: seedClaims, subjects } = seedRows({ subjects: true });

/** One change a reader or another tab makes to the stored claims. */
type Edit =
  | { op: 'status'; at: number }
  | { op: 'value'; at: number; by: number }
  | { op: 'subject'; at: number; to: number }
  | { op: 'detach'; at: number }
  | { op: 'remove'; at: number }
  | { op: 'copy'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('status' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('value' as const),
    at: fc.nat(),
    by: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({
    op: fc.constant('subject' as const),
    at: fc.nat(),
    to: fc.integer({ min: -1, max: subjects.length - 1 }),
  }),
  fc.record({ op: fc.constant('detach' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat() }),
);

function apply(claims: Claim[], e: Edit, step: number): Claim[] {
  if (claims.length === 0) return claims;
  const i = e.at % claims.length;
  const c = claims[i]!;
  const updatedAt = `2026-02-01T00:00:${String(step % 60).padStart(2, '0')}.${String(step).padStart(3, '0')}Z`;
  const out = [...claims];
  switch (e.op) {
    case 'status':
      out[i] = { ...c, status: 'disputed', statusReason: 'why', updatedAt };
      break;
    case 'value':
      out[i] =
        c.value?.type === 'quantity'
          ? {
              ...c,
              value: {
                ...c.value,
                min: c.value.min === null ? null : c.value.min + e.by,
                max: c.value.max === null ? null : c.value.max + e.by,
              },
              updatedAt,
            }
          : { ...c, value: null, updatedAt };
      break;
    case 'subject':
      out[i] = { ...c, subjectId: e.to < 0 ? null : subjects[e.to]!.id, updatedAt };
      break;
    case 'detach':
      out[i] = { ...c, detached: !c.detached, updatedAt };
      break;
    case 'remove':
      out.splice(i, 1);
      break;
    case 'copy':
      out.push({ ...c, id: `copy-${step}`, updatedAt });
      break;
  }
  return out;
}

describe('ConflictCache', () => {
  it('finds what a full pass finds, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = new ConflictCache();
        let claims = seedClaims;
        expect(canonical(cache.update(claims, subjects))).toEqual(
          canonical(fullPass(claims, subjects)),
        );
        edits.forEach((e, step) => {
          claims = apply(claims, e, step);
          expect(canonical(cache.update(claims, subjects))).toEqual(
            canonical(fullPass(claims, subjects)),
          );
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reuses the conflicts when only a status or an offset changed, and redoes only the subjects a reassignment touched', () => {
    const cache = new ConflictCache();
    const first = cache.update(seedClaims, subjects);
    expect(first.length).toBeGreaterThan(0);
    expect(cache.lastUpdate).toBe('full');

    const flagged = seedClaims.map((c, i) =>
      i === 3 ? { ...c, status: 'disputed' as const, updatedAt: '2026-03-01T00:00:00.000Z' } : c,
    );
    expect(cache.update(flagged, subjects)).toBe(first);
    expect(cache.lastUpdate).toBe('reused');

    const moved = flagged.map((c) => ({
      ...c,
      position: { start: c.position.start + 1, end: c.position.end + 1 },
      updatedAt: '2026-03-02T00:00:00.000Z',
    }));
    expect(cache.update(moved, subjects)).toBe(first);

    // "rifles lost" reassigned to "machine guns lost": hundreds of rifles are not a few guns.
    const subjectOf = (prefix: string): Subject =>
      subjects.find((s) => s.label.startsWith(prefix))!;
    const rifles = subjectOf('rifles lost');
    const guns = subjectOf('machine guns lost');
    const reassigned = moved.map((c) =>
      c.subjectId === rifles.id
        ? { ...c, subjectId: guns.id, updatedAt: '2026-03-03T00:00:00.000Z' }
        : c,
    );
    const after = cache.update(reassigned, subjects);
    expect(canonical(after)).toEqual(canonical(fullPass(reassigned, subjects)));
    expect(after.some((c) => c.subject === guns.label && c.kind === 'disjoint-values')).toBe(true);
    expect(cache.lastUpdate).toBe('partial');
  });

  it('starts afresh when a subject is renamed', () => {
    const cache = new ConflictCache();
    cache.update(seedClaims, subjects);
    const renamed = subjects.map((s, i) => (i === 0 ? { ...s, label: `${s.label} (renamed)` } : s));
    expect(canonical(cache.update(seedClaims, renamed))).toEqual(
      canonical(fullPass(seedClaims, renamed)),
    );
    expect(cache.lastUpdate).toBe('full');
  });
});
