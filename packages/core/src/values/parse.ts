/**
 * Reading one value from a whole piece of text — what a user typed as a citation's value, an
 * infobox value known to be a date — with the same readers {@link findValues} uses, so a value
 * reads the same wherever it is written. Errors are values, never exceptions.
 */
import { fail, ok, type Parsed } from '../result.ts';
import type { DateValue, QuantityValue, ScaleLevel, ScaleValue } from '../values.ts';
import { scanValues } from './scan.ts';
import type { ValueContext, ValueMatch } from './types.ts';

function whole(text: string, matches: ValueMatch[]): ValueMatch | null {
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  const [only] = matches;
  if (matches.length !== 1 || !only) return null;
  const tail = text.slice(only.end, trimmedEnd);
  return only.start === trimmedStart && /^[.,;]?$/.test(tail) ? only : null;
}

/** Reads a whole text as one date: "14 February", "early 1922", "7 Nisan 1327". */
export function parseDate(text: string, context: ValueContext = {}): Parsed<DateValue> {
  if (text.trim() === '') return fail('no date given');
  const match = whole(
    text,
    scanValues(text, context, { dates: true, quantities: false, scales: false }),
  );
  if (!match) return fail(`"${text.trim()}" is not a date this tool can read`);
  if (!match.value || match.value.type !== 'date')
    return fail(match.error ?? `"${text.trim()}" cannot be resolved to a date`);
  return ok(match.value);
}

/** Reads a whole text as one figure: "~1,500", "7,000–8,000", "over 100", "seventy-two". */
export function parseQuantity(text: string): Parsed<QuantityValue> {
  if (text.trim() === '') return fail('no figure given');
  const match = whole(
    text,
    scanValues(text, {}, { dates: false, quantities: true, scales: false }),
  );
  if (!match) return fail(`"${text.trim()}" is not a figure this tool can read`);
  if (!match.value || match.value.type !== 'quantity')
    return fail(match.error ?? `"${text.trim()}" cannot be read as one figure`);
  return ok(match.value);
}

const SCALE = /^\s*(light|moderate|heavy)\s*$/i;

/** Reads "Light", "Moderate" or "Heavy" (any case). */
export function parseScale(text: string): Parsed<ScaleValue> {
  const m = SCALE.exec(text);
  if (!m) return fail(`"${text.trim()}" is not one of Light, Moderate, Heavy`);
  return ok({ type: 'scale', level: (m[1] ?? '').toLowerCase() as ScaleLevel });
}
