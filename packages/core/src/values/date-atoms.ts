/**
 * The smallest date expressions — one day, month, year, decade, season, a Rumi or Hijri date, a
 * date relative to an earlier one — read at a given offset with sticky regular expressions.
 * {@link readDateExpression} (`date-read.ts`) joins atoms into alternatives and ranges.
 */
import type { Calendar, DateInterval, DatePrecision } from '../values.ts';
import {
  englishMonth,
  hijriMonth,
  ENGLISH_MONTH_SOURCE,
  rumiMonth,
  HIJRI_MONTH_SOURCE,
  RUMI_MONTH_SOURCE,
} from './months.ts';
import { NUMBER_WORD_SOURCE, readWordNumber } from './number-words.ts';
import { END, MONTH_SOURCE, OWS, WEEKDAY_SOURCE, WS } from './patterns.ts';
import { rumiInterval } from './rumi.ts';
import { hijriInterval } from './hijri.ts';

/** A relative date: counted from the clear date before it. */
export interface RelativeSpec {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** Units to move: +1 "the next day", −1 "the day before", 0 "the same day". */
  readonly offset: number;
}

/** One atom of a date expression, not yet given a year from its surroundings. */
export interface DateAtom {
  readonly start: number;
  readonly end: number;
  readonly kind: 'ymd' | 'dayOnly' | 'decade' | 'season' | 'fixed' | 'relative';
  readonly y?: number;
  readonly m?: number;
  readonly d?: number;
  /** Season: first month (12 winter, 3 spring, 6 summer, 9 autumn). */
  readonly season?: number;
  readonly precision: DatePrecision;
  readonly calendar: Calendar;
  /** Already converted (Rumi, Hijri). */
  readonly fixed?: DateInterval;
  readonly relative?: RelativeSpec;
  /** A month named alone ("February") or a year alone ("1922"): the reader checks its context. */
  readonly bare?: 'month' | 'year' | 'season';
  /** The month word as written, for "may"/"march" written in lower case. */
  readonly monthWord?: string;
  /** A day number written as an ordinal ("the 18th"): a day of the month the narrative is in. */
  readonly ordinal?: boolean;
  readonly error?: string;
}

const F = 'iuy';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?(?![\\p{N}])';
const YEAR4 = '(\\d{4})(?![\\p{L}\\p{N}]|,\\d)';
const WEEKDAY = `(?:${WEEKDAY_SOURCE}(?:\\.|,)?${WS}(?:the${WS})?)?`;
const YEAR_TAIL = `(?:(?:,${OWS}|${WS})(?:of${WS})?${YEAR4})?`;

const RE_RUMI = new RegExp(
  `(?:${DAY}${WS})?(${RUMI_MONTH_SOURCE})${WS}(\\d{4})${END}(?:${OWS}(?:\\((?:R|Rumi|r\\.)\\)|Rumi${END}))?`,
  F,
);
const RE_HIJRI = new RegExp(
  `(?:${DAY}${WS})?(${HIJRI_MONTH_SOURCE})${WS}(\\d{3,4})${END}(?:${OWS}(?:AH|A\\.H\\.|H\\.)(?![\\p{L}]))?`,
  F,
);
const RE_AH = new RegExp(`(\\d{3,4})${OWS}(?:AH|A\\.H\\.)(?![\\p{L}])`, F);
const RE_SEASON = new RegExp(
  `(winter|spring|summer|autumn|fall)(?:${WS}of)?${WS}(\\d{4})(?:${OWS}[-–—/]${OWS}(\\d{4}|\\d{2}))?${END}`,
  F,
);
const RE_SEASON_BARE = new RegExp(`(winter|spring|summer|autumn)${END}`, F);
const RE_DMY = new RegExp(
  `${WEEKDAY}${DAY}\\.?(?:${WS}|-)(?:of${WS})?(${MONTH_SOURCE})${YEAR_TAIL}`,
  F,
);
const RE_MDY = new RegExp(
  `${WEEKDAY}(${MONTH_SOURCE})(?:${OWS}[-/]${OWS}|${WS}|,${OWS}(?=\\d{1,2}(?:st|nd|rd|th)))(?:the${WS})?${DAY}(?![\\p{L}])${YEAR_TAIL}`,
  F,
);
const RE_YMD = new RegExp(`(\\d{4})([-/])(${MONTH_SOURCE})\\2([0-3]?\\d)(?![\\p{L}\\p{N}])`, F);
const RE_MY = new RegExp(`(${MONTH_SOURCE})(?:${OWS},${OWS}|${WS})(?:of${WS})?${YEAR4}`, F);
const RE_M = new RegExp(`(${ENGLISH_MONTH_SOURCE})${END}`, F);
const RE_DECADE = new RegExp(`(\\d{3}0)['’]?s${END}`, F);
const RE_YEAR = new RegExp(
  `(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)(?:${OWS}(?:AD|A\\.D\\.|CE)(?![\\p{L}]))?`,
  F,
);
const RE_DAY_ONLY = new RegExp(`${DAY}(?![\\p{L}\\p{N}]|[.,:]\\d)`, F);
const RE_REL_NEXT = new RegExp(
  `(next|following|previous|preceding|same)${WS}(day|morning|afternoon|evening|night|week|month|year)${END}`,
  F,
);
const RE_REL_DAY = new RegExp(`(day|week|month|year)${WS}(before|after)${END}`, F);
const RE_REL_LATER = new RegExp(
  `(\\d{1,3}|a|an|${NUMBER_WORD_SOURCE}(?:-${NUMBER_WORD_SOURCE})?)${WS}(day|week|month|year)s?${WS}(later|earlier|afterwards|afterward)${END}`,
  F,
);
/** A year of two digits closing a range of years ("1880–81"). */
export const RE_SHORT_YEAR = new RegExp(`(\\d{2})${END}`, F);

const SEASON_START: Readonly<Record<string, number>> = {
  winter: 12,
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
};

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

const UNIT_OF: Readonly<Record<string, RelativeSpec['unit']>> = {
  day: 'day',
  morning: 'day',
  afternoon: 'day',
  evening: 'day',
  night: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

/** Reads the date atom that begins exactly at `pos`, or `null` if none does. */
export function readDateAtom(text: string, pos: number): DateAtom | null {
  let m = at(RE_RUMI, text, pos);
  if (m) {
    const month = rumiMonth(m[2] ?? '');
    const year = Number(m[3]);
    const day = num(m[1]);
    const fixed = month ? rumiInterval(year, month, day) : null;
    const base = {
      start: pos,
      end: m.index + m[0].length,
      kind: 'fixed',
      precision: day ? 'day' : 'month',
      calendar: 'rumi',
    } as const;
    return fixed
      ? { ...base, fixed }
      : { ...base, error: `${m[0]} is not a day of the Rumi calendar` };
  }
  m = at(RE_HIJRI, text, pos);
  if (m) {
    const month = hijriMonth(m[2] ?? '');
    const day = num(m[1]);
    const fixed = month ? hijriInterval(Number(m[3]), month, day) : null;
    const base = {
      start: pos,
      end: m.index + m[0].length,
      kind: 'fixed',
      precision: day ? 'day' : 'month',
      calendar: 'hijri',
    } as const;
    return fixed
      ? { ...base, fixed }
      : { ...base, error: `${m[0]} is not a day of the Hijri calendar` };
  }
  m = at(RE_AH, text, pos);
  if (m) {
    const fixed = hijriInterval(Number(m[1]));
    const base = {
      start: pos,
      end: m.index + m[0].length,
      kind: 'fixed',
      precision: 'year',
      calendar: 'hijri',
    } as const;
    return fixed ? { ...base, fixed } : { ...base, error: `${m[0]} is out of range` };
  }
  m = at(RE_SEASON, text, pos);
  if (m) {
    const season = SEASON_START[(m[1] ?? '').toLowerCase()] ?? 12;
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'season',
      season,
      y: Number(m[2]),
      precision: 'month',
      calendar: 'gregorian',
    };
  }
  m = at(RE_SEASON_BARE, text, pos);
  if (m) {
    const season = SEASON_START[(m[1] ?? '').toLowerCase()] ?? 12;
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'season',
      season,
      precision: 'month',
      calendar: 'gregorian',
      bare: 'season',
    };
  }
  m = at(RE_DMY, text, pos) ?? null;
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      d: Number(m[1]),
      m: englishMonth(m[2] ?? ''),
      ...(m[3] ? { y: Number(m[3]) } : {}),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[2] ?? '',
    };
  }
  m = at(RE_YMD, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      y: Number(m[1]),
      m: englishMonth(m[3] ?? ''),
      d: Number(m[4]),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[3] ?? '',
    };
  }
  m = at(RE_MY, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      y: Number(m[2]),
      precision: 'month',
      calendar: 'gregorian',
      monthWord: m[1] ?? '',
    };
  }
  m = at(RE_MDY, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      d: Number(m[2]),
      ...(m[3] ? { y: Number(m[3]) } : {}),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[1] ?? '',
    };
  }
  m = at(RE_M, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      precision: 'month',
      calendar: 'gregorian',
      bare: 'month',
      monthWord: m[1] ?? '',
    };
  }
  m = at(RE_DECADE, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'decade',
      y: Number(m[1]),
      precision: 'decade',
      calendar: 'gregorian',
    };
  }
  m = at(RE_YEAR, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'ymd',
      y: Number(m[1]),
      precision: 'year',
      calendar: 'gregorian',
      bare: 'year',
    };
  }
  m = at(RE_REL_NEXT, text, pos);
  if (m) {
    const w = (m[1] ?? '').toLowerCase();
    const offset = w === 'same' ? 0 : w === 'previous' || w === 'preceding' ? -1 : 1;
    const unit = UNIT_OF[(m[2] ?? '').toLowerCase()] ?? 'day';
    return relative(pos, m, unit, offset);
  }
  m = at(RE_REL_DAY, text, pos);
  if (m) {
    const unit = UNIT_OF[(m[1] ?? '').toLowerCase()] ?? 'day';
    return relative(pos, m, unit, (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1);
  }
  m = at(RE_REL_LATER, text, pos);
  if (m) {
    const countWord = (m[1] ?? '').toLowerCase();
    const count = /^\d/.test(countWord)
      ? Number(countWord)
      : countWord === 'a' || countWord === 'an'
        ? 1
        : (readWordNumber(m[1] ?? '', 0)?.value ?? 1);
    const unit = UNIT_OF[(m[2] ?? '').toLowerCase()] ?? 'day';
    return relative(pos, m, unit, (m[3] ?? '').toLowerCase() === 'earlier' ? -count : count);
  }
  m = at(RE_DAY_ONLY, text, pos);
  if (m) {
    return {
      start: pos,
      end: m.index + m[0].length,
      kind: 'dayOnly',
      d: Number(m[1]),
      precision: 'day',
      calendar: 'gregorian',
      ...(/\p{L}/u.test(m[0]) ? { ordinal: true } : {}),
    };
  }
  return null;
}

function relative(
  pos: number,
  m: RegExpExecArray,
  unit: RelativeSpec['unit'],
  offset: number,
): DateAtom {
  const precision: DatePrecision = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
  return {
    start: pos,
    end: m.index + m[0].length,
    kind: 'relative',
    relative: { unit, offset },
    precision,
    calendar: 'gregorian',
  };
}
