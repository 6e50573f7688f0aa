/**
 * The shapes the value readers share with their callers (the claims engine, the CLI, tests).
 * The values themselves are declared in `../values.ts`; this file holds what surrounds a read.
 */
import type { DateInterval, DateValue, QuantityValue, ScaleValue } from '../values.ts';

/** What surrounds a piece of text: the year a day-month date takes, the last clear date before it. */
export interface ValueContext {
  readonly year?: number;
  readonly anchor?: DateInterval;
}

/** The kinds of value {@link findValues} reports. */
export const VALUE_MATCH_KINDS = ['date', 'quantity', 'scale'] as const;
export type ValueMatchKind = (typeof VALUE_MATCH_KINDS)[number];

/**
 * One value found in running text. Offsets are UTF-16 offsets into the text given, so
 * `text === input.slice(start, end)`. `value` is `null` (with `error` saying why) when the words
 * are plainly a date or figure but cannot be resolved, e.g. "14 February" with no year around it.
 * `unit` names the measure of a duration or distance ("four days" → `day`), so that a caller can
 * tell "four days" from "four men"; a count of things has none.
 */
export interface ValueMatch {
  readonly kind: ValueMatchKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: DateValue | QuantityValue | ScaleValue | null;
  readonly error?: string;
  readonly unit?: string;
}

/** Options of {@link findValues}: scales ("Light", "Heavy") are read only where asked for. */
export interface FindValuesOptions {
  readonly scales?: boolean;
}
