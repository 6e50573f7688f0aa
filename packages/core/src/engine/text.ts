/**
 * Sentences and words of a piece of text, with offsets. Subjects are decided sentence by sentence
 * (ARCHITECTURE.md, "Subject"), so the engine needs sentence bounds that do not break at "c." or
 * "O.S." and a cheap way to look at the words around a figure. One linear pass per paragraph: the
 * audit of a book-length text must stay within a small multiple of splitting it into words.
 */

/** A sentence of a paragraph: offsets into the same string the paragraph's offsets refer to. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** A word (letters, digits, apostrophes and hyphens) with its offsets and its lower-case form. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/** Abbreviations whose full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'c',
  'ca',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'no',
  'nos',
  'approx',
  'est',
  'st',
  'mr',
  'mrs',
  'dr',
  'gen',
  'col',
  'lt',
  'capt',
  'maj',
  'sgt',
  'cpl',
  'o.s',
  'n.s',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vol',
  'pp',
  'p',
  'ed',
  'eds',
  'fig',
  'al',
]);

const BOUNDARY = /[.!?]+["')\]]*(?=\s)/g;

/**
 * Splits `text[from, to)` into sentences. A stop ends a sentence when whitespace and then a capital,
 * a digit or an opening quote follow, and the word before it is not a known abbreviation or a
 * single initial ("A. Smith").
 */
export function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, from, to);
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m !== null && m.index < to; m = BOUNDARY.exec(text)) {
    const stopEnd = m.index + m[0].length;
    const next = skipSpace(text, stopEnd, to);
    if (next >= to) break;
    const c = text.charCodeAt(next);
    const opensSentence =
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 34 ||
      c === 0x201c ||
      c === 40 ||
      c > 0xbf;
    if (!opensSentence || (m[0][0] === '.' && isAbbreviation(text, m.index, start))) continue;
    if (stopEnd > start) out.push({ start, end: stopEnd });
    start = next;
  }
  const end = trimEnd(text, start, to);
  if (end > start) out.push({ start, end });
  return out;
}

function isAbbreviation(text: string, stop: number, floor: number): boolean {
  let i = stop;
  while (i > floor && /[A-Za-z.]/.test(text[i - 1]!)) i -= 1;
  const word = text.slice(i, stop);
  if (word.length === 1 && /[A-Z]/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i += 1;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return to;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text[from, to)`, possessive "'s" kept on the word ("Enver's"). */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      lower: m[0].toLowerCase().replace(/’/g, "'"),
    });
  }
  return out;
}

/** The bare form of a word for lookups: no possessive, no plural "s" when `known` has the stem. */
export function stemIn(lower: string, known: ReadonlySet<string>): string | null {
  if (known.has(lower)) return lower;
  const bare = lower.endsWith("'s")
    ? lower.slice(0, -2)
    : lower.endsWith("s'")
      ? lower.slice(0, -1)
      : lower;
  if (known.has(bare)) return bare;
  if (bare.endsWith('s') && known.has(bare.slice(0, -1))) return bare.slice(0, -1);
  return null;
}
