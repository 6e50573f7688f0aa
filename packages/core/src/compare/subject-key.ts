/**
 * Subject labels, taken apart. The claims engine names a subject by a label of parts joined with
 * " · ": the measure first ("strength", "casualties", "date", "rifles captured"), then the side as
 * the account's Combatant field writes it ("Russian SFSR, Soviet Bukhara") or the event ("siege
 * begins"). Labels of two accounts can only be compared once each side is replaced by the party
 * it names, so a label is read into {@link SubjectParts} against the account's sides.
 */
import type { Side } from '../engine/sides.ts';

/** The separator of label parts, as the engine writes it. */
export const LABEL_SEPARATOR = ' · ';

/** A label taken apart: the measure, the side (if a part names one) and the other parts. */
export interface SubjectParts {
  readonly measure: string;
  readonly side: Side | null;
  /** Parts that are not the side, lower-cased ("siege begins"). */
  readonly events: readonly string[];
}

/** Reads a label against the sides of its account. A part is a side only if it is that side's label. */
export function subjectParts(label: string, sides: readonly Side[]): SubjectParts {
  const [measure = '', ...rest] = label.split(LABEL_SEPARATOR).map((p) => p.trim());
  let side: Side | null = null;
  const events: string[] = [];
  for (const part of rest) {
    const found: Side | undefined =
      side === null
        ? sides.find((s) => s.label.trim().toLowerCase() === part.toLowerCase())
        : undefined;
    if (found) side = found;
    else events.push(part.toLowerCase());
  }
  return { measure: measure.toLowerCase(), side, events };
}

/**
 * The key under which subjects of different accounts meet: the measure, the party (as an id that
 * side matching made common to the accounts) and the events. Two labels with the same key are
 * the same cross-account subject.
 */
export function subjectKey(parts: SubjectParts, partyId: string | null): string {
  return [parts.measure, ...(partyId === null ? [] : [`@${partyId}`]), ...parts.events].join(
    LABEL_SEPARATOR,
  );
}
