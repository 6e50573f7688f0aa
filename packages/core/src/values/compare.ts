/**
 * Interval algebra over values: whether one single value can satisfy two claims. Two claims of
 * one subject conflict only when this says no (ARCHITECTURE.md, "Comparison").
 */
import type { DateInterval, DateValue, QuantityValue } from '../values.ts';
import { addDays, isoToJdn, julianToGregorian, isoDate, parseIso } from './calendar.ts';

/**
 * How far an approximate figure may stray: "around seventy" admits 63–77. Ten per cent is the
 * usual rounding of a round figure in the sources; exact figures get none.
 */
export const APPROXIMATE_TOLERANCE = 0.1;

function spread(q: QuantityValue): [number, number] {
  const t = q.approximate ? APPROXIMATE_TOLERANCE : 0;
  const lo = q.min === null ? -Infinity : q.min * (1 - t);
  const hi = q.max === null ? Infinity : q.max * (1 + t);
  return [lo, hi];
}

/**
 * Whether one figure can satisfy both: exact values must overlap; approximate ones are widened
 * by {@link APPROXIMATE_TOLERANCE}; open bounds compare as bounds ("over 100" and "around 100"
 * agree, "over 100" and "fewer than 50" do not).
 */
export function quantitiesCompatible(a: QuantityValue, b: QuantityValue): boolean {
  const [aLo, aHi] = spread(a);
  const [bLo, bHi] = spread(b);
  return aLo <= bHi && bLo <= aHi;
}

const APPROXIMATE_DATE = /\b(?:c\.|circa|around|about|approximately|roughly)/;
const WIDEN_DAYS = { day: 1, month: 15, year: 183, decade: 1826 } as const;

function intervalsOf(d: DateValue): DateInterval[] {
  return d.alternatives && d.alternatives.length > 0
    ? [...d.alternatives]
    : [{ earliest: d.earliest, latest: d.latest }];
}

function widen(iv: DateInterval, days: number): DateInterval {
  return {
    earliest: iv.earliest === null ? null : addDays(iv.earliest, -days),
    latest: iv.latest === null ? null : addDays(iv.latest, days),
  };
}

function overlaps(a: DateInterval, b: DateInterval): boolean {
  const aStartsBeforeBEnds = a.earliest === null || b.latest === null || a.earliest <= b.latest;
  const bStartsBeforeAEnds = b.earliest === null || a.latest === null || b.earliest <= a.latest;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/**
 * Whether one day can satisfy both dates: some alternative of each must overlap; a date marked
 * "c."/"around" is widened by half a unit of its precision; open bounds ("by 14 February")
 * compare as bounds.
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  const wa = a.qualifier && APPROXIMATE_DATE.test(a.qualifier) ? WIDEN_DAYS[a.precision] : 0;
  const wb = b.qualifier && APPROXIMATE_DATE.test(b.qualifier) ? WIDEN_DAYS[b.precision] : 0;
  for (const x of intervalsOf(a)) {
    for (const y of intervalsOf(b)) {
      if (overlaps(widen(x, wa), widen(y, wb))) return true;
    }
  }
  return false;
}

function asJulianRead(iso: string): string | null {
  const d = parseIso(iso);
  if (!d) return null;
  const g = julianToGregorian(d.y, d.m, d.d);
  return isoDate(g.y, g.m, g.d);
}

/**
 * When two dates are exactly the Old Style/New Style gap of their century apart (10 days in
 * 1582–1699, 11 in the 1700s, 12 in the 1800s, 13 in 1900–2099) — i.e. the earlier, read as a
 * Julian date, is the later — the gap in days; else `null`. An 11-day gap in 1922 is a real
 * disagreement, not a calendar difference.
 */
export function oldStyleGap(a: DateInterval, b: DateInterval): number | null {
  if (a.earliest === null || a.latest === null || b.earliest === null || b.latest === null)
    return null;
  const [x, y] = a.earliest <= b.earliest ? [a, b] : [b, a];
  if (x.earliest === null || x.latest === null || y.earliest === null || y.latest === null)
    return null;
  if (Number(x.earliest.slice(0, 4)) < 1582) return null;
  if (asJulianRead(x.earliest) !== y.earliest || asJulianRead(x.latest) !== y.latest) return null;
  const gap = isoToJdn(y.earliest) - isoToJdn(x.earliest);
  return gap > 0 ? gap : null;
}
