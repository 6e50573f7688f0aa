/**
 * Cardinal numbers written in words: "seventy-two", "one thousand five hundred",
 * "two hundred and two thousand", "a hundred", "three dozen", and digits with a scale word
 * ("2 million", "322 hundred"). The reader is a small state machine over the tokens of one run
 * of number words; it stops where the words stop making one number ("three nought four" is three
 * numbers), so a caller can read the rest as further figures.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** One number word (no word boundary around it; callers add their own). */
export const NUMBER_WORD_SOURCE =
  '(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|' +
  'fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|' +
  'eighty|ninety|hundred|thousand|million|billion|trillion|dozens?)';

/**
 * Ordinal and fraction words: a number word followed by one of these is not a cardinal
 * ("twenty-first", "one hundredth", "two thirds").
 */
export const ORDINAL_WORD_SOURCE =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|' +
  '(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|four|fif|six|seven|eigh|nine)tieth|' +
  'hundredth|thousandth|millionth|billionth|trillionth|quarter|half|halves)s?(?![\\p{L}])';

/** A number read from words: its value, where it ends, and the scale its last word applied. */
export interface WordNumber {
  readonly value: number;
  readonly end: number;
  /** The multiplier of a trailing scale word ("ten thousand" → 1000), 1 if none; for ranges. */
  readonly magnitude: number;
}

// A token: optional joiner (spaces, "and", hyphen), then a number word, "a", or digits.
const TOKEN = new RegExp(
  `([ \\t\\u00A0]+(?:and[ \\t\\u00A0]+)?|[ \\t\\u00A0]*-[ \\t\\u00A0]*)?(a|an|${NUMBER_WORD_SOURCE}|\\d+(?:\\.\\d+)?)(?![\\p{L}\\d])`,
  'iuy',
);

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'digits' | 'zero';

/**
 * Reads one cardinal starting exactly at `start` (on a number word, "a" or digits). Returns
 * `null` when the words there do not begin a number ("a" alone, "an").
 */
export function readWordNumber(text: string, start: number): WordNumber | null {
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let magnitude = 1;
  let end = -1;
  let value = 0;
  let endMagnitude = 1;
  let pos = start;
  let first = true;
  for (;;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const joiner = m[1] ?? '';
    if (first && joiner !== '') break;
    if (!first && joiner === '') break;
    const withAnd = /and/i.test(joiner);
    const hyphen = joiner.includes('-');
    const word = (m[2] ?? '').toLowerCase();
    let ok: boolean;
    if (word === 'a' || word === 'an') {
      ok = first && word === 'a';
      if (ok) {
        cur = 1;
        last = 'a';
      }
    } else if (/^\d/.test(word)) {
      ok = first;
      if (ok) {
        cur = Number(word);
        last = 'digits';
      }
    } else if (
      hyphen &&
      !(last === 'tens' && word in SMALL && (SMALL[word] ?? 0) > 0 && (SMALL[word] ?? 0) < 10)
    ) {
      // A hyphen joins only tens and units ("seventy-two"); "three-nought-four" is three numbers.
      ok = false;
    } else if (word in SMALL) {
      const v = SMALL[word] ?? 0;
      const fresh = (last === 'none' && first) || last === 'scale' || last === 'hundred';
      if (v === 0) {
        ok = last === 'none' && first;
        if (ok) last = 'zero';
      } else if (v < 10) {
        ok = fresh || (last === 'tens' && !withAnd);
        if (ok) {
          cur += v;
          last = 'unit';
        }
      } else {
        ok = fresh;
        if (ok) {
          cur += v;
          last = 'teen';
        }
      }
      if (ok) magnitude = 1;
    } else if (word in TENS) {
      ok = (last === 'none' && first) || last === 'scale' || last === 'hundred';
      if (ok) {
        cur += TENS[word] ?? 0;
        last = 'tens';
        magnitude = 1;
      }
    } else if (word === 'hundred') {
      ok =
        !withAnd &&
        (last === 'a' ||
          last === 'unit' ||
          last === 'teen' ||
          last === 'tens' ||
          last === 'digits') &&
        (last === 'digits' || cur < 100) &&
        lastScale > 100;
      if (ok) {
        cur *= 100;
        last = 'hundred';
        magnitude = 100;
      }
    } else if (word in SCALES) {
      const s = SCALES[word] ?? 1;
      ok = !withAnd && last !== 'none' && cur > 0 && s < lastScale;
      if (ok) {
        total += cur * s;
        cur = 0;
        lastScale = s;
        last = 'scale';
        magnitude = s;
      }
    } else if (word === 'dozen' || word === 'dozens') {
      ok =
        !withAnd &&
        (last === 'a' ||
          last === 'unit' ||
          last === 'teen' ||
          last === 'tens' ||
          last === 'digits');
      if (ok) {
        const low = cur % 100;
        cur = cur - low + low * 12;
        last = 'scale';
        lastScale = 12;
        magnitude = 12;
      }
    } else {
      ok = false;
    }
    if (!ok) break;
    first = false;
    pos = TOKEN.lastIndex;
    if (last !== 'a') {
      end = pos;
      value = total + cur;
      endMagnitude = magnitude;
    }
    if (last === 'zero') break;
    // "dozen" closes a number: "three dozen two" is not one figure.
    if (lastScale === 12) break;
  }
  if (end < 0) return null;
  return { value, end, magnitude: endMagnitude };
}
