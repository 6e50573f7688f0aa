import { detectConflicts } from '@apparatus/core';
import type { AuditedClaim, Claim, Conflict, Subject } from '@apparatus/core';
import { engineClaimOf } from '../claims/engine-claim.ts';

/**
 * The conflicts among an account's stored claims, kept up to date incrementally.
 *
 * ## Why
 *
 * The Article view draws the engine's conflicts in the text and must redo that whenever the
 * stored claims change — which, with the port's watchers, means after every status change, every
 * citation and every autosave. A full `detectConflicts` over a book's 10,000 claims costs
 * 50–190 ms of main thread on the machine the architecture is measured on: more than a long task
 * for a status change that cannot change any conflict at all.
 *
 * ## How
 *
 * Conflicts read only a claim's kind, value, subject, field, words and whether it is detached —
 * never its status, reason, citations or offsets (the reasons name where a value came from by
 * field, not by offset). So each claim is reduced to that *input*, and an update compares inputs:
 *
 * - claims whose `updatedAt` did not move are skipped outright (every writer stamps it);
 * - when no input changed (a status, a reason, an anchor refreshed by a save) the conflicts found
 *   before are returned as they were (the same array, so the caller can skip redrawing);
 * - when inputs changed only within ordinary subjects, the conflicts of those subjects (and the
 *   alternatives of the changed claims) are found again from the claims of those subjects alone,
 *   and the rest are kept;
 * - a change touching the rules that look across subjects — names (one commander on two sides),
 *   scales against figures (casualties/strength/killed/wounded of a side), the engagement's dates
 *   (`date`, `date · begins`, `date · ends`) — or a change of subjects' labels, recomputes all.
 *
 * The result holds the same conflicts as a full `detectConflicts`; after a partial update those
 * of the changed subjects come last rather than in text order (a test checks the sets agree).
 */
export class ConflictCache {
  #inputs = new Map<string, ClaimInput>();
  #stamps = new Map<string, string>();
  #labels = new Map<string, string>();
  #subjects: readonly Subject[] | undefined;
  #conflicts: Conflict[] = [];
  /** How the last update was done, for tests and measurements. */
  lastUpdate: 'full' | 'partial' | 'reused' = 'full';

  /** The conflicts as last computed. */
  get conflicts(): Conflict[] {
    return this.#conflicts;
  }

  /** Brings the conflicts up to date with `claims` and `subjects`, and returns them. */
  update(claims: readonly Claim[], subjects: readonly Subject[]): Conflict[] {
    if (subjects !== this.#subjects) {
      const labels = new Map(subjects.map((s) => [s.id, s.label]));
      const relabelled = !sameMap(labels, this.#labels);
      this.#subjects = subjects;
      this.#labels = labels;
      if (relabelled || this.#inputs.size === 0) return this.#full(claims);
    }
    const changed = new Set<string>();
    const seen = new Set<string>();
    for (const claim of claims) {
      seen.add(claim.id);
      if (this.#stamps.get(claim.id) === claim.updatedAt) continue;
      this.#stamps.set(claim.id, claim.updatedAt);
      const input = inputOf(claim, this.#labels);
      const before = this.#inputs.get(claim.id);
      if (before === undefined || before.key !== input.key) changed.add(claim.id);
    }
    const removed = [...this.#inputs.keys()].filter((id) => !seen.has(id));
    if (changed.size === 0 && removed.length === 0) {
      this.lastUpdate = 'reused';
      return this.#conflicts;
    }
    const affected = new Set<string | null>();
    for (const id of [...changed, ...removed]) {
      const before = this.#inputs.get(id);
      if (before) affected.add(before.subject);
    }
    const next = new Map<string, ClaimInput>();
    for (const claim of claims) {
      if (!changed.has(claim.id)) continue;
      const input = inputOf(claim, this.#labels);
      next.set(claim.id, input);
      affected.add(input.subject);
    }
    const crossing = [...changed, ...removed].some(
      (id) => crossesSubjects(this.#inputs.get(id)) || crossesSubjects(next.get(id)),
    );
    if (crossing) return this.#full(claims);
    for (const id of removed) {
      this.#inputs.delete(id);
      this.#stamps.delete(id);
    }
    for (const [id, input] of next) this.#inputs.set(id, input);
    const touched = new Set([...changed, ...removed]);
    const kept = this.#conflicts.filter(
      (c) =>
        !(affected.has(c.subject) && c.kind === 'disjoint-values') &&
        !(c.kind === 'alternatives' && c.claims.some((id) => touched.has(id))),
    );
    const group: AuditedClaim[] = [];
    for (const input of this.#inputs.values()) {
      if (input.audited === null) continue;
      const ofAffected = input.subject !== null && affected.has(input.subject);
      if (ofAffected || touched.has(input.audited.id)) group.push(input.audited);
    }
    const found = detectConflicts(group).filter(
      (c) =>
        (c.kind === 'disjoint-values' && affected.has(c.subject)) ||
        (c.kind === 'alternatives' && c.claims.some((id) => touched.has(id))),
    );
    this.#conflicts = [...kept, ...found];
    this.lastUpdate = 'partial';
    return this.#conflicts;
  }

  #full(claims: readonly Claim[]): Conflict[] {
    this.#inputs = new Map();
    this.#stamps = new Map();
    const audited: AuditedClaim[] = [];
    for (const claim of claims) {
      const input = inputOf(claim, this.#labels);
      this.#inputs.set(claim.id, input);
      this.#stamps.set(claim.id, claim.updatedAt);
      if (input.audited) audited.push(input.audited);
    }
    this.#conflicts = detectConflicts(audited);
    this.lastUpdate = 'full';
    return this.#conflicts;
  }
}

/** What the conflict rules read of one claim, and a key to compare it by. */
interface ClaimInput {
  /** The claim as the engine audits it, or null when detached (no place in the text). */
  readonly audited: AuditedClaim | null;
  readonly subject: string | null;
  readonly kind: Claim['kind'];
  readonly key: string;
}

function inputOf(claim: Claim, labels: ReadonlyMap<string, string>): ClaimInput {
  const subject = claim.subjectId === null ? null : (labels.get(claim.subjectId) ?? null);
  const audited = claim.detached ? null : engineClaimOf(claim, subject);
  const key = JSON.stringify([
    claim.detached,
    claim.kind,
    subject,
    claim.field ?? null,
    claim.quote.exact,
    claim.value,
  ]);
  return { audited, subject, kind: claim.kind, key };
}

/** Subjects the engine's rules compare with other subjects (see the module comment). */
const CROSSING = /^(?:date(?: · (?:begins|ends))?$|(?:casualties|strength|killed|wounded) · )/;

function crossesSubjects(input: ClaimInput | undefined): boolean {
  if (input === undefined) return false;
  if (input.kind === 'name' || input.kind === 'scale') return true;
  return input.subject !== null && CROSSING.test(input.subject);
}

function sameMap(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
