/**
 * Whether two values can both be true — the interval algebra of ARCHITECTURE.md ("Comparison"):
 * exact values must overlap, approximate values get a tolerance, open bounds compare as bounds,
 * dates offering alternatives are compatible when any alternative overlaps. Scales compare by
 * level ("Heavy" against "Moderate" for the same side's losses cannot both be true); a scale and
 * a figure are not compared here (only plainly incompatible pairs are conflicts, and how many
 * losses are "heavy" depends on the size of the forces).
 *
 * The values layer (`../values/`) had no comparison functions when this was written, so the
 * comparison lives here; it should move there once the claims engine exposes its own, so that an
 * audit and a comparison can never judge the same pair differently.
 */
import type { DateInterval, DateValue, QuantityValue, ScaleValue } from '../values.ts';

/** The relative tolerance an approximate figure gets on either side ("about 1,500" ≈ 1,200–1,800). */
export const APPROXIMATE_TOLERANCE = 0.2;

/** The outcome of comparing two values: whether both can be true, and why, for a reader. */
export interface Compatibility {
  readonly compatible: boolean;
  readonly why: string;
}

function bounds(q: QuantityValue): [number, number] {
  let lo = q.min ?? Number.NEGATIVE_INFINITY;
  let hi = q.max ?? Number.POSITIVE_INFINITY;
  if (q.approximate) {
    lo = lo * (1 - APPROXIMATE_TOLERANCE);
    hi = hi * (1 + APPROXIMATE_TOLERANCE);
  }
  return [lo, hi];
}

/** Two figures can both be true when their intervals (widened when approximate) overlap. */
export function quantitiesCompatible(a: QuantityValue, b: QuantityValue): Compatibility {
  const [aLo, aHi] = bounds(a);
  const [bLo, bHi] = bounds(b);
  const compatible = aLo <= bHi && bLo <= aHi;
  const tolerant = a.approximate || b.approximate ? ', allowing for approximation' : '';
  return { compatible, why: compatible ? `the figures overlap${tolerant}` : `no single number fits both${tolerant}` };
}

function overlaps(a: DateInterval, b: DateInterval): boolean {
  const aLo = a.earliest ?? '0000-01-01';
  const aHi = a.latest ?? '9999-12-31';
  const bLo = b.earliest ?? '0000-01-01';
  const bHi = b.latest ?? '9999-12-31';
  return aLo <= bHi && bLo <= aHi;
}

/** Two dates can both be true when some alternative of one overlaps some alternative of the other. */
export function datesCompatible(a: DateValue, b: DateValue): Compatibility {
  const as = a.alternatives && a.alternatives.length > 0 ? a.alternatives : [a];
  const bs = b.alternatives && b.alternatives.length > 0 ? b.alternatives : [b];
  const compatible = as.some((x) => bs.some((y) => overlaps(x, y)));
  return { compatible, why: compatible ? 'the periods overlap' : 'the periods do not overlap' };
}

/** Two scales can both be true only at the same level. */
export function scalesCompatible(a: ScaleValue, b: ScaleValue): Compatibility {
  const compatible = a.level === b.level;
  return { compatible, why: compatible ? 'the same degree' : `${a.level} and ${b.level} are different degrees` };
}
