/**
 * Reading one point of a date expression (see `date-read.ts`, which joins points into ranges and
 * alternatives): the atom itself (`date-atoms.ts`), the part of its period a word before it names,
 * and the Old Style / New Style marks after it, with the other style's date when both are given,
 * in any of the ways articles write the pair.
 */
import { readDateAtom } from './date-atoms.ts';
import type { Point } from './date-resolve.ts';
import { OWS, WS } from './patterns.ts';

const RE_PART = new RegExp(
  `(?:the${WS})?(early|late|mid|middle${WS}of|end${WS}of|beginning${WS}of|start${WS}of)(?:${WS}|-)`,
  'iy',
);
const RE_OS = new RegExp(
  `${OWS}(?:\\(${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style|Julian)${OWS}\\)|\\[${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)${OWS}\\])|${WS}(?:O\\.${OWS}S\\.|Old${WS}Style)`,
  'iy',
);
const RE_NS = new RegExp(
  `${OWS}(?:\\(${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style|Gregorian)${OWS}\\)|\\[${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style)${OWS}\\])|${WS}(?:N\\.${OWS}S\\.|New${WS}Style)`,
  'iy',
);
const RE_PAIR_SEP = new RegExp(`${OWS}(?:/|;|,|or|=)${OWS}`, 'iy');
const RE_BRACKET_OS = new RegExp(
  `${OWS}[\\[(]${OWS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)[:,]?${OWS}`,
  'iy',
);
const RE_BRACKET_NS = new RegExp(
  `${OWS}[\\[(]${OWS}(?:N\\.${OWS}S\\.?|NS|New${WS}Style)[:,]?${OWS}`,
  'iy',
);
/** A closing bracket or parenthesis. */
export const RE_CLOSE = new RegExp(`${OWS}[\\])]`, 'y');
/** An opening bracket or parenthesis. */
export const RE_OPEN = new RegExp(`${OWS}[\\[(]${OWS}`, 'y');
const RE_OS_THEN_CLOSE = new RegExp(`${WS}(?:O\\.${OWS}S\\.?|OS|Old${WS}Style)${OWS}[\\])]`, 'iy');

/** Where a sticky `re` matching at `pos` ends, or -1 when it does not match there. */
export function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m.index + m[0].length : -1;
}

/**
 * Reads one point of a date expression at `pos`: a date atom, with an "early"/"mid"/"late" word
 * before it when `withPart`, and its Old/New Style marks and the other style's date when the text
 * gives both ("12 January 1881 (O.S.) / 24 January 1881 (N.S.)", "26 October [O.S. 13 October]",
 * "8 November 1921 (26 October O.S.)"). Null when no atom begins there.
 */
export function readPoint(text: string, pos: number, withPart: boolean): Point | null {
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
    if (other && close >= 0)
      return withTrailingYear(text, { atom, other, julian: false, end: close, ...withP });
  }
  e = sticky(RE_BRACKET_NS, text, atom.end);
  if (e >= 0) {
    const other = readDateAtom(text, e);
    const close = other ? sticky(RE_CLOSE, text, other.end) : -1;
    if (other && close >= 0)
      return withTrailingYear(text, {
        atom: other,
        other: atom,
        julian: false,
        end: close,
        ...withP,
      });
  }
  // "8 November 1921 (26 October O.S.)": the other style inside brackets, marked after the date.
  e = sticky(RE_OPEN, text, atom.end);
  if (e >= 0) {
    const other = readDateAtom(text, e);
    const close = other ? sticky(RE_OS_THEN_CLOSE, text, other.end) : -1;
    if (other && close >= 0)
      return withTrailingYear(text, { atom, other, julian: false, end: close, ...withP });
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
  return {
    ...point,
    atom: { ...point.atom, y },
    ...(point.other ? { other: { ...point.other, y } } : {}),
    end: m.index + m[0].length,
  };
}

/** The part of a period a word names: early, mid or late ("end of" is late). */
export function normalPart(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'end of' || w === 'late') return 'late';
  if (w === 'beginning of' || w === 'start of' || w === 'early') return 'early';
  return 'mid';
}
