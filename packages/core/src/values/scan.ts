/**
 * Finding every date and figure in a piece of prose. One compiled regular expression finds the
 * places where a value can begin (a digit, a month, a number word, a season, "next"…); at each the
 * date reader is tried first, then the figure reader, then (in infobox casualty fields) the scale
 * reader. Nothing is allocated per word: the cost is one regex pass plus a few sticky matches at
 * each candidate, so a book-length text is read in one go.
 */
import type { DateInterval, ScaleLevel, ScaleValue } from '../values.ts';
import { readDateExpression } from './date-read.ts';
import { HIJRI_MONTH_SOURCE, RUMI_MONTH_SOURCE } from './months.ts';
import { NUMBER_WORD_SOURCE } from './number-words.ts';
import { END, WEEKDAY_SOURCE, WS } from './patterns.ts';
import { readQuantityExpression } from './quantity-read.ts';
import type { FindValuesOptions, ValueContext, ValueMatch } from './types.ts';

const TRIGGER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|` +
    `jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)${END}|${RUMI_MONTH_SOURCE}|${HIJRI_MONTH_SOURCE}|` +
    `(?:winter|spring|summer|autumn|fall|next|following|previous|preceding|same|day|week|month|year|${WEEKDAY_SOURCE}|` +
    `several|few|many|hundreds|thousands|tens|millions|dozens|scores|light|moderate|heavy|${NUMBER_WORD_SOURCE})${END}|` +
    `a(?=${WS}(?:hundred|thousand|million|dozen|few)${END}))`,
  'giu',
);
const RE_SCALE = new RegExp(`(light|moderate|heavy)${END}`, 'iuy');
const RE_DIGITS = /[\d,.]*\d/y;

/** Which readers {@link scanValues} runs. */
export interface ScanKinds {
  readonly dates: boolean;
  readonly quantities: boolean;
  readonly scales: boolean;
}

/**
 * Every date and figure in a piece of prose (a paragraph, an infobox value), in order and
 * non-overlapping. Day-month dates take their year from the last dated day or month before them
 * in this text, else `context.year`; relative dates ("the next day") resolve against the nearest
 * clear date before them (in this text, else `context.anchor`). Scales only when
 * `options.scales` (infobox casualty fields).
 */
export function findValues(
  text: string,
  context: ValueContext = {},
  options: FindValuesOptions = {},
): ValueMatch[] {
  return scanValues(text, context, {
    dates: true,
    quantities: true,
    scales: options.scales === true,
  });
}

/** {@link findValues} with a choice of readers (the single-value parsers use one each). */
export function scanValues(text: string, context: ValueContext, kinds: ScanKinds): ValueMatch[] {
  const out: ValueMatch[] = [];
  let anchor: DateInterval | undefined = context.anchor;
  let year: number | undefined = context.year;
  let lastEnd = 0;
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    const i = m.index;
    let found: ValueMatch | null = null;
    if (kinds.dates) {
      const d = readDateExpression(
        text,
        i,
        lastEnd,
        year === undefined ? (anchor ? { anchor } : {}) : anchor ? { year, anchor } : { year },
      );
      if (d && d.start >= lastEnd) {
        found = {
          kind: 'date',
          start: d.start,
          end: d.end,
          text: text.slice(d.start, d.end),
          value: d.value,
          ...(d.error ? { error: d.error } : {}),
        };
        const v = d.value;
        if (v && v.earliest !== null && v.latest !== null && !v.alternatives) {
          anchor = { earliest: v.earliest, latest: v.latest };
          if (
            (v.precision === 'day' || v.precision === 'month') &&
            v.earliest.slice(0, 4) === v.latest.slice(0, 4)
          ) {
            year = Number(v.earliest.slice(0, 4));
          }
        }
      }
    }
    if (!found && kinds.quantities) {
      const q = readQuantityExpression(text, i, lastEnd);
      if (q && q.start >= lastEnd) {
        found = {
          kind: 'quantity',
          start: q.start,
          end: q.end,
          text: text.slice(q.start, q.end),
          value: q.value,
          ...(q.error ? { error: q.error } : {}),
          ...(q.unit ? { unit: q.unit } : {}),
        };
      }
    }
    if (!found && kinds.scales) {
      RE_SCALE.lastIndex = i;
      const s = RE_SCALE.exec(text);
      if (s) {
        const value: ScaleValue = {
          type: 'scale',
          level: (s[1] ?? '').toLowerCase() as ScaleLevel,
        };
        found = { kind: 'scale', start: i, end: i + s[0].length, text: s[0], value };
      }
    }
    if (found) {
      out.push(found);
      lastEnd = found.end;
      trigger.lastIndex = found.end;
    } else {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        RE_DIGITS.lastIndex = i;
        RE_DIGITS.exec(text);
        trigger.lastIndex = Math.max(i + 1, RE_DIGITS.lastIndex);
      } else {
        trigger.lastIndex = i + m[0].length;
      }
    }
  }
  return out;
}
