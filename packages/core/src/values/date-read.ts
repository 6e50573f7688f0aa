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
import type { DateInterval, DateValue } from '../values.ts';
import { addDays } from './calendar.ts';
import { narrow, resolve, type DateSurroundings, type Point } from './date-resolve.ts';
import { RE_SHORT_YEAR, type DateAtom } from './date-atoms.ts';
import { narrowFirst, ordinalDay, spreadOldStyle } from './date-points.ts';
import { COUNTED_NOUN_SOURCE, OWS, WS } from './patterns.ts';
import { normalPart, readPoint, RE_CLOSE, RE_OPEN, sticky } from './date-point-read.ts';

/** What the reader needs from around the text (see `date-resolve.ts`). */
export type { DateSurroundings } from './date-resolve.ts';

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
const SEASON_AFTER = new RegExp(
  `(?:^|[^\\p{L}])(?:in|during|through|throughout|by|until|till|since|over|that|early|late|mid|of)${WS}the${WS}$`,
  'iu',
);
const PREV_WORD = new RegExp(`(\\p{L}+)${OWS}$`, 'u');
const BARE_MONTH_AFTER =
  /^(?:in|during|since|until|till|by|before|after|early|late|mid|of|from|to|through|throughout|and|or|between|until|around|about|circa|last|that)$/i;
const QUANTITY_BEFORE = new RegExp(
  `(?:over|above|below|exceed(?:s|ed|ing)?|(?:greater|larger|bigger|smaller|lower|higher)${WS}than|more${WS}than|some|nearly|almost|estimated${WS}at|numbering|up${WS}to|at${WS}least|fewer${WS}than|less${WS}than|under|upwards${WS}of|[~$£€])${OWS}$`,
  'iu',
);
const COUNTED_AFTER = new RegExp(`${WS}${COUNTED_NOUN_SOURCE}`, 'iuy');
const RE_OR = new RegExp(`,?${WS}or${WS}`, 'iy');
const RE_RANGE = new RegExp(
  `${OWS}(?:[-–—]|to(?=${WS})|until(?=${WS})|till(?=${WS})|through(?=${WS})|thru(?=${WS}))${OWS}`,
  'iy',
);
const RE_AND = new RegExp(`${WS}(?:and|&|through|to)${WS}`, 'iy');
/**
 * Reads the date expression whose first atom begins at `pos`; words before it (from `floor`
 * on) may belong to it ("between", "early", "by", "the"). Returns `null` when there is none.
 */
export function readDateExpression(
  text: string,
  pos: number,
  floor: number,
  around: DateSurroundings,
): DateRead | null {
  const before = text.slice(Math.max(floor, pos - 48), pos);
  const left = LEFT.exec(before);
  const bound = left?.[2]?.toLowerCase().replace(/\s+/g, ' ');
  const approx = left?.[3]?.toLowerCase();
  const partWord = left?.[4];
  const the = left?.[5];
  const monthOf = left?.[6];
  const prefixLength = left?.[1]?.length ?? 0;

  const read = readPoint(text, pos, false);
  if (!read) return null;
  let first: Point = read;
  let points: Point[] = [first];
  let end = first.end;
  let rangeEnd: Point | null = null;
  if (bound === 'between') {
    const a = sticky(RE_AND, text, end);
    const p = a >= 0 ? readPoint(text, a, true) : null;
    if (p) {
      rangeEnd = p;
      end = p.end;
    }
  } else if (first.atom.kind === 'dayOnly' && sticky(RE_AND, text, end) >= 0) {
    // "on 18 and 19 July": both days, so the span from the first to the last.
    const p = readPoint(text, sticky(RE_AND, text, end), true);
    if (p && p.atom.kind === 'ymd' && p.atom.m !== undefined && p.atom.bare !== 'month') {
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
        if (
          last &&
          (last.atom.bare === 'year' || last.atom.kind === 'season') &&
          last.atom.y !== undefined
        ) {
          RE_SHORT_YEAR.lastIndex = r;
          const sm = RE_SHORT_YEAR.exec(text);
          if (sm) {
            const y = Math.floor(last.atom.y / 100) * 100 + Number(sm[1]);
            if (y > last.atom.y) {
              const atom: DateAtom = {
                start: r,
                end: sm.index + sm[0].length,
                kind: 'ymd',
                y,
                precision: 'year',
                calendar: 'gregorian',
                bare: 'year',
              };
              rangeEnd = { atom, julian: false, end: atom.end };
              end = atom.end;
            }
          }
        }
      }
    }
  }
  if (first.atom.kind === 'dayOnly' && !rangeEnd && points.length === 1 && the) {
    const day = ordinalDay(text, first, around.anchor);
    if (day) {
      first = day;
      points = [day];
    }
  }
  if (rangeEnd && partWord && points.length === 1)
    points = narrowFirst(points, normalPart(partWord));
  const all = spreadOldStyle(rangeEnd ? [...points, rangeEnd] : points);
  if (rangeEnd) rangeEnd = all[all.length - 1] ?? rangeEnd;
  points = all.slice(0, points.length);
  first = points[0] ?? first;
  const single = all.length === 1 ? first : null;

  // Day numbers alone ("8–14 February") need a month elsewhere in the expression.
  if (
    all.some((p) => p.atom.kind === 'dayOnly') &&
    !all.some((p) => p.atom.kind === 'ymd' && p.atom.m !== undefined && p.atom.bare !== 'month')
  ) {
    return null;
  }
  if (first.atom.kind === 'dayOnly' && !rangeEnd && points.length === 1) return null;

  // Context checks for a month or a year standing alone.
  const usedBound =
    bound !== undefined && (bound === 'between' || bound === 'from' ? rangeEnd !== null : true);
  if (single) {
    const atom = single.atom;
    // "through the summer": a season without a year takes the context's, after "the" and a
    // preposition, so that "the spring near the village" stays water.
    if (atom.bare === 'season' && !(the && SEASON_AFTER.test(before)) && !partWord) return null;
    if (atom.bare === 'month') {
      const word = atom.monthWord ?? '';
      const prev = PREV_WORD.exec(before)?.[1] ?? '';
      const capital = /^\p{Lu}/u.test(word);
      if (
        !capital ||
        (/^(may|mar)$/i.test(word) &&
          !/^(in|during|of|early|late|mid|by|until|till|since)$/i.test(prev))
      )
        return null;
      if (!(
        BARE_MONTH_AFTER.test(prev) ||
        partWord ||
        monthOf ||
        (bound && bound !== 'between' && bound !== 'from')
      ))
        return null;
    }
    if (
      atom.bare === 'year' &&
      ((atom.y ?? 0) > MAX_BARE_YEAR ||
        (atom.y ?? 0) < MIN_BARE_YEAR ||
        QUANTITY_BEFORE.test(before) ||
        sticky(COUNTED_AFTER, text, end) >= 0)
    )
      return null;
  } else if (
    all.every((p) => p.atom.bare === 'year') &&
    (all.some((p) => (p.atom.y ?? 0) > MAX_BARE_YEAR) || sticky(COUNTED_AFTER, text, end) >= 0)
  ) {
    return null;
  }
  if (
    first.atom.kind === 'relative' &&
    !the &&
    !/^(next|following|previous|preceding)$/i.test(text.slice(pos, pos + 9).split(/\s/)[0] ?? '')
  ) {
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
      the:
        the !== undefined &&
        (first.atom.kind === 'decade' ||
          first.atom.ordinal === true ||
          first.atom.kind === 'season' ||
          first.atom.kind === 'relative' ||
          partWord !== undefined ||
          monthOf !== undefined),
      monthOf: monthOf !== undefined,
    });
  }
  const start = pos - used;
  // "17–18 November 1877 (5–6 November O.S.)": the same days in Old Style, in brackets after.
  if (!all.some((p) => p.julian || p.other)) {
    const open = sticky(RE_OPEN, text, end);
    const inner = open >= 0 ? readDateExpression(text, open, open, around) : null;
    const close = inner?.value?.calendar === 'julian' ? sticky(RE_CLOSE, text, inner.end) : -1;
    if (close >= 0) end = close;
  }

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
  new RegExp(
    `^(?:between|from|by|before|after|since|until|till|(?:not|no)${WS}later${WS}than|not${WS}before)${WS}`,
    'iu',
  ),
  new RegExp(`^(?:c\\.|ca\\.|circa|around|about|approximately|roughly)${OWS}`, 'iu'),
  new RegExp(
    `^(?:the${WS})?(?:early|late|mid|middle${WS}of|end${WS}of|beginning${WS}of|start${WS}of)(?:${WS}|-)`,
    'iu',
  ),
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
