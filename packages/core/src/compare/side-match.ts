/**
 * Which side of one account is which side of another. Accounts word their combatants differently
 * ("Russian SFSR, Soviet Bukhara" / "Soviet garrison" / "Red Army"; "Basmachi Movement" /
 * "Basmachi rebels" / "Enver Pasha's forces"), and may list them in another order, so sides are
 * matched through the words the claims engine knows each side by (its Combatant words, their
 * families of synonyms, the surnames of its commanders) — never by string equality or position
 * alone. A side with no word in common with any side of the other account stays unmatched rather
 * than guessed — not even by elimination ("Basmachi, Soviet" against "Basmachi, British" leaves
 * two different parties): a wrongly matched side would turn honest differences into conflicts.
 */
import type { Side } from '../engine/sides.ts';

/** A matched pair: `a` is a side of the first account, `b` of the second; `shared` the evidence. */
export interface SideMatch {
  readonly a: Side;
  readonly b: Side;
  /** The words both sides are known by. */
  readonly shared: readonly string[];
}

/** How strongly two sides are the same party: the words they share. */
export function sharedSideWords(a: Side, b: Side): string[] {
  return [...a.words].filter((w) => b.words.has(w)).sort();
}

/**
 * Matches the sides of two accounts one to one, strongest evidence first (ties go to the pair
 * with the same Combatant index). Pure; the result lists each side at most once.
 */
export function matchSides(sidesA: readonly Side[], sidesB: readonly Side[]): SideMatch[] {
  const candidates: { a: Side; b: Side; shared: string[] }[] = [];
  for (const a of sidesA) {
    for (const b of sidesB) {
      const shared = sharedSideWords(a, b);
      if (shared.length > 0) candidates.push({ a, b, shared });
    }
  }
  candidates.sort(
    (x, y) =>
      y.shared.length - x.shared.length ||
      Number(y.a.index === y.b.index) - Number(x.a.index === x.b.index),
  );
  const out: SideMatch[] = [];
  const usedA = new Set<Side>();
  const usedB = new Set<Side>();
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    out.push(c);
    usedA.add(c.a);
    usedB.add(c.b);
  }
  return out;
}
