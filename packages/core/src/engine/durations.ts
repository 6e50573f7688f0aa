/**
 * Durations compared in days. "Seven weeks" and "48 days" are one subject (`duration`) but their
 * figures count different units, so the values alone (7 and 48) would make a false conflict. A
 * duration is converted to days from the unit its own words name; weeks, months and years are
 * round reckonings ("seven weeks" is rarely 49 days exactly), so they become approximate.
 */
import type { QuantityValue } from '../values.ts';

const UNIT = /(hour|day|night|fortnight|week|month|year)s?(?![\p{L}])/iu;

/** Days in one unit: the shortest and the longest. */
const DAYS: Readonly<Record<string, readonly [number, number]>> = {
  hour: [1 / 24, 1 / 24],
  day: [1, 1],
  night: [1, 1],
  week: [7, 7],
  fortnight: [14, 14],
  month: [28, 31],
  year: [365, 366],
};

/**
 * The duration a claim's words give, in days; the value unchanged when its words name no unit
 * (or a count in days already).
 */
export function durationInDays(text: string, value: QuantityValue): QuantityValue {
  const unit = UNIT.exec(text)?.[1]?.toLowerCase();
  const days = unit === undefined ? undefined : DAYS[unit];
  if (days === undefined || unit === 'day' || unit === 'night') return value;
  const [short, long] = days;
  return {
    ...value,
    min: value.min === null ? null : value.min * short,
    max: value.max === null ? null : value.max * long,
    approximate: value.approximate || unit !== 'hour',
  };
}
