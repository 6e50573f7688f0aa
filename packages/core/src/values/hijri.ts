/**
 * Hijri dates through `@internationalized/date` (the tabular "civil" Islamic calendar). Converters
 * and the observed crescent disagree by a day, so every Hijri date is held as a range one day
 * wider on each side (ARCHITECTURE.md, "Values"): 1 Muharram 1340 → 3–5 September 1921.
 */
import {
  CalendarDate,
  GregorianCalendar,
  IslamicCivilCalendar,
  toCalendar,
} from '@internationalized/date';
import { addDays, isoDate } from './calendar.ts';

const ISLAMIC = new IslamicCivilCalendar();
const GREGORIAN = new GregorianCalendar();

function toIso(year: number, month: number, day: number): string {
  const g = toCalendar(new CalendarDate(ISLAMIC, year, month, day), GREGORIAN);
  // @internationalized/date keeps BC years as era + positive year; Hijri dates are all AD.
  return isoDate(g.year, g.month, g.day);
}

/** Days in a Hijri month of the civil calendar (29 or 30). */
export function hijriDaysInMonth(year: number, month: number): number {
  return ISLAMIC.getDaysInMonth(new CalendarDate(ISLAMIC, year, month, 1));
}

/** The Gregorian date of a Hijri date, without the ±1 day allowance; `null` if out of range. */
export function hijriToGregorian(
  year: number,
  month: number,
  day: number,
): { y: number; m: number; d: number } | null {
  if (
    year < 1 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > hijriDaysInMonth(year, month)
  )
    return null;
  const g = toCalendar(new CalendarDate(ISLAMIC, year, month, day), GREGORIAN);
  return { y: g.year, m: g.month, d: g.day };
}

/**
 * The Gregorian interval of a Hijri year, month or day, widened by one day on each side.
 * Returns `null` for a day the month does not have or a year out of range.
 */
export function hijriInterval(
  year: number,
  month?: number,
  day?: number,
): { earliest: string; latest: string } | null {
  if (year < 1 || year > 9999) return null;
  const m1 = month ?? 1;
  const m2 = month ?? 12;
  if (m1 < 1 || m2 > 12) return null;
  const last = hijriDaysInMonth(year, m2);
  if (day !== undefined && (day < 1 || day > hijriDaysInMonth(year, m1))) return null;
  return {
    earliest: addDays(toIso(year, m1, day ?? 1), -1),
    latest: addDays(toIso(year, m2, day ?? last), 1),
  };
}
