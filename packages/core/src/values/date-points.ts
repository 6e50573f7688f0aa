/**
 * Adjustments of the points of a date expression before it is resolved, where a mark or a word
 * written once applies to more than the atom it stands beside (see `date-read.ts`):
 * - "5–6 November O.S.": an Old Style mark after a range or alternatives marks every point of it;
 * - "late 1921 – July 1922": "early/mid/late" before a range narrows its first point;
 * - "on the 18th": an ordinal day after "the" is a day of the month the narrative is in, unless a
 *   noun follows it ("the 7th Regiment", "the 19th century").
 */
import type { DateInterval } from '../values.ts';
import { parseIso } from './calendar.ts';
import type { Point } from './date-resolve.ts';
import { WS } from './patterns.ts';

/**
 * Marks every unmarked point Old Style when the last point alone carries the mark ("5–6 November
 * O.S.", "5 or 6 November O.S."). Points in another calendar (Rumi, Hijri) or given in both styles
 * are left alone.
 */
export function spreadOldStyle(points: readonly Point[]): Point[] {
  const last = points[points.length - 1];
  if (!last || !last.julian || last.other || points.length < 2) return [...points];
  const plain = (p: Point): boolean => !p.julian && !p.other && p.atom.calendar === 'gregorian';
  if (!points.slice(0, -1).every(plain)) return [...points];
  return points.map((p) => (p === last ? p : { ...p, julian: true }));
}

/** Gives the first point of a range the part ("late") written before the whole expression. */
export function narrowFirst(points: readonly Point[], part: string): Point[] {
  const [first, ...rest] = points;
  if (!first || first.part !== undefined) return [...points];
  return [{ ...first, part }, ...rest];
}

/** Words that may follow "the 18th" when it is a day: an article, a pronoun, a conjunction. */
const AFTER_ORDINAL_DAY = new RegExp(
  `(?:${WS}(?:the|a|an|and|or|when|while|his|her|their|its|they|he|she|it|we|at|in|on|of${WS}(?:the${WS})?month|both|all|every)(?![\\p{L}\\p{N}])|[ \\t]*[,;:.)!?]|[ \\t]*$)`,
  'iuy',
);

/**
 * The point for "the 18th" read against the narrative: the anchor's month when the anchor lies in
 * one month; `null` when the ordinal names something else or no month is known.
 */
export function ordinalDay(
  text: string,
  point: Point,
  anchor: DateInterval | undefined,
): Point | null {
  const atom = point.atom;
  if (atom.kind !== 'dayOnly' || !atom.ordinal) return null;
  AFTER_ORDINAL_DAY.lastIndex = point.end;
  if (!AFTER_ORDINAL_DAY.test(text)) return null;
  const a = anchor?.earliest ? parseIso(anchor.earliest) : null;
  const b = anchor?.latest ? parseIso(anchor.latest) : null;
  if (!a || !b || a.y !== b.y || a.m !== b.m) return null;
  return { ...point, atom: { ...atom, kind: 'ymd', y: a.y, m: a.m } };
}
