/**
 * Whether two values of two accounts can both be true, with a few words of why for the reader.
 * Figures and dates go through the values layer's interval algebra ({@link quantitiesCompatible},
 * {@link datesCompatible}: exact values must overlap, approximate values get its tolerance, open
 * bounds compare as bounds, alternatives overlap if any does), so that an audit and a comparison
 * never judge the same pair differently. Scales compare by level: "Heavy" against "Moderate" for
 * the same side's losses cannot both be true. A scale and a figure are not compared here: how many
 * losses are "heavy" depends on the size of the forces, and a doubtful conflict is worse than none.
 */
import type { DateValue, QuantityValue, ScaleValue } from '../values.ts';
import {
  datesCompatible as datesOverlap,
  quantitiesCompatible as quantitiesOverlap,
} from '../values/index.ts';

/** The outcome of comparing two values: whether both can be true, and why, for a reader. */
export interface Compatibility {
  readonly compatible: boolean;
  readonly why: string;
}

/** Two figures can both be true when their intervals (widened when approximate) overlap. */
export function quantitiesCompatible(a: QuantityValue, b: QuantityValue): Compatibility {
  const compatible = quantitiesOverlap(a, b);
  const tolerant = a.approximate || b.approximate ? ', allowing for approximation' : '';
  return {
    compatible,
    why: compatible ? `the figures overlap${tolerant}` : `no single number fits both${tolerant}`,
  };
}

/** Two dates can both be true when some alternative of one overlaps some alternative of the other. */
export function datesCompatible(a: DateValue, b: DateValue): Compatibility {
  const compatible = datesOverlap(a, b);
  return { compatible, why: compatible ? 'the periods overlap' : 'no single day fits both' };
}

/** Two scales can both be true only at the same level. */
export function scalesCompatible(a: ScaleValue, b: ScaleValue): Compatibility {
  const compatible = a.level === b.level;
  return {
    compatible,
    why: compatible ? 'the same degree' : `${a.level} and ${b.level} are different degrees`,
  };
}
