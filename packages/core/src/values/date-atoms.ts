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

/** What an atom says, apart from where it stands (the reader adds `start` and `end`). */
type AtomReading = Omit<DateAtom, 'start' | 'end'>;

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);
const season = (word: string | undefined): number => SEASON_START[(word ?? '').toLowerCase()] ?? 12;
const unitOf = (word: string | undefined): RelativeSpec['unit'] =>
  UNIT_OF[(word ?? '').toLowerCase()] ?? 'day';

/** A Rumi or Hijri date, converted at once; `error` says why when it is no day of its calendar. */
function converted(
  calendar: Calendar,
  precision: DatePrecision,
  fixed: DateInterval | null,
  error: string,
): AtomReading {
  const base = { kind: 'fixed', precision, calendar } as const;
  return fixed ? { ...base, fixed } : { ...base, error };
}

/** A date counted from the clear date before it. */
function relative(unit: RelativeSpec['unit'], offset: number): AtomReading {
  const precision: DatePrecision = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
  return { kind: 'relative', relative: { unit, offset }, precision, calendar: 'gregorian' };
}

/**
 * The atoms in the order they are tried at an offset: the first pattern that matches there wins,
 * so longer forms come before the shorter forms they begin with ("12 February 1922" before
 * "12"; a month with its year before the month alone).
 */
const ATOMS: readonly (readonly [RegExp, (m: RegExpExecArray) => AtomReading])[] = [
  [
    RE_RUMI,
    (m) => {
      const month = rumiMonth(m[2] ?? '');
      const day = num(m[1]);
      return converted(
        'rumi',
        day ? 'day' : 'month',
        month ? rumiInterval(Number(m[3]), month, day) : null,
        `${m[0]} is not a day of the Rumi calendar`,
      );
    },
  ],
  [
    RE_HIJRI,
    (m) => {
      const month = hijriMonth(m[2] ?? '');
      const day = num(m[1]);
      return converted(
        'hijri',
        day ? 'day' : 'month',
        month ? hijriInterval(Number(m[3]), month, day) : null,
        `${m[0]} is not a day of the Hijri calendar`,
      );
    },
  ],
  [
    RE_AH,
    (m) => converted('hijri', 'year', hijriInterval(Number(m[1])), `${m[0]} is out of range`),
  ],
  [
    RE_SEASON,
    (m) => ({
      kind: 'season',
      season: season(m[1]),
      y: Number(m[2]),
      precision: 'month',
      calendar: 'gregorian',
    }),
  ],
  [
    RE_SEASON_BARE,
    (m) => ({
      kind: 'season',
      season: season(m[1]),
      precision: 'month',
      calendar: 'gregorian',
      bare: 'season',
    }),
  ],
  [
    RE_DMY,
    (m) => ({
      kind: 'ymd',
      d: Number(m[1]),
      m: englishMonth(m[2] ?? ''),
      ...(m[3] ? { y: Number(m[3]) } : {}),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[2] ?? '',
    }),
  ],
  [
    RE_YMD,
    (m) => ({
      kind: 'ymd',
      y: Number(m[1]),
      m: englishMonth(m[3] ?? ''),
      d: Number(m[4]),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[3] ?? '',
    }),
  ],
  [
    RE_MY,
    (m) => ({
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      y: Number(m[2]),
      precision: 'month',
      calendar: 'gregorian',
      monthWord: m[1] ?? '',
    }),
  ],
  [
    RE_MDY,
    (m) => ({
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      d: Number(m[2]),
      ...(m[3] ? { y: Number(m[3]) } : {}),
      precision: 'day',
      calendar: 'gregorian',
      monthWord: m[1] ?? '',
    }),
  ],
  [
    RE_M,
    (m) => ({
      kind: 'ymd',
      m: englishMonth(m[1] ?? ''),
      precision: 'month',
      calendar: 'gregorian',
      bare: 'month',
      monthWord: m[1] ?? '',
    }),
  ],
  [
    RE_DECADE,
    (m) => ({ kind: 'decade', y: Number(m[1]), precision: 'decade', calendar: 'gregorian' }),
  ],
  [
    RE_YEAR,
    (m) => ({
      kind: 'ymd',
      y: Number(m[1]),
      precision: 'year',
      calendar: 'gregorian',
      bare: 'year',
    }),
  ],
  [
    RE_REL_NEXT,
    (m) => {
      const w = (m[1] ?? '').toLowerCase();
      return relative(
        unitOf(m[2]),
        w === 'same' ? 0 : w === 'previous' || w === 'preceding' ? -1 : 1,
      );
    },
  ],
  [RE_REL_DAY, (m) => relative(unitOf(m[1]), (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1)],
  [
    RE_REL_LATER,
    (m) => {
      const countWord = (m[1] ?? '').toLowerCase();
      const count = /^\d/.test(countWord)
        ? Number(countWord)
        : countWord === 'a' || countWord === 'an'
          ? 1
          : (readWordNumber(m[1] ?? '', 0)?.value ?? 1);
      return relative(unitOf(m[2]), (m[3] ?? '').toLowerCase() === 'earlier' ? -count : count);
    },
  ],
  [
    RE_DAY_ONLY,
    (m) => ({
      kind: 'dayOnly',
      d: Number(m[1]),
      precision: 'day',
      calendar: 'gregorian',
      ...(/\p{L}/u.test(m[0]) ? { ordinal: true } : {}),
    }),
  ],
];

/** Reads the date atom that begins exactly at `pos`, or `null` if none does. */
export function readDateAtom(text: string, pos: number): DateAtom | null {
  for (const [re, read] of ATOMS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) return { start: pos, end: m.index + m[0].length, ...read(m) };
  }
  return null;
}
