/**
 * The Rumi (Ottoman fiscal) calendar: Julian months and days, the year beginning on 1 Mart and
 * counted 584 years behind the Julian year (Mart 1327 = March 1911 Julian). From 1 Mart 1333
 * (1 March 1917) the Ottoman state kept the Rumi month names and year count but Gregorian days,
 * dropping the 13-day gap; dates from then on convert without the Julian step. Before 1256
 * (1840) the calendar was not in use; such years are still converted by the same rule.
 */
import { isoDate, julianDaysInMonth, daysInMonth, julianToGregorian } from './calendar.ts';

/** The first Rumi year whose days are Gregorian (1 Mart 1333 = 1 March 1917). */
export const RUMI_GREGORIAN_FROM = 1333;

/** The civil year in which a Rumi month of a Rumi year falls (Kânunusani and Şubat: the next one). */
export function rumiCivilYear(rumiYear: number, month: number): number {
  return rumiYear + 584 + (month <= 2 ? 1 : 0);
}

/**
 * Converts a Rumi date (month as the civil month number: Nisan = 4) to proleptic Gregorian:
 * 7 Nisan 1327 → 20 April 1911. Returns `null` for a day the month does not have.
 */
export function rumiToGregorian(
  rumiYear: number,
  month: number,
  day: number,
): { y: number; m: number; d: number } | null {
  const y = rumiCivilYear(rumiYear, month);
  if (rumiYear >= RUMI_GREGORIAN_FROM) {
    if (day < 1 || day > daysInMonth(y, month)) return null;
    return { y, m: month, d: day };
  }
  if (day < 1 || day > julianDaysInMonth(y, month)) return null;
  return julianToGregorian(y, month, day);
}

/** The Gregorian ISO interval of a whole Rumi month (day omitted) or one Rumi day. */
export function rumiInterval(
  rumiYear: number,
  month: number,
  day?: number,
): { earliest: string; latest: string } | null {
  const y = rumiCivilYear(rumiYear, month);
  const last =
    rumiYear >= RUMI_GREGORIAN_FROM ? daysInMonth(y, month) : julianDaysInMonth(y, month);
  const from = rumiToGregorian(rumiYear, month, day ?? 1);
  const to = rumiToGregorian(rumiYear, month, day ?? last);
  if (!from || !to) return null;
  return { earliest: isoDate(from.y, from.m, from.d), latest: isoDate(to.y, to.m, to.d) };
}
