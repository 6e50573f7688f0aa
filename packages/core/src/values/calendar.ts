/**
 * Day-number arithmetic for the proleptic Gregorian and Julian calendars. Every date the tool
 * keeps is an ISO `YYYY-MM-DD` string in proleptic Gregorian (ARCHITECTURE.md, "Values"); the
 * conversions here are small enough to write and test directly rather than depend on a package
 * (nothing on npm converts Julian/Rumi dates).
 *
 * Day numbers are Julian Day Numbers (JDN): an integer per civil day, the same in both calendars,
 * so converting is "Julian date → JDN → Gregorian date".
 */

/** A calendar date as three numbers (month 1–12, day 1–31). */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The Julian Day Number of a proleptic Gregorian date. */
export function gregorianToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

/** The Julian Day Number of a Julian-calendar (Old Style) date. */
export function julianDateToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
}

/** The proleptic Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): YMD {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    d: e - Math.floor((153 * m + 2) / 5) + 1,
    m: m + 3 - 12 * Math.floor(m / 10),
    y: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/**
 * Converts an Old Style (Julian) date to New Style (proleptic Gregorian):
 * Julian 26 October 1917 → 8 November 1917.
 */
export function julianToGregorian(
  y: number,
  m: number,
  d: number,
): { y: number; m: number; d: number } {
  const g = jdnToGregorian(julianDateToJdn(y, m, d));
  return { y: g.y, m: g.m, d: g.d };
}

/** Whether a Gregorian year is a leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a Gregorian month (1–12). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_LENGTHS[m - 1] ?? 30;
}

/** Days in a Julian-calendar month: every fourth year is leap, century years included. */
export function julianDaysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 ? 29 : 28;
  return MONTH_LENGTHS[m - 1] ?? 30;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** Formats a date as ISO `YYYY-MM-DD` (years below 1000 zero-padded, as ISO 8601 asks). */
export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Reads an ISO `YYYY-MM-DD` string back into numbers; `null` if it is not one. */
export function parseIso(iso: string): YMD | null {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The JDN of an ISO date (programmer error to pass anything else). */
export function isoToJdn(iso: string): number {
  const ymd = parseIso(iso);
  if (!ymd) throw new Error(`not an ISO date: ${iso}`);
  return gregorianToJdn(ymd.y, ymd.m, ymd.d);
}

/** The ISO date of a JDN. */
export function jdnToIso(jdn: number): string {
  const g = jdnToGregorian(jdn);
  return isoDate(g.y, g.m, g.d);
}

/** An ISO date moved by a number of days. */
export function addDays(iso: string, days: number): string {
  return jdnToIso(isoToJdn(iso) + days);
}

/**
 * The Old Style/New Style gap in days for a Gregorian year: 10 days in 1582–1699, 11 in the
 * 1700s, 12 in the 1800s, 13 in 1900–2099. (The gap grows at the Julian leap day of a century
 * year; by year is precise enough to tell a real disagreement from a calendar difference.)
 */
export function oldStyleGapOfYear(y: number): number {
  return Math.floor(y / 100) - Math.floor(y / 400) - 2;
}
