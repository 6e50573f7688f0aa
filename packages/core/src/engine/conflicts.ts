/**
 * Conflicts and agreements between claims (ARCHITECTURE.md: "Two claims conflict only when they
 * share a subject and no single value satisfies both"). Derived, never stored. Every reason names
 * where each value came from, so that a reader can go and look.
 *
 * - `alternatives`: one date offering several values; when they are exactly the Old/New Style gap
 *   of their century apart the reason says so, otherwise it says they are a real disagreement.
 * - `disjoint-values`: claims of one subject with no common value (interval algebra of the values
 *   module: tolerance for approximate values, open bounds as bounds).
 * - `name-mismatch`: one person named as commander of two opposing sides.
 * - `scale-vs-figure`: "Light"/"Heavy" against a figure only when plainly incompatible.
 */
import type { DetectedClaim } from '../claim.ts';
import type { Agreement, Conflict } from '../conflict.ts';
import type { DateValue, QuantityValue } from '../values.ts';
import { datesCompatible, oldStyleGapOfYear, quantitiesCompatible } from '../values/index.ts';
import { humanInterval, yearOf } from './context.ts';
import { describeClaim } from './describe.ts';
import { durationInDays } from './durations.ts';

/** A claim as audited: a detected claim with its id, and where it stands when known. */
export interface AuditedClaim extends DetectedClaim {
  readonly id: string;
  readonly where?: string;
}

/** Every conflict among the claims, in the order of the first claim involved. */
export function detectConflicts(claims: readonly AuditedClaim[]): Conflict[] {
  const out: Conflict[] = [];
  for (const c of claims) {
    const conflict = alternativesOf(c);
    if (conflict) out.push(conflict);
  }
  for (const [subject, group] of bySubject(claims)) {
    const { involved } = compareGroup(withEventDates(subject, group, claims));
    if (involved.length > 0) {
      const reason = `${listClaims(involved)}: no single value satisfies ${involved.length > 2 ? 'all of them' : 'both'}.`;
      out.push({ subject, kind: 'disjoint-values', claims: involved.map((c) => c.id), reason });
    }
  }
  for (const c of nameMismatches(claims)) out.push(c);
  for (const c of scaleVsFigure(claims)) out.push(c);
  return out;
}

/** Subjects whose claims were compared and all found compatible ("the infobox and the Aftermath agree"). */
export function findAgreements(claims: readonly AuditedClaim[]): Agreement[] {
  const out: Agreement[] = [];
  for (const [subject, group] of bySubject(claims)) {
    const { compared, involved } = compareGroup(withEventDates(subject, group, claims));
    if (compared.length < 2 || involved.length > 0) continue;
    const repaired = compared.some(
      (c) => c.value?.type === 'quantity' && c.value.repaired !== undefined,
    );
    const reason = `${listClaims(compared)}: ${repaired ? 'after the repair, ' : ''}${compared.length > 2 ? 'all agree' : 'they agree'}.`;
    out.push({ subject, claims: compared.map((c) => c.id), reason });
  }
  return out;
}

/**
 * A beginning or an end of the engagement must fall within the infobox's Date: "the blockade
 * began on 21 October" contradicts "Date: 17–18 November 1877". So the infobox Date claims join
 * the claims of `date · begins` and `date · ends` when those are compared.
 */
function withEventDates(
  subject: string,
  group: readonly AuditedClaim[],
  claims: readonly AuditedClaim[],
): AuditedClaim[] {
  if (subject !== 'date · begins' && subject !== 'date · ends') return [...group];
  const dates = claims.filter(
    (c) => c.field !== undefined && c.subject === 'date' && c.value?.type === 'date',
  );
  return dates.length === 0 ? [...group] : [...dates, ...group].sort((a, b) => a.start - b.start);
}

function bySubject(claims: readonly AuditedClaim[]): Map<string, AuditedClaim[]> {
  const groups = new Map<string, AuditedClaim[]>();
  for (const c of claims) {
    if (c.subject === null || (c.kind !== 'date' && c.kind !== 'quantity')) continue;
    const group = groups.get(c.subject);
    if (group) group.push(c);
    else groups.set(c.subject, [c]);
  }
  return groups;
}

/**
 * Compares the claims of one subject. Claims with the same value are compared once (a book
 * repeats its figures: 1,000 mentions of "1,500" cost one comparison, not half a million), so the
 * cost grows with the number of distinct values, not of claims. `involved` are the claims whose
 * value is incompatible with some other claim's, in text order.
 */
function compareGroup(group: readonly AuditedClaim[]): {
  compared: AuditedClaim[];
  involved: AuditedClaim[];
} {
  const compared = group.filter((c) => c.value !== null);
  const byValue = new Map<string, AuditedClaim[]>();
  for (const c of compared) {
    const key = JSON.stringify(c.value);
    const same = byValue.get(key);
    if (same) same.push(c);
    else byValue.set(key, [c]);
  }
  const classes = [...byValue.values()];
  const bad = new Set<number>();
  for (let i = 0; i < classes.length; i += 1) {
    for (let j = i + 1; j < classes.length; j += 1) {
      if (!compatible(classes[i]![0]!, classes[j]![0]!)) {
        bad.add(i);
        bad.add(j);
      }
    }
  }
  const involved = [...bad].flatMap((i) => classes[i]!).sort((a, b) => a.start - b.start);
  return { compared, involved };
}

/** The claims of a reason, at most six named, the rest counted. */
function listClaims(claims: readonly AuditedClaim[]): string {
  const named = claims.slice(0, 6).map((c) => describeClaim(c));
  const more = claims.length - named.length;
  return capitalise(named.join('; ') + (more > 0 ? `; and ${more} more` : ''));
}

function compatible(a: AuditedClaim, b: AuditedClaim): boolean {
  if (a.value?.type === 'quantity' && b.value?.type === 'quantity') {
    if (a.subject?.startsWith('duration') && b.subject?.startsWith('duration'))
      return quantitiesCompatible(durationInDays(a.text, a.value), durationInDays(b.text, b.value));
    return quantitiesCompatible(a.value, b.value);
  }
  if (a.value?.type === 'date' && b.value?.type === 'date')
    return datesCompatible(a.value, b.value);
  return true;
}

function alternativesOf(c: AuditedClaim): Conflict | null {
  if (c.value?.type !== 'date') return null;
  const alts = c.value.alternatives ?? [];
  if (alts.length < 2) return null;
  const subject = c.subject ?? `date (unplaced) · ${c.text}`;
  const where = c.where ?? (c.field !== undefined ? `the infobox (${c.field})` : 'the text');
  const shown = alts.map(humanInterval).join(' or ');
  const gap = alternativesGap(c.value);
  if (gap === null) {
    return {
      subject,
      kind: 'alternatives',
      claims: [c.id],
      reason: `${capitalise(where)} offers ${alts.length} dates, ${shown} (“${c.text}”): only one can be right.`,
    };
  }
  const year = yearOf(gap.from) ?? 0;
  const style = oldStyleGapOfYear(year);
  const verdict =
    gap.days === style
      ? `That is exactly the Old Style/New Style gap of ${year} (${style} days): probably one day written in the Julian and in the Gregorian calendar.`
      : `That is not the Old Style/New Style gap of ${year} (${style} days), so it is not one day in two calendars: the sources disagree.`;
  return {
    subject,
    kind: 'alternatives',
    claims: [c.id],
    reason: `${capitalise(where)} offers ${alts.length} dates, ${shown} (“${c.text}”), ${gap.days} days apart. ${verdict}`,
  };
}

/** Days between the first two alternatives, on the bound in which they differ. */
function alternativesGap(value: DateValue): { days: number; from: string } | null {
  const [a, b] = value.alternatives ?? [];
  if (!a || !b) return null;
  const pick = a.earliest !== b.earliest ? 'earliest' : 'latest';
  const x = a[pick];
  const y = b[pick];
  if (x === null || y === null) return null;
  const days = Math.round(
    Math.abs(Date.parse(`${y}T00:00:00Z`) - Date.parse(`${x}T00:00:00Z`)) / 86_400_000,
  );
  return { days, from: x < y ? x : y };
}

function nameMismatches(claims: readonly AuditedClaim[]): Conflict[] {
  const out: Conflict[] = [];
  const names = claims.filter(
    (c) => c.kind === 'name' && c.value?.type === 'name' && c.subject !== null,
  );
  const key = (c: AuditedClaim): string =>
    c.value?.type === 'name' ? c.value.name.toLowerCase().replace(/\s+/g, ' ').trim() : '';
  const seen = new Set<string>();
  for (const a of names) {
    if (/^unknown\b/.test(key(a)) || seen.has(key(a))) continue;
    const others = names.filter((b) => b !== a && key(b) === key(a) && b.subject !== a.subject);
    if (others.length === 0) continue;
    seen.add(key(a));
    const all = [a, ...others];
    out.push({
      subject: a.subject!,
      kind: 'name-mismatch',
      claims: all.map((c) => c.id),
      reason: `${capitalise(all.map((c) => `${c.where ?? 'the text'} names ${describeValue(c)} under ${c.subject}`).join('; '))}: one person cannot command both sides.`,
    });
  }
  return out;
}

function describeValue(c: AuditedClaim): string {
  return c.value?.type === 'name' ? c.value.name : c.text;
}

/**
 * "Light" against a figure of the same side's losses, or "Heavy" against a total, only when
 * plainly incompatible: light losses of at least a quarter of the side's strength, or heavy
 * losses of at most 2% of it (without a strength: light ≥ 1,000, heavy ≤ 10).
 */
function scaleVsFigure(claims: readonly AuditedClaim[]): Conflict[] {
  const out: Conflict[] = [];
  // Claims by subject, once: a book repeats its scales and figures thousands of times.
  const bySubjectLabel = new Map<string, AuditedClaim[]>();
  for (const c of claims) {
    if (c.subject === null) continue;
    const list = bySubjectLabel.get(c.subject);
    if (list) list.push(c);
    else bySubjectLabel.set(c.subject, [c]);
  }
  // The infobox's judgement only: prose scales ("heavy losses on the Russians") repeat it.
  for (const s of claims) {
    if (
      s.field === undefined ||
      s.value?.type !== 'scale' ||
      s.subject === null ||
      !s.subject.startsWith('casualties · ')
    )
      continue;
    const side = s.subject.slice('casualties · '.length);
    const strength = bySubjectLabel
      .get(`strength · ${side}`)
      ?.find((c) => c.value?.type === 'quantity')?.value as QuantityValue | undefined;
    const level = s.value.level;
    const measures = level === 'heavy' ? ['casualties'] : ['casualties', 'killed', 'wounded'];
    for (const f of measures.flatMap((m) => bySubjectLabel.get(`${m} · ${side}`) ?? [])) {
      if (f.value?.type !== 'quantity') continue;
      const q = f.value;
      let plain = false;
      if (level === 'light' && q.min !== null)
        plain = strength?.max != null ? q.min >= 0.25 * strength.max : q.min >= 1000;
      if (level === 'heavy' && q.max !== null)
        plain = strength?.min != null ? q.max <= 0.02 * strength.min : q.max <= 10;
      if (!plain) continue;
      out.push({
        subject: s.subject,
        kind: 'scale-vs-figure',
        claims: [s.id, f.id],
        reason: `${capitalise(describeClaim(s))}; ${describeClaim(f)}${strength ? ` against a strength of ${strength.min ?? '?'}–${strength.max ?? '?'}` : ''}: losses called ${level} cannot be that ${level === 'light' ? 'large' : 'small'}.`,
      });
    }
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
