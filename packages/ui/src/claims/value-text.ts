import type { ClaimValue, DateInterval } from '@apparatus/core';

const grouped = (n: number): string => n.toLocaleString('en-US');

function interval(i: DateInterval): string {
  if (i.earliest !== null && i.latest !== null)
    return i.earliest === i.latest ? i.earliest : `${i.earliest} to ${i.latest}`;
  if (i.latest !== null) return `by ${i.latest}`;
  if (i.earliest !== null) return `from ${i.earliest}`;
  return 'an unknown date';
}

/**
 * A normalised value as the inspector shows it beside the text field: the interval the tool
 * compares with, not the words of the article, so a reader can check the reading ("7,000–8,000,
 * repaired: lost range dash"; "1922-01-28 to 1922-02-14, or 1922-02-08 to 1922-02-14").
 */
export function valueReading(value: ClaimValue): string {
  switch (value.type) {
    case 'quantity': {
      const about = value.approximate ? 'about ' : '';
      let text: string;
      if (value.min !== null && value.max !== null) {
        text =
          value.min === value.max
            ? `${about}${grouped(value.min)}`
            : `${about}${grouped(value.min)}–${grouped(value.max)}`;
      } else if (value.min !== null) text = `${about}at least ${grouped(value.min)}`;
      else if (value.max !== null) text = `${about}at most ${grouped(value.max)}`;
      else text = 'an unknown number';
      return value.repaired ? `${text} (repaired: ${value.repaired})` : text;
    }
    case 'date': {
      const calendar =
        value.calendar === 'gregorian' ? '' : ` (written in the ${value.calendar} calendar)`;
      const alternatives =
        value.alternatives && value.alternatives.length > 1 ? value.alternatives : [value];
      return `${alternatives.map(interval).join(', or ')}, to the ${value.precision}${calendar}`;
    }
    case 'scale':
      return `${value.level} (a scale, compared with figures only loosely)`;
    case 'name':
      return value.note ? `${value.name} (${value.note})` : value.name;
    case 'text':
      return value.text;
  }
}
