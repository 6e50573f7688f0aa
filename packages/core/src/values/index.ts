/**
 * Reading values — dates, figures, scales — from text, and comparing them. The public surface of
 * `packages/core/src/values/`; re-exported by the "values" section of the package index.
 */
export type { ValueContext, ValueMatch, ValueMatchKind, FindValuesOptions } from './types.ts';
export { VALUE_MATCH_KINDS } from './types.ts';
export { findValues } from './scan.ts';
export { parseDate, parseQuantity, parseScale } from './parse.ts';
export {
  quantitiesCompatible,
  datesCompatible,
  oldStyleGap,
  APPROXIMATE_TOLERANCE,
} from './compare.ts';
export { julianToGregorian, oldStyleGapOfYear, isoDate } from './calendar.ts';
export { rumiToGregorian } from './rumi.ts';
export { hijriToGregorian, hijriInterval } from './hijri.ts';
export { repairLostDash } from './quantity-read.ts';
