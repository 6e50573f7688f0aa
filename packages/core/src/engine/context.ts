/**
 * The reading-order context a date needs: the year a day-month date takes ("14 February" in an
 * article about 1922) and the last clear date before it, against which "the next day" resolves.
 * Kept as the engine walks the article, so that "In early 1923 … on 5 March" reads 5 March 1923.
 */
import type { DateInterval, DateValue } from '../values.ts';
import type { ValueContext } from '../values/types.ts';

/** The running context: a base year from the title or infobox, updated by clear dates. */
export class ReadingContext {
  private year: number | undefined;
  private anchor: DateInterval | undefined;

  constructor(baseYear: number | undefined) {
    this.year = baseYear;
  }

  /** The context for the next piece of text. */
  current(): ValueContext {
    const out: { year?: number; anchor?: DateInterval } = {};
    if (this.year !== undefined) out.year = this.year;
    if (this.anchor !== undefined) out.anchor = this.anchor;
    return out;
  }

  /**
   * Takes a date read in the text into account. A date within one year sets the year; a date
   * of day or month precision with both bounds becomes the anchor. A span over several years
   * ("from 1916 to 1934") changes neither: it is background, not the narrative's time.
   */
  see(value: DateValue): void {
    const first = yearOf(value.earliest);
    const last = yearOf(value.latest);
    if (first !== null && first === last && value.precision !== 'decade') this.year = first;
    if (
      (value.precision === 'day' || value.precision === 'month') &&
      value.earliest !== null &&
      value.latest !== null &&
      (value.alternatives?.length ?? 0) < 2
    ) {
      this.anchor = { earliest: value.earliest, latest: value.latest };
    }
  }
}

/** The year of an ISO date, or null for an open bound. */
export function yearOf(iso: string | null): number | null {
  if (iso === null) return null;
  const m = /^(-?\d+)-/.exec(iso);
  return m ? Number(m[1]) : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO day as a reader writes it: "7 February 1922". */
export function humanDay(iso: string): string {
  const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A date interval as a reader writes it: "7 February 1922", "7–9 February 1922", "by 14 February 1922". */
export function humanInterval(iv: DateInterval): string {
  const { earliest, latest } = iv;
  if (earliest === null && latest === null) return 'an unknown date';
  if (earliest === null) return `by ${humanDay(latest!)}`;
  if (latest === null) return `from ${humanDay(earliest)}`;
  if (earliest === latest) return humanDay(earliest);
  const a = humanDay(earliest).split(' ');
  const b = humanDay(latest).split(' ');
  if (a[2] === b[2] && a[1] === b[1]) {
    if (a[0] === '1' && Number(b[0]) >= 28 && latest.slice(5, 7) !== addMonthProbe(latest))
      return `${a[1]} ${a[2]}`;
    return `${a[0]}–${b[0]} ${a[1]} ${a[2]}`;
  }
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b[0]} ${b[1]} ${b[2]}`;
  return `${humanDay(earliest)} – ${humanDay(latest)}`;
}

/** The month of the day after an ISO date: differs from the date's own month on a month's last day. */
function addMonthProbe(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return String(d.getUTCMonth() + 1).padStart(2, '0');
}
