/**
 * Reading a whole date expression at an offset: atoms (`date-atoms.ts`) joined by "or"
 * (alternatives), by a dash, "to", "until" or "between … and" (ranges), marked Old/New Style,
 * narrowed by "early"/"mid"/"late", bounded by "by"/"before"/"after"/"since"/"until" — then
 * resolved to a proleptic-Gregorian {@link DateValue} following the value conventions table of
 * ARCHITECTURE.md.
 *
 * Choices where the text is ambiguous (documented here so every part of the tool reads alike):
 * - "28 January or 8 February–14 February" is (28 January or 8 February) – 14 February: the range
 *   end is shared, giving the alternatives 28 Jan–14 Feb and 8 Feb–14 Feb.
 * - A month named alone ("In February") and a year alone ("in 1922") are dates; a month alone
 *   only after a preposition ("in", "during", "by", "of" …) since "May" and "March" are also
 *   words, and only capitalised; a four-digit number is not a year when a quantity word
 *   precedes it ("some 1500") or a counted noun follows it ("1500 men").
 * - "the winter of Y" is the winter that begins in December of Y (1 Dec Y – end of Feb Y+1),
 *   which makes "the winter of 1880–1881" and "the winter of 1880" the same season.
 * - "early/mid/late" split a year into thirds by months (Jan–Apr, May–Aug, Sep–Dec), a month by
 *   days (1–10, 11–20, 21–end), a decade by years (0–2, 3–6, 7–9), a season by its months.
 * - "c.", "around", "about" keep the whole period and only set `qualifier`: a date has no
 *   tolerance field; {@link datesCompatible} widens such dates.
 */
import type { Calendar, DateInterval, DatePrecision, DateValue } from '../values.ts';
import { addDays, daysInMonth, isoDate, isoToJdn, julianDaysInMonth, julianToGregorian, parseIso } from './calendar.ts';
import { readDateAtom, RE_SHORT_YEAR, type DateAtom } from './date-atoms.ts';
import { COUNTED_NOUN_SOURCE, OWS, WS } from './patterns.ts';

/** A date expression found at an offset; `value` null with `error` when it cannot be resolved. */
export interface DateRead {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue | null;
  readonly error?: string;
}

const LEFT = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(` +
    `(?:(between|from|by|before|after|since|until|till|(?:not|no)${WS}later${WS}than|not${WS}before)${WS})?` +
    `(?:(c\\.|ca\\.|circa|around|about|approximately|roughly)${OWS})?` +
    `(?:(?:the${WS})?(early|late|mid|middle${WS}of|end${WS}of|beginning${WS}of|start${WS}of)(?:${WS}|-))?` +
    `(the${WS})?` +
    `((?:the${WS})?month${WS}of${WS})?` +
    `)$`,
  'iu',
);
/** A four-digit number above this, standing alone, is a figure ("4832"), not a year. */
const MAX_BARE_YEAR = 2100;
/** Nor is one below this ("0000"): years before 1000 are read only with a day and month. */
const MIN_BARE_YEAR = 1000;
const PREV_WORD = new RegExp(`(\\p{L}+)${OWS}$`, 'u');
const BARE_MONTH_AFTER = /^(?:in|during|since|until|till|by|before|after|early|late|mid|of|from|to|through|throughout|and|or|between|until|around|about|circa|last|that)$/i;
const QUANTITY_BEFORE = new RegExp(`(?:over|above|below|exceed(?:s|ed|ing)?|(?:greater|larger|bigger|smaller|lower|higher)${WS}than|more${WS}than|some|nearly|almost|estimated${WS}at|numbering|up${WS}to|at${WS}least|fewer${WS}than|less${WS}than|under|upwards${WS}of|[~$£€])${OWS}$`, 'iu');
const COUNTED_AFTER = new RegExp(`${WS}${COUNTED_NOUN_SOURCE}`, 'iuy');
const RE_OR = new RegExp(`,?${WS}or${WS}`, 'iy');
const RE_RANGE = new RegExp(`${OWS}(?:[-–—]|to(?=${WS})|until(?=${WS})|till(?=${WS})|through(?=${WS})|thru(?=${WS}))${OWS}`, 'iy');
const RE_AND = new RegExp(`${WS}(?:and|&|through|to)${WS}`, 'iy');
const RE_PART = new RegExp(`(?:the${WS})?(early|late|mid|middle${WS}of|end${WS}of|beginning${WS}of|start${WS}of)(?:${WS}|-)`, 'iy');
const RE_OS = new RegExp(`${OWS}(?:\\(${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style|Julian)${OWS}\\)|\\[${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)${OWS}\\])|${WS}(?:O\\.${OWS}S\\.|Old${WS}Style)`, 'iy');
const RE_NS = new RegExp(`${OWS}(?:\\(${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style|Gregorian)${OWS}\\)|\\[${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style)${OWS}\\])|${WS}(?:N\\.${OWS}S\\.|New${WS}Style)`, 'iy');
const RE_PAIR_SEP = new RegExp(`${OWS}(?:/|;|,|or|=)${OWS}`, 'iy');
const RE_BRACKET_OS = new RegExp(`${OWS}[\\[(]${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)[:,]?${OWS}`, 'iy');
const RE_BRACKET_NS = new RegExp(`${OWS}[\\[(]${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style)[:,]?${OWS}`, 'iy');
const RE_CLOSE = new RegExp(`${OWS}[\\])]`, 'y');
const RE_OPEN = new RegExp(`${OWS}[\\[(]${OWS}`, 'y');
const RE_OS_THEN_CLOSE = new RegExp(`${WS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)${OWS}[\\])]`, 'iy');

function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** A point of an expression: the atom that gives the value, its calendar, a part qualifier. */
interface Point {
  readonly atom: DateAtom;
  /** The atom as written in the other style, when the text gives both. */
  readonly other?: DateAtom;
  readonly julian: boolean;
  readonly part?: string;
  readonly end: number;
}

function readPoint(text: string, pos: number, withPart: boolean): Point | null {
  let part: string | undefined;
  let q = pos;
  if (withPart) {
    RE_PART.lastIndex = pos;
    const pm = RE_PART.exec(text);
    if (pm) {
      part = normalPart(pm[1] ?? '');
      q = pm.index + pm[0].length;
    }
  }
  const atom = readDateAtom(text, q);
  if (!atom) return null;
  const withP = part === undefined ? {} : { part };
  let e = sticky(RE_OS, text, atom.end);
  if (e >= 0) {
    const sep = sticky(RE_PAIR_SEP, text, e);
    const other = sep >= 0 ? readDateAtom(text, sep) : null;
    const ns = other ? sticky(RE_NS, text, other.end) : -1;
    if (other && ns >= 0) return { atom: other, other: atom, julian: false, end: ns, ...withP };
    return { atom, julian: true, end: e, ...withP };
  }
  e = sticky(RE_NS, text, atom.end);
  if (e >= 0) {
    const sep = sticky(RE_PAIR_SEP, text, e);
    const other = sep >= 0 ? readDateAtom(text, sep) : null;
    const os = other ? sticky(RE_OS, text, other.end) : -1;
    return { atom, julian: false, end: other && os >= 0 ? os : e, ...withP };
  }
  e = sticky(RE_BRACKET_OS, text, atom.end);
  if (e >= 0) {
    const other = readDateAtom(text, e);
    const close = other ? sticky(RE_CLOSE, text, other.end) : -1;
    if (other && close >= 0) return withTrailingYear(text, { atom, other, julian: false, end: close, ...withP });
  }
  e = sticky(RE_BRACKET_NS, text, atom.end);
  if (e >= 0) {
    const other = readDateAtom(text, e);
    const close = other ? sticky(RE_CLOSE, text, other.end) : -1;
    if (other && close >= 0) return withTrailingYear(text, { atom: other, other: atom, julian: false, end: close, ...withP });
  }
  // "8 November 1921 (26 October O.S.)": the other style inside brackets, marked after the date.
  e = sticky(RE_OPEN, text, atom.end);
  if (e >= 0) {
    const other = readDateAtom(text, e);
    const close = other ? sticky(RE_OS_THEN_CLOSE, text, other.end) : -1;
    if (other && close >= 0) return withTrailingYear(text, { atom, other, julian: false, end: close, ...withP });
  }
  return { atom, julian: false, end: atom.end, ...withP };
}

const RE_TRAILING_YEAR = new RegExp(`(?:,${OWS}|${WS})(\\d{4})(?![\\p{L}\\p{N}])`, 'uy');

/** "7 November [O.S. 25 October] 1917": the year after the bracket belongs to both dates. */
function withTrailingYear(text: string, point: Point): Point {
  if (point.atom.y !== undefined || point.other?.y !== undefined) return point;
  RE_TRAILING_YEAR.lastIndex = point.end;
  const m = RE_TRAILING_YEAR.exec(text);
  if (!m) return point;
  const y = Number(m[1]);
  return { ...point, atom: { ...point.atom, y }, ...(point.other ? { other: { ...point.other, y } } : {}), end: m.index + m[0].length };
}

function normalPart(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'end of' || w === 'late') return 'late';
  if (w === 'beginning of' || w === 'start of' || w === 'early') return 'early';
  return 'mid';
}

/** Where the reader stands: the year of the surroundings and the last clear date. */
export interface DateSurroundings {
  readonly year?: number;
  readonly anchor?: DateInterval;
}

/**
 * Reads the date expression whose first atom begins at `pos`; words before it (from `floor`
 * on) may belong to it ("between", "early", "by", "the"). Returns `null` when there is none.
 */
export function readDateExpression(text: string, pos: number, floor: number, around: DateSurroundings): DateRead | null {
  const before = text.slice(Math.max(floor, pos - 48), pos);
  const left = LEFT.exec(before);
  const bound = left?.[2]?.toLowerCase().replace(/\s+/g, ' ');
  const approx = left?.[3]?.toLowerCase();
  const partWord = left?.[4];
  const the = left?.[5];
  const monthOf = left?.[6];
  const prefixLength = left?.[1]?.length ?? 0;

  const first = readPoint(text, pos, false);
  if (!first) return null;
  const points: Point[] = [first];
  let end = first.end;
  let rangeEnd: Point | null = null;
  if (bound === 'between') {
    const a = sticky(RE_AND, text, end);
    const p = a >= 0 ? readPoint(text, a, true) : null;
    if (p) {
      rangeEnd = p;
      end = p.end;
    }
  } else {
    for (;;) {
      const o = sticky(RE_OR, text, end);
      const p = o >= 0 ? readPoint(text, o, true) : null;
      if (!p || p.atom.kind === 'relative') break;
      points.push(p);
      end = p.end;
    }
    const r = sticky(RE_RANGE, text, end);
    if (r >= 0) {
      const p = readPoint(text, r, true);
      if (p && p.atom.kind !== 'relative') {
        rangeEnd = p;
        end = p.end;
      } else {
        const last = points[points.length - 1];
        if (last && (last.atom.bare === 'year' || last.atom.kind === 'season') && last.atom.y !== undefined) {
          RE_SHORT_YEAR.lastIndex = r;
          const sm = RE_SHORT_YEAR.exec(text);
          if (sm) {
            const y = Math.floor(last.atom.y / 100) * 100 + Number(sm[1]);
            if (y > last.atom.y) {
              const atom: DateAtom = { start: r, end: sm.index + sm[0].length, kind: 'ymd', y, precision: 'year', calendar: 'gregorian', bare: 'year' };
              rangeEnd = { atom, julian: false, end: atom.end };
              end = atom.end;
            }
          }
        }
      }
    }
  }
  const all = rangeEnd ? [...points, rangeEnd] : points;
  const single = all.length === 1 ? first : null;

  // Day numbers alone ("8–14 February") need a month elsewhere in the expression.
  if (all.some((p) => p.atom.kind === 'dayOnly') && !all.some((p) => p.atom.kind === 'ymd' && p.atom.m !== undefined && p.atom.bare !== 'month')) {
    return null;
  }
  if (first.atom.kind === 'dayOnly' && !rangeEnd && points.length === 1) return null;

  // Context checks for a month or a year standing alone.
  let start = pos;
  const usedBound = bound !== undefined && (bound === 'between' || bound === 'from' ? rangeEnd !== null : true);
  if (single) {
    const atom = single.atom;
    if (atom.bare === 'month') {
      const word = atom.monthWord ?? '';
      const prev = PREV_WORD.exec(before)?.[1] ?? '';
      const capital = /^\p{Lu}/u.test(word);
      if (!capital || /^(may|mar)$/i.test(word) && !/^(in|during|of|early|late|mid|by|until|till|since)$/i.test(prev)) return null;
      if (!(BARE_MONTH_AFTER.test(prev) || partWord || monthOf || (bound && bound !== 'between' && bound !== 'from'))) return null;
    }
    if (atom.bare === 'year' && ((atom.y ?? 0) > MAX_BARE_YEAR || (atom.y ?? 0) < MIN_BARE_YEAR || QUANTITY_BEFORE.test(before) || sticky(COUNTED_AFTER, text, end) >= 0)) return null;
  } else if (all.every((p) => p.atom.bare === 'year') && (all.some((p) => (p.atom.y ?? 0) > MAX_BARE_YEAR) || sticky(COUNTED_AFTER, text, end) >= 0)) {
    return null;
  }
  if (first.atom.kind === 'relative' && !the && !/^(next|following|previous|preceding)$/i.test(text.slice(pos, pos + 9).split(/\s/)[0] ?? '')) {
    // "day before" without "the" reads as narrative ("a day before"): leave it.
    if (/^(day|week|month|year)/i.test(text.slice(pos, pos + 5))) return null;
  }

  // The span: the words before the first atom that belong to it.
  let used = 0;
  if (prefixLength > 0 && left) {
    used = usedPrefixLength(left, {
      bound: usedBound,
      approx: approx !== undefined,
      part: partWord !== undefined,
      the: the !== undefined && (first.atom.kind === 'decade' || first.atom.kind === 'season' || first.atom.kind === 'relative' || partWord !== undefined || monthOf !== undefined),
      monthOf: monthOf !== undefined,
    });
  }
  start = pos - used;

  const resolved = resolve(all, points, rangeEnd, around);
  if ('error' in resolved) return { start, end, value: null, error: resolved.error };
  let earliest: string | null = resolved.earliest;
  let latest: string | null = resolved.latest;
  let alternatives: DateInterval[] | undefined = resolved.alternatives;
  const qualifiers: string[] = [];
  const part = partWord ? normalPart(partWord) : undefined;
  if (part && single && !single.part) {
    const narrowed = narrow({ earliest, latest }, single.atom, part);
    earliest = narrowed.earliest;
    latest = narrowed.latest;
    qualifiers.push(part);
  }
  if (usedBound && bound && bound !== 'between' && bound !== 'from') {
    qualifiers.unshift(bound);
    alternatives = undefined;
    if (bound === 'by' || bound === 'until' || bound === 'till' || /later than/.test(bound)) {
      earliest = null;
    } else if (bound === 'before') {
      latest = earliest === null ? null : addDays(earliest, -1);
      earliest = null;
    } else if (bound === 'after') {
      earliest = latest === null ? null : addDays(latest, 1);
      latest = null;
    } else {
      latest = null;
    }
  }
  if (approx) qualifiers.push(approx === 'ca.' || approx === 'circa' ? 'c.' : approx);
  const value: DateValue = {
    type: 'date',
    calendar: resolved.calendar,
    precision: resolved.precision,
    earliest,
    latest,
    ...(alternatives ? { alternatives } : {}),
    ...(qualifiers.length > 0 ? { qualifier: qualifiers.join(' ') } : {}),
  };
  return { start, end, value };
}

const PREFIX_PIECES = [
  new RegExp(`^(?:between|from|by|before|after|since|until|till|(?:not|no)${WS}later${WS}than|not${WS}before)${WS}`, 'iu'),
  new RegExp(`^(?:c\\.|ca\\.|circa|around|about|approximately|roughly)${OWS}`, 'iu'),
  new RegExp(`^(?:the${WS})?(?:early|late|mid|middle${WS}of|end${WS}of|beginning${WS}of|start${WS}of)(?:${WS}|-)`, 'iu'),
  new RegExp(`^the${WS}`, 'iu'),
] as const;

/** How many characters before the atom the used prefix words take, counted from the atom back. */
function usedPrefixLength(
  left: RegExpExecArray,
  use: { bound: boolean; approx: boolean; part: boolean; the: boolean; monthOf: boolean },
): number {
  // Group 1 is the concatenation bound + approx + part + the + monthOf; strip unused leading pieces.
  const whole = left[1] ?? '';
  const used = [use.bound, use.approx, use.part, use.the];
  const pieces = PREFIX_PIECES.map((re, i) => ({ re, used: used[i] ?? false }));
  let rest = whole;
  let dropping = true;
  for (const piece of pieces) {
    const m = piece.re.exec(rest);
    if (!m) continue;
    if (dropping && !piece.used) {
      rest = rest.slice(m[0].length);
    } else {
      dropping = false;
    }
  }
  return rest.length;
}

type Resolved =
  | { readonly earliest: string; readonly latest: string; readonly alternatives: DateInterval[] | undefined; readonly precision: DatePrecision; readonly calendar: Calendar }
  | { readonly error: string };

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, month: 1, year: 2, decade: 3 };

function resolve(all: Point[], points: Point[], rangeEnd: Point | null, around: DateSurroundings): Resolved {
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
    if (years[i] !== undefined || all[i]?.atom.kind === 'fixed' || all[i]?.atom.kind === 'relative') continue;
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
      years[i] = i < last && (months[i] ?? 1) > (months[last] ?? 12) && explicit[last] === undefined ? around.year - 1 : around.year;
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
    alts = intervals.slice(0, points.length).map((iv) => ({ earliest: iv.earliest, latest: endIv?.latest ?? null }));
    for (const a of alts) {
      if (a.earliest !== null && a.latest !== null && a.earliest > a.latest) return { error: 'the range ends before it begins' };
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
  return { earliest, latest, alternatives: alts.length > 1 ? alts : undefined, precision, calendar };
}

function intervalOf(p: Point, year: number | undefined, month: number | undefined, around: DateSurroundings): DateInterval | { error: string } {
  const atom = p.atom;
  if (atom.error) return { error: atom.error };
  if (atom.kind === 'fixed' && atom.fixed) return atom.fixed;
  if (atom.kind === 'relative' && atom.relative) return relativeInterval(atom.relative, around.anchor);
  if (year === undefined) return { error: 'no year in the text or its context' };
  let iv: DateInterval;
  if (atom.kind === 'decade') {
    iv = { earliest: isoDate(year, 1, 1), latest: isoDate(year + 9, 12, 31) };
  } else if (atom.kind === 'season') {
    const s = atom.season ?? 12;
    const endMonth = s === 12 ? 2 : s + 2;
    const endYear = s === 12 ? year + 1 : year;
    iv = { earliest: isoDate(year, s, 1), latest: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)) };
  } else if (month === undefined) {
    iv = p.julian ? julianSpan(year, 1, 1, year, 12, 31) : { earliest: isoDate(year, 1, 1), latest: isoDate(year, 12, 31) };
  } else if (atom.d === undefined) {
    if (month < 1 || month > 12) return { error: 'no such month' };
    iv = p.julian
      ? julianSpan(year, month, 1, year, month, julianDaysInMonth(year, month))
      : { earliest: isoDate(year, month, 1), latest: isoDate(year, month, daysInMonth(year, month)) };
  } else {
    const limit = p.julian ? julianDaysInMonth(year, month) : daysInMonth(year, month);
    if (atom.d < 1 || atom.d > limit) return { error: `day ${atom.d} does not exist in that month` };
    iv = p.julian ? julianSpan(year, month, atom.d, year, month, atom.d) : { earliest: isoDate(year, month, atom.d), latest: isoDate(year, month, atom.d) };
  }
  if (p.part) return narrow(iv, atom, p.part);
  return iv;
}

function julianSpan(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): DateInterval {
  const a = julianToGregorian(y1, m1, d1);
  const b = julianToGregorian(y2, m2, d2);
  return { earliest: isoDate(a.y, a.m, a.d), latest: isoDate(b.y, b.m, b.d) };
}

function relativeInterval(rel: { unit: 'day' | 'week' | 'month' | 'year'; offset: number }, anchor: DateInterval | undefined): DateInterval | { error: string } {
  if (!anchor || anchor.earliest === null || anchor.latest === null) return { error: 'no clear date before it to count from' };
  const from = rel.offset < 0 ? anchor.earliest : anchor.latest;
  if (rel.unit === 'day' || rel.unit === 'week') {
    if (anchor.earliest !== anchor.latest) return { error: 'the date before it is not a single day' };
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
function narrow(iv: DateInterval, atom: DateAtom, part: string): DateInterval {
  if (iv.earliest === null || iv.latest === null) return iv;
  const a = parseIso(iv.earliest);
  const b = parseIso(iv.latest);
  if (!a || !b) return iv;
  const third = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (atom.precision === 'year' && a.y === b.y) {
    const m1 = third * 4 + 1;
    return { earliest: isoDate(a.y, m1, 1), latest: isoDate(a.y, m1 + 3, daysInMonth(a.y, m1 + 3)) };
  }
  if (atom.precision === 'decade') {
    const cuts = [[0, 2], [3, 6], [7, 9]] as const;
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
    const ranges = [[1, 10], [11, 20], [21, last]] as const;
    const [from, to] = ranges[third] ?? [1, last];
    // A Julian month converted to Gregorian keeps its offset.
    const shift = isoToJdn(iv.earliest) - isoToJdn(isoDate(a.y, a.m, 1));
    return { earliest: addDays(isoDate(a.y, a.m, from), shift), latest: addDays(isoDate(a.y, a.m, to), shift) };
  }
  return iv;
}
