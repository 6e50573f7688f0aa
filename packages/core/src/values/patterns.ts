/**
 * Regular-expression pieces shared by the date and quantity readers. Every pattern is compiled
 * once at module load (never per call) — the readers run over book-length texts.
 */

/** Horizontal whitespace, one or more (a value never spans a line break). */
export const WS = '[ \\t\\u00A0\\u202F]+';
/** Horizontal whitespace, optional. */
export const OWS = '[ \\t\\u00A0\\u202F]*';
/** Not followed by a letter or digit: the end of a word. */
export const END = '(?![\\p{L}\\p{N}])';

/** Full English month names, then abbreviations with an optional full stop. */
export const MONTH_SOURCE =
  '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)' +
  '|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\\p{L}])\\.?)(?![\\p{L}])';

/** Weekday names, which may precede a full date ("Monday, 12 January 1916"). */
export const WEEKDAY_SOURCE =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?![\\p{L}])\\.?)';

/**
 * Nouns of counted things after a bare four-digit number: "1500 men" is a figure, not a year.
 * Kept to the genre (armies, casualties, arms, distances).
 */
export const COUNTED_NOUN_SOURCE =
  '(?:men|man|troops|soldiers|rebels|fighters|horsemen|riders|cavalry|cavalrymen|infantry|infantrymen|sabres|sabers|' +
  'rifles|guns|cannons?|machine|horses|camels|people|persons|civilians|refugees|casualties|dead|killed|wounded|' +
  'prisoners|captives|deserters|defectors|households|families|tents|strong|volunteers|recruits|militia|militiamen|' +
  'warriors|followers|supporters|insurgents|partisans|guerrillas|basmachi|mujahideen|officers|sailors|workers|' +
  'inhabitants|residents|villagers|km|kilometres|kilometers|miles|versts|metres|meters|feet|yards|more|others|of)' +
  '(?![\\p{L}])';

/** Time units a duration is counted in ("four days", "a twenty-day siege"). */
export const TIME_UNIT_SOURCE =
  '(?:day|week|month|year|hour|minute|night|fortnight|decade|centur(?:y|ie))s?';

/** Distance units ("20 km", "forty miles"). */
export const DISTANCE_UNIT_SOURCE =
  '(?:km|kilomet(?:re|er)s?|miles?|versts?|met(?:re|er)s?|yards?|feet|foot)';
