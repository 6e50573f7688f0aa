/**
 * Reading a figure at an offset: digits with grouping, number words, ranges, approximations,
 * bounds, vague amounts and durations, following the value conventions table of ARCHITECTURE.md.
 *
 * Choices where the text is ambiguous (documented so every part of the tool reads alike):
 * - The span holds the figure and the words that change its value ("~", "over", "estimated at",
 *   "between … and", "or more"), never the counted noun: "~1,500" in "~1,500 Basmachi rebels".
 *   "numbering around 1,500" is read as "around 1,500": "numbering" is the verb.
 * - A duration or distance keeps its unit in the span ("four days", "twenty-day", "20 km") and
 *   in {@link QuantityRead.unit}: a figure without it would read as a count.
 * - "one" is a figure ("one horse"), except where it is a pronoun or idiom: "the one", "no one",
 *   "one of", "one another", "one by one", "one day" (narrative), and "one account", "one source",
 *   "one historian" (who says it, not a count).
 * - "a hundred", "a thousand", "a dozen" are figures; "a", "a few", "several", "dozens" alone are
 *   not — except "dozens" (min 24, open, approximate), as the table counts it with the vague words.
 * - A count of pages ("392 pages") is about a book, not a claim about the events.
 * - Ordinals ("7th", "twenty-first"), fractions ("two thirds"), percentages, times ("10:20"),
 *   model numbers ("T-34", "SCP-173") and numbers of things named ("No. 7", "World War 1") are
 *   not figures.
 * - A range whose second figure is not larger than its first ("7-4") is not a range.
 */
import type { QuantityValue } from '../values.ts';
import { NUMBER_WORD_SOURCE, ORDINAL_WORD_SOURCE, readWordNumber } from './number-words.ts';
import { DISTANCE_UNIT_SOURCE, END, OWS, TIME_UNIT_SOURCE, WS } from './patterns.ts';

/** A figure found at an offset; `value` null with `error` when it is damaged beyond repair. */
export interface QuantityRead {
  readonly start: number;
  readonly end: number;
  readonly value: QuantityValue | null;
  readonly error?: string;
  readonly unit?: string;
}

const APPROX = `~|≈|c\\.|ca\\.|circa|about|around|some|nearly|almost|roughly|approximately|approx\\.|an${WS}estimated|estimated${WS}at`;
const LOWER = `over|more${WS}than|above|at${WS}least|upwards${WS}of|in${WS}excess${WS}of|no${WS}(?:fewer|less)${WS}than|not${WS}(?:fewer|less)${WS}than|greater${WS}than|larger${WS}than|bigger${WS}than|higher${WS}than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|well${WS}over|>=?|≥`;
const UPPER = `up${WS}to|at${WS}most|under|fewer${WS}than|less${WS}than|smaller${WS}than|lower${WS}than|below|no${WS}more${WS}than|not${WS}more${WS}than|as${WS}many${WS}as|<=?|≤`;
const LEFT = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(between|from)${WS})?(?:(${APPROX})${OWS}|(${LOWER})${OWS}|(${UPPER})${OWS})?)$`,
  'iu',
);
const NOT_A_FIGURE_BEFORE = new RegExp(
  `(?:\\p{L}-|\\d[:./]|(?:^|[^\\p{L}])(?:no|nos|nr|nrs|p|pp|vol|art|fig|ch)\\.${OWS}|(?:^|[^\\p{L}])(?:page|pages|volume|chapter|article|section|war|number|room|route|platform|the${WS}year|year|a\\.d\\.|ad|ah)${WS}|[§#])$`,
  'iu',
);
/** A count of pages is about a book, not the events: "runs to 392 pages". */
const PAGES_AFTER = new RegExp(`${WS}(?:pages?|pp|leaves|folios?)${END}`, 'iuy');
const ONE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:the|this|that|which|no|any|every|each|some|someone|anyone|only|little)${WS}$`,
  'iu',
);
const ONE_AFTER = new RegExp(
  `${WS}(?:of|another|by|day|morning|evening|night|afternoon|time|who|which|that|thing|another|account|report|source|estimate|version|chronicler|historian|writer|witness|observer)${END}|['’]s${END}`,
  'iuy',
);

const RE_GROUPED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)/y;
const RE_DAMAGED = /\d{1,3}(?:,\d{3,6})+(?!\d)/y;
const RE_SPACED = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.]?\d)/y;
const RE_PLAIN = /\d+(?:\.\d+)?(?!\d)/y;
const RE_DIGIT_STOP = new RegExp(
  `(?:st|nd|rd|th)${END}|%|[:/]\\d|\\.\\d|${OWS}(?:am|pm|a\\.m\\.|p\\.m\\.)${END}|${OWS}per${WS}?cent|[\\p{L}]`,
  'iuy',
);
const RE_GLUED_UNIT = new RegExp(`(${DISTANCE_UNIT_SOURCE})${END}`, 'iuy');
const RE_SCALE_WORD = new RegExp(
  `${WS}(hundred|thousand|million|billion|trillion|dozens?)${END}`,
  'iuy',
);
const RE_ORDINAL_AFTER = new RegExp(
  `${OWS}-?${OWS}${ORDINAL_WORD_SOURCE}|${WS}and${WS}a${WS}(?:half|quarter)`,
  'iuy',
);
const RE_VAGUE = new RegExp(
  `(?:(several|a${WS}few|many)${WS})?(tens${WS}of${WS}thousands|hundreds${WS}of${WS}thousands|hundreds|thousands|millions|dozens|scores)${END}` +
    `|(several|a${WS}few)${WS}(hundred|thousand|dozen)${END}`,
  'iuy',
);
const RE_SECOND_BOUND = new RegExp(`,?${WS}(?:and|but)${WS}(?:(${LOWER})|(${UPPER}))${WS}`, 'iuy');
const RE_RANGE_DASH = new RegExp(`${OWS}[-–—]${OWS}`, 'y');
const RE_RANGE_WORD = new RegExp(`${WS}(?:to|or|through|thru)${WS}`, 'iy');
const RE_AND = new RegExp(`${WS}(?:and|&)${WS}`, 'iy');
const RE_OR_MORE = new RegExp(
  `${WS}(?:or|and)${WS}(more|over|above|greater|less|fewer|under)${END}|\\+(?![\\p{N}])`,
  'iuy',
);
// "thirty years old" is an age, not a duration: the unit stays out of the figure.
const RE_UNIT = new RegExp(
  `(?:${WS}|${OWS}-${OWS})(${TIME_UNIT_SOURCE}|${DISTANCE_UNIT_SOURCE})${END}(?!${WS}old${END})`,
  'iuy',
);
const RE_WORD_START = new RegExp(`(?:a${WS}|${NUMBER_WORD_SOURCE})`, 'iuy');

const VAGUE_MIN: Readonly<Record<string, number>> = {
  hundreds: 200,
  thousands: 2000,
  'tens of thousands': 20000,
  'hundreds of thousands': 200000,
  millions: 2000000,
  dozens: 24,
  scores: 40,
};
const SEVERAL: Readonly<Record<string, number>> = { several: 3, 'a few': 2, many: 2 };
const BASE: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, dozen: 12 };
const SCALE_OF: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  dozens: 12,
};

interface Figure {
  readonly value: number;
  readonly end: number;
  /** Multiplier of a trailing scale ("ten thousand", "25,000" → 1000), for shared magnitudes. */
  readonly magnitude: number;
  /** Written with its own grouping or scale: a shared magnitude does not apply to it. */
  readonly own: boolean;
  readonly repaired?: { readonly min: number; readonly max: number };
  readonly error?: string;
  readonly vague?: { readonly min: number; readonly qualifier: string };
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function groupedMagnitude(digits: string): number {
  if (/,000,000$/.test(digits)) return 1e6;
  if (/,000$/.test(digits)) return 1e3;
  return 1;
}

/** Mends "7,0008,000" (a range whose dash was lost) into 7,000 and 8,000; `null` if it cannot. */
export function repairLostDash(digits: string): { min: number; max: number } | null {
  const groups = digits.split(',');
  const bad = groups.findIndex((g, i) => i > 0 && g.length > 3);
  if (bad < 1 || groups.slice(bad + 1).some((g) => g.length !== 3)) return null;
  const group = groups[bad] ?? '';
  const head = group.slice(0, 3);
  const tail = group.slice(3);
  if (tail.length > 3 || tail.startsWith('0')) return null;
  const min = Number([...groups.slice(0, bad), head].join(''));
  const max = Number([tail, ...groups.slice(bad + 1)].join(''));
  return min < max ? { min, max } : null;
}

/** Reads digits at `pos` (with their grouping and a scale word); `null` if not a figure. */
function readDigits(text: string, pos: number): Figure | null {
  let m = sticky(RE_GROUPED, text, pos);
  let own = true;
  let figure: Figure | null = null;
  if (m) {
    const magnitude = groupedMagnitude(m[0]);
    figure = { value: Number(m[0].replace(/,/g, '')), end: pos + m[0].length, magnitude, own };
  } else if ((m = sticky(RE_DAMAGED, text, pos))) {
    const repaired = repairLostDash(m[0]);
    const end = pos + m[0].length;
    figure = repaired
      ? { value: repaired.min, end, magnitude: 1, own, repaired }
      : {
          value: NaN,
          end,
          magnitude: 1,
          own,
          error: `${m[0]}: grouping that cannot be one number`,
        };
  } else if ((m = sticky(RE_SPACED, text, pos))) {
    figure = {
      value: Number(m[0].replace(/[ \u00A0\u202F]/g, '')),
      end: pos + m[0].length,
      magnitude: /\s000$/.test(m[0]) ? 1000 : 1,
      own,
    };
  } else if ((m = sticky(RE_PLAIN, text, pos))) {
    own = false;
    figure = { value: Number(m[0]), end: pos + m[0].length, magnitude: 1, own };
  }
  if (!figure) return null;
  if (sticky(RE_GLUED_UNIT, text, figure.end) === null && sticky(RE_DIGIT_STOP, text, figure.end))
    return null;
  const scale = figure.repaired || figure.error ? null : sticky(RE_SCALE_WORD, text, figure.end);
  if (scale) {
    const s = SCALE_OF[(scale[1] ?? '').toLowerCase()] ?? 1;
    return { value: figure.value * s, end: scale.index + scale[0].length, magnitude: s, own: true };
  }
  return figure;
}

function readFigure(text: string, pos: number): Figure | null {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) return readDigits(text, pos);
  const vague = sticky(RE_VAGUE, text, pos);
  if (vague) {
    const end = vague.index + vague[0].length;
    if (vague[2]) {
      const kind = vague[2].toLowerCase().replace(/\s+/g, ' ');
      const base = VAGUE_MIN[kind] ?? 2;
      const times = vague[1] ? (SEVERAL[vague[1].toLowerCase().replace(/\s+/g, ' ')] ?? 2) / 2 : 1;
      const min = base * times;
      return {
        value: min,
        end,
        magnitude: 1,
        own: true,
        vague: { min, qualifier: vague[0].toLowerCase().replace(/\s+/g, ' ') },
      };
    }
    const few = (vague[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const min = (SEVERAL[few] ?? 2) * (BASE[(vague[4] ?? '').toLowerCase()] ?? 100);
    return {
      value: min,
      end,
      magnitude: 1,
      own: true,
      vague: { min, qualifier: vague[0].toLowerCase().replace(/\s+/g, ' ') },
    };
  }
  if (!sticky(RE_WORD_START, text, pos)) return null;
  const words = readWordNumber(text, pos);
  if (!words) return null;
  if (sticky(RE_ORDINAL_AFTER, text, words.end)) return null;
  const word = text.slice(pos, words.end).toLowerCase();
  if (word === 'one') {
    const before = text.slice(Math.max(0, pos - 12), pos);
    if (ONE_BEFORE.test(before) || sticky(ONE_AFTER, text, words.end)) return null;
  }
  return {
    value: words.value,
    end: words.end,
    magnitude: words.magnitude,
    own: words.magnitude > 1 && words.value !== words.magnitude,
  };
}

/**
 * Reads the figure that begins at `pos`; words before it (from `floor` on) may belong to it
 * ("~", "over", "between"). Returns `null` where there is no figure.
 */
export function readQuantityExpression(
  text: string,
  pos: number,
  floor: number,
): QuantityRead | null {
  const before = text.slice(Math.max(floor, pos - 40), pos);
  if (NOT_A_FIGURE_BEFORE.test(before)) return null;
  const first = readFigure(text, pos);
  if (!first) return null;
  if (sticky(PAGES_AFTER, text, first.end)) return null;
  const left = LEFT.exec(before);
  const opener = left?.[2]?.toLowerCase();
  const approxWord = left?.[3];
  const lowerWord = left?.[4];
  const upperWord = left?.[5];
  let end = first.end;
  let lo = first.value;
  let hi = first.value;
  let ranged = false;
  if (!first.repaired && !first.error && !first.vague) {
    const joint =
      opener === 'between'
        ? sticky(RE_AND, text, end)
        : (sticky(RE_RANGE_DASH, text, end) ?? sticky(RE_RANGE_WORD, text, end));
    if (joint) {
      const second = readFigure(text, joint.index + joint[0].length);
      if (second && !second.repaired && !second.error && !second.vague) {
        let a = first.value;
        if (!first.own && second.magnitude > 1 && a * second.magnitude <= second.value)
          a *= second.magnitude;
        if (a < second.value) {
          lo = a;
          hi = second.value;
          end = second.end;
          ranged = true;
        }
      }
    }
  }
  if (first.repaired) {
    lo = first.repaired.min;
    hi = first.repaired.max;
  }
  // The words before the figure that belong to it.
  let prefix = left?.[1] ?? '';
  if (opener && !ranged) prefix = prefix.replace(/^\S+\s+/, '');
  let start = pos - prefix.length;
  if (first.error) return { start, end, value: null, error: first.error };
  let min: number | null = lo;
  let max: number | null = hi;
  let approximate = approxWord !== undefined;
  let qualifier: string | undefined = approxWord?.toLowerCase().replace(/\s+/g, ' ');
  if (first.vague) {
    max = null;
    approximate = true;
    qualifier = qualifier ? `${qualifier} ${first.vague.qualifier}` : first.vague.qualifier;
  }
  if (lowerWord) {
    min = lo;
    max = null;
    qualifier = lowerWord.toLowerCase().replace(/\s+/g, ' ');
  } else if (upperWord) {
    min = null;
    max = hi;
    qualifier = upperWord.toLowerCase().replace(/\s+/g, ' ');
  }
  // "more than 10 and less than 20", "no more than 50 and no less than 20": one interval.
  if ((lowerWord || upperWord) && !ranged && !first.vague) {
    const second = sticky(RE_SECOND_BOUND, text, end);
    const other =
      second && (lowerWord ? second[2] : second[1])
        ? readFigure(text, second.index + second[0].length)
        : null;
    if (second && other && !other.vague && !other.error && !other.repaired) {
      const [a, b] = lowerWord ? [lo, other.value] : [other.value, hi];
      if (a < b) {
        min = a;
        max = b;
        qualifier = `${(lowerWord ?? upperWord ?? '').toLowerCase().replace(/\s+/g, ' ')} … ${(second[1] ?? second[2] ?? '').toLowerCase().replace(/\s+/g, ' ')}`;
        end = other.end;
      }
    }
  }
  const more = sticky(RE_OR_MORE, text, end);
  if (more && !first.vague && !lowerWord && !upperWord) {
    const w = (more[1] ?? '+').toLowerCase();
    if (w === 'less' || w === 'fewer' || w === 'under') {
      min = null;
      max = hi;
    } else {
      min = lo;
      max = null;
    }
    qualifier = more[0].trim().toLowerCase().replace(/\s+/g, ' ');
    end = more.index + more[0].length;
    // "about 500 or more": the bound is the claim; the hedge before it stays outside (as in the
    // Recognizers-Text suites), since an open bound already admits every figure past it.
    if (approxWord && prefix.length > 0) {
      approximate = false;
      start = pos;
    }
  }
  let unit: string | undefined;
  const u =
    sticky(RE_UNIT, text, end) ??
    (text.charCodeAt(end - 1) <= 57 ? sticky(RE_GLUED_UNIT, text, end) : null);
  if (u && !first.vague) {
    unit = unitName(u[1] ?? '');
    end = u.index + u[0].length;
  }
  const value: QuantityValue = {
    type: 'quantity',
    min,
    max,
    approximate,
    ...(first.repaired ? { repaired: 'lost range dash' } : {}),
    ...(qualifier ? { qualifier } : {}),
  };
  return { start, end, value, ...(unit ? { unit } : {}) };
}

function unitName(word: string): string {
  const w = word.toLowerCase();
  if (w === 'km' || w.startsWith('kilomet')) return 'km';
  if (w.startsWith('mile')) return 'mile';
  if (w.startsWith('verst')) return 'verst';
  if (w.startsWith('met')) return 'metre';
  if (w.startsWith('yard')) return 'yard';
  if (w === 'feet' || w === 'foot') return 'foot';
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}
