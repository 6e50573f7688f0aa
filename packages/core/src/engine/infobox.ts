/**
 * What each infobox field is for. The keys are the scraped template's ("Strength2",
 * "Casualties1", "Commander2"); the digits tie a field to Combatant{n}, and are never claims.
 *
 * Decisions (documented in fixtures/README.md too):
 * - `Date` gives date claims (subject `date`); `Strength*`, `Casualties*` give figures and, for
 *   casualties, scales; `Commander*` give one `name` claim per person.
 * - `Place`/`Location` give one `place` claim (subject `place`) and `Result` / `Territory` one
 *   `outcome` claim (subjects `result`, `territory`), valued as their text: they cannot contradict
 *   anything inside one article, but comparing accounts needs them.
 * - `Conflict` and `Partof` name wars (their years are names, not claims); `Combatant*` define
 *   the sides; neither gives claims.
 * - Any other field is scanned for dates and figures, which stay unplaced.
 */

/** The role of an infobox field, from its key. */
export type FieldRole =
  | { readonly role: 'date' }
  | { readonly role: 'place' }
  | { readonly role: 'outcome'; readonly subject: string }
  | { readonly role: 'combatant'; readonly side: number }
  | { readonly role: 'commander'; readonly side: number }
  | { readonly role: 'strength'; readonly side: number }
  | { readonly role: 'casualties'; readonly side: number }
  | { readonly role: 'name-of-war' }
  | { readonly role: 'other' };

/** Reads a key such as "Strength2" or "Casualties and losses 1" into its role. */
export function fieldRole(key: string): FieldRole {
  const m = /^(.*?)\s*(\d*)$/.exec(key.trim());
  const base = (m?.[1] ?? key).toLowerCase().replace(/[\s_-]+/g, '');
  const side = m?.[2] ? Number(m[2]) : 0;
  if (base === 'date' || base === 'dates') return { role: 'date' };
  if (base === 'place' || base === 'location') return { role: 'place' };
  if (base === 'result') return { role: 'outcome', subject: 'result' };
  if (base === 'territory' || base === 'territorialchanges')
    return { role: 'outcome', subject: 'territory' };
  if (base === 'conflict' || base === 'partof' || base === 'campaign' || base === 'caption')
    return { role: 'name-of-war' };
  if (side > 0) {
    if (base === 'combatant' || base === 'combatants' || base === 'side')
      return { role: 'combatant', side };
    if (base === 'commander' || base === 'commanders' || base === 'leader' || base === 'leaders')
      return { role: 'commander', side };
    if (base === 'strength') return { role: 'strength', side };
    if (base === 'casualties' || base === 'casualtiesandlosses' || base === 'losses')
      return { role: 'casualties', side };
    if (base === 'units') return { role: 'name-of-war' };
  }
  return { role: 'other' };
}

/** One person of a Commander field: offsets relative to the field value, the name, a note. */
export interface CommanderName {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly note?: string;
}

/** Notes a scraped infobox glues to a name ("commanderKIA"): killed, died of wounds, captured… */
const NOTES = ['KIA', 'DOW', 'POW', 'MIA', 'WIA', 'executed'] as const;

/**
 * Splits a Commander field into people: by commas, semicolons, " and " — but a title after a
 * comma ("Charles V, Duke of Lorraine") stays with its name. A note written in
 * brackets or glued on by the scraper ("Unknown Soviet commanderKIA") is kept as `note` and its
 * letters stay inside the claim's span, so that the reader sees what the note was attached to.
 */
export function commanderNames(value: string): CommanderName[] {
  const out: CommanderName[] = [];
  // "Charles V, Duke of Lorraine": a title after a comma belongs to the name before it.
  const PART =
    /[^,;]+(?:,\s*(?:(?:Grand\s+)?(?:Duke|Duchess|Prince|Princess|Earl|Count|Countess|Marquess|Marquis|Margrave|Elector|King|Queen|Baron|Viscount|Lord|Emperor|Archduke|Landgrave|Sultan|Khan|Emir|Bey)\s+of\s[^,;]+))*/g;
  for (let m = PART.exec(value); m !== null; m = PART.exec(value)) {
    for (const piece of splitAnd(m[0], m.index)) {
      let { start, end } = piece;
      while (start < end && /\s/.test(value[start]!)) start += 1;
      while (end > start && /[\s.]/.test(value[end - 1]!)) end -= 1;
      if (end <= start) continue;
      let name = value.slice(start, end);
      let note: string | undefined;
      const bracket = /\s*[([]\s*([^)\]]+?)\s*[)\]]$/.exec(name);
      if (bracket) {
        note = bracket[1]!;
        name = name.slice(0, bracket.index);
      } else {
        for (const n of NOTES) {
          if (
            name.endsWith(n) &&
            name.length > n.length &&
            /[\p{Ll}\s]/u.test(name[name.length - n.length - 1]!)
          ) {
            note = n;
            name = name.slice(0, -n.length).trimEnd();
            break;
          }
        }
      }
      if (!/\p{L}/u.test(name)) continue;
      out.push(note === undefined ? { start, end, name } : { start, end, name, note });
    }
  }
  return out;
}

function splitAnd(part: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const AND = /\s+and\s+/g;
  let from = 0;
  for (let m = AND.exec(part); m !== null; m = AND.exec(part)) {
    out.push({ start: offset + from, end: offset + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: offset + from, end: offset + part.length });
  return out;
}
