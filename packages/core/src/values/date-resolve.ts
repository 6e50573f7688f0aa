/**
 * Resolving a read date expression to proleptic-Gregorian intervals: years and months taken from
 * the other points of the expression or the context, Old Style converted, relative dates counted
 * from the anchor, "early/mid/late" cut into thirds (see `date-read.ts` for the readings).
 */
import type { Calendar, DateInterval, DatePrecision } from '../values.ts';
import {
  addDays,
  daysInMonth,
  isoDate,
  isoToJdn,
  julianDaysInMonth,
  julianToGregorian,
  parseIso,
} from './calendar.ts';
import type { DateAtom } from './date-atoms.ts';

/** Where the reader stands: the year of the surroundings and the last clear date. */
export interface DateSurroundings {
  readonly year?: number;
  readonly anchor?: DateInterval;
}

/** A point of an expression: the atom that gives the value, its calendar, a part qualifier. */
export interface Point {
  readonly atom: DateAtom;
  /** The atom as written in the other style, when the text gives both. */
  readonly other?: DateAtom;
  readonly julian: boolean;
  readonly part?: string;
  readonly end: number;
}

/** The intervals of an expression, or why it has none. */
export type Resolved =
  | {
      readonly earliest: string;
      readonly latest: string;
      readonly alternatives: DateInterval[] | undefined;
      readonly precision: DatePrecision;
      readonly calendar: Calendar;
    }
  | { readonly error: string };

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  month: 1,
  year: 2,
  decade: 3,
};

/** Gives every point of an expression its interval; a range end is shared by the alternatives. */
export function resolve(
  all: Point[],
  points: Point[],
  rangeEnd: Point | null,
  around: DateSurroundings,
): Resolved {
  // Fill months of day numbers from the nearest point that has one.
  const months = all.map((p) => p.atom.m);
  for (let i = 0; i < all.length; i++) {
    if (months[i] !== undefined) continue;
    if (all[i]?.atom.kind !== 'dayOnly') continue;
    for (let j = i + 1; j < all.length && months[i] === undefined; j++) months[i] = months[j];
    for (let j = i - 1; j >= 0 && months[i] === undefined; j--) months[i] = months[j];
  }
  // Years: explicit, else from a later point (a month after it means the year before), else
  // an earlier point, else the context.
  const explicit = all.map((p) => p.atom.y ?? p.other?.y);
  const years: (number | undefined)[] = [...explicit];
  for (let i = 0; i < all.length; i++) {
    if (years[i] !== undefined || all[i]?.atom.kind === 'fixed' || all[i]?.atom.kind === 'relative')
      continue;
    const mi = months[i] ?? 1;
    for (let j = i + 1; j < all.length && years[i] === undefined; j++) {
      const yj = explicit[j];
      if (yj !== undefined) years[i] = yj - (mi > (months[j] ?? 12) ? 1 : 0);
    }
    for (let j = i - 1; j >= 0 && years[i] === undefined; j--) {
      const yj = explicit[j];
      if (yj !== undefined) years[i] = yj + (mi < (months[j] ?? 1) ? 1 : 0);
    }
    if (years[i] === undefined && around.year !== undefined) {
      const last = all.length - 1;
      years[i] =
        i < last && (months[i] ?? 1) > (months[last] ?? 12) && explicit[last] === undefined
          ? around.year - 1
          : around.year;
    }
  }
  const intervals: DateInterval[] = [];
  let precision: DatePrecision = 'day';
  let calendar: Calendar = 'gregorian';
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    if (!p) continue;
    const iv = intervalOf(p, years[i], months[i], around);
    if ('error' in iv) return iv;
    intervals.push(iv);
    if (PRECISION_RANK[p.atom.precision] > PRECISION_RANK[precision]) precision = p.atom.precision;
    if (p.atom.calendar !== 'gregorian') calendar = p.atom.calendar;
    else if (p.julian && calendar === 'gregorian') calendar = 'julian';
  }
  let alts: DateInterval[];
  if (rangeEnd) {
    const endIv = intervals[intervals.length - 1];
    alts = intervals
      .slice(0, points.length)
      .map((iv) => ({ earliest: iv.earliest, latest: endIv?.latest ?? null }));
    for (const a of alts) {
      if (a.earliest !== null && a.latest !== null && a.earliest > a.latest)
        return { error: 'the range ends before it begins' };
    }
  } else {
    alts = intervals;
  }
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const a of alts) {
    if (a.earliest !== null && (earliest === null || a.earliest < earliest)) earliest = a.earliest;
    if (a.latest !== null && (latest === null || a.latest > latest)) latest = a.latest;
  }
  if (earliest === null || latest === null) return { error: 'no date could be read' };
  return {
    earliest,
    latest,
    alternatives: alts.length > 1 ? alts : undefined,
    precision,
    calendar,
  };
}

function intervalOf(
  p: Point,
  year: number | undefined,
  month: number | undefined,
  around: DateSurroundings,
): DateInterval | { error: string } {
  const atom = p.atom;
  if (atom.error) return { error: atom.error };
  if (atom.kind === 'fixed' && atom.fixed) return atom.fixed;
  if (atom.kind === 'relative' && atom.relative)
    return relativeInterval(atom.relative, around.anchor);
  if (year === undefined) return { error: 'no year in the text or its context' };
  let iv: DateInterval;
  if (atom.kind === 'decade') {
    iv = { earliest: isoDate(year, 1, 1), latest: isoDate(year + 9, 12, 31) };
  } else if (atom.kind === 'season') {
    const s = atom.season ?? 12;
    const endMonth = s === 12 ? 2 : s + 2;
    const endYear = s === 12 ? year + 1 : year;
    iv = {
      earliest: isoDate(year, s, 1),
      latest: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
    };
  } else if (month === undefined) {
    iv = p.julian
      ? julianSpan(year, 1, 1, year, 12, 31)
      : { earliest: isoDate(year, 1, 1), latest: isoDate(year, 12, 31) };
  } else if (atom.d === undefined) {
    if (month < 1 || month > 12) return { error: 'no such month' };
    iv = p.julian
      ? julianSpan(year, month, 1, year, month, julianDaysInMonth(year, month))
      : {
          earliest: isoDate(year, month, 1),
          latest: isoDate(year, month, daysInMonth(year, month)),
        };
  } else {
    const limit = p.julian ? julianDaysInMonth(year, month) : daysInMonth(year, month);
    if (atom.d < 1 || atom.d > limit)
      return { error: `day ${atom.d} does not exist in that month` };
    iv = p.julian
      ? julianSpan(year, month, atom.d, year, month, atom.d)
      : { earliest: isoDate(year, month, atom.d), latest: isoDate(year, month, atom.d) };
  }
  if (p.part) return narrow(iv, atom, p.part);
  return iv;
}

function julianSpan(
  y1: number,
  m1: number,
  d1: number,
  y2: number,
  m2: number,
  d2: number,
): DateInterval {
  const a = julianToGregorian(y1, m1, d1);
  const b = julianToGregorian(y2, m2, d2);
  return { earliest: isoDate(a.y, a.m, a.d), latest: isoDate(b.y, b.m, b.d) };
}

function relativeInterval(
  rel: { unit: 'day' | 'week' | 'month' | 'year'; offset: number },
  anchor: DateInterval | undefined,
): DateInterval | { error: string } {
  if (!anchor || anchor.earliest === null || anchor.latest === null)
    return { error: 'no clear date before it to count from' };
  const from = rel.offset < 0 ? anchor.earliest : anchor.latest;
  if (rel.unit === 'day' || rel.unit === 'week') {
    if (anchor.earliest !== anchor.latest)
      return { error: 'the date before it is not a single day' };
    const d = addDays(from, rel.offset * (rel.unit === 'week' ? 7 : 1));
    return { earliest: d, latest: d };
  }
  const ymd = parseIso(from);
  if (!ymd) return { error: 'no clear date before it to count from' };
  if (rel.unit === 'month') {
    const total = ymd.y * 12 + (ymd.m - 1) + rel.offset;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return { earliest: isoDate(y, m, 1), latest: isoDate(y, m, daysInMonth(y, m)) };
  }
  const y = ymd.y + rel.offset;
  return { earliest: isoDate(y, 1, 1), latest: isoDate(y, 12, 31) };
}

/** The first, middle or last third of an interval, cut by the unit of its precision. */
export function narrow(iv: DateInterval, atom: DateAtom, part: string): DateInterval {
  if (iv.earliest === null || iv.latest === null) return iv;
  const a = parseIso(iv.earliest);
  const b = parseIso(iv.latest);
  if (!a || !b) return iv;
  const third = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (atom.precision === 'year' && a.y === b.y) {
    const m1 = third * 4 + 1;
    return {
      earliest: isoDate(a.y, m1, 1),
      latest: isoDate(a.y, m1 + 3, daysInMonth(a.y, m1 + 3)),
    };
  }
  if (atom.precision === 'decade') {
    const cuts = [
      [0, 2],
      [3, 6],
      [7, 9],
    ] as const;
    const [from, to] = cuts[third] ?? [0, 9];
    return { earliest: isoDate(a.y + from, 1, 1), latest: isoDate(a.y + to, 12, 31) };
  }
  if (atom.kind === 'season') {
    const total = a.y * 12 + (a.m - 1) + third;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return { earliest: isoDate(y, m, 1), latest: isoDate(y, m, daysInMonth(y, m)) };
  }
  if (atom.precision === 'month' || (a.y === b.y && a.m === b.m && a.d === 1)) {
    const last = daysInMonth(a.y, a.m);
    const ranges = [
      [1, 10],
      [11, 20],
      [21, last],
    ] as const;
    const [from, to] = ranges[third] ?? [1, last];
    // A Julian month converted to Gregorian keeps its offset.
    const shift = isoToJdn(iv.earliest) - isoToJdn(isoDate(a.y, a.m, 1));
    return {
      earliest: addDays(isoDate(a.y, a.m, from), shift),
      latest: addDays(isoDate(a.y, a.m, to), shift),
    };
  }
  return iv;
}
