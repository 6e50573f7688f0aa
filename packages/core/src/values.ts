/**
 * Normalised values of claims (ARCHITECTURE.md, "Values" and the value conventions table).
 * These are the serialised shapes: they go into IndexedDB and into `apparatus audit --json`
 * exactly as declared here, so `date` and `quantity` carry no field beyond the contract's.
 */

/** Calendars a date can be written in. Every interval is still given in proleptic Gregorian. */
export const CALENDARS = ['gregorian', 'julian', 'rumi', 'hijri'] as const;
export type Calendar = (typeof CALENDARS)[number];

/** How finely a date was stated. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'decade'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A closed range of days, ISO `YYYY-MM-DD` (proleptic Gregorian); `null` is an open bound. */
export interface DateInterval {
  readonly earliest: string | null;
  readonly latest: string | null;
}

/**
 * A date or period. `earliest`–`latest` spans every alternative; `alternatives` lists them when
 * the text offers several ("28 January or 8 February"). `qualifier` names the wording that
 * widened or bounded it ("by", "early", "c.").
 */
export interface DateValue extends DateInterval {
  readonly type: 'date';
  readonly calendar: Calendar;
  readonly precision: DatePrecision;
  readonly alternatives?: readonly DateInterval[];
  readonly qualifier?: string;
}

/**
 * A figure as an interval: "over 100" is `min: 100, max: null`; "around seventy" is
 * `min: 70, max: 70, approximate: true`. `repaired` says what was mended in a damaged text
 * ("lost range dash" for "7,0008,000").
 */
export interface QuantityValue {
  readonly type: 'quantity';
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly repaired?: string;
  readonly qualifier?: string;
}

/** The ordinal words an infobox uses for casualties. */
export const SCALE_LEVELS = ['light', 'moderate', 'heavy'] as const;
export type ScaleLevel = (typeof SCALE_LEVELS)[number];

/** "Light" / "Moderate" / "Heavy": ordinal, compared with figures only loosely. */
export interface ScaleValue {
  readonly type: 'scale';
  readonly level: ScaleLevel;
}

/** A person named by the text (a commander); `note` keeps what was said of them ("KIA"). */
export interface NameValue {
  readonly type: 'name';
  readonly name: string;
  readonly note?: string;
}

/** Free text for `place`, `outcome` and `statement` claims. */
export interface TextValue {
  readonly type: 'text';
  readonly text: string;
}

export type ClaimValue = DateValue | QuantityValue | ScaleValue | NameValue | TextValue;
