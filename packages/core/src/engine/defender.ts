/**
 * Which side holds the place: "the garrison" and "the defenders" of an article are that side's
 * men, "the besiegers" the other's. Read once per article, from the side's word before "garrison"
 * ("the Soviet garrison") and from the side that besieges or storms ("Russian columns stormed the
 * fortress": with two sides, the other holds it). Only an answer that all the evidence gives is
 * kept: a wrong side makes a false conflict, no side only a missed agreement.
 */
import type { Side } from './sides.ts';
import { sideOfWord } from './sides.ts';
import { wordsOf } from './text.ts';

/** Words that name the men holding the place. */
export const HOLDERS = new Set(['garrison', 'defenders', 'besieged']);
/** Words that name the men besieging it. */
export const BESIEGERS = new Set(['besiegers', 'attackers']);

const SIEGE_VERBS = new Set(['besieged', 'invested', 'stormed', 'blockaded', 'besieging']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/** The side that holds the place, or null when the article does not make it clear. */
export function defenderOf(text: string, sides: readonly Side[]): Side | null {
  const words = wordsOf(text, 0, text.length);
  const found = new Set<Side>();
  const nearBefore = (i: number, reach: number): Side | null => {
    for (let j = i - 1; j >= Math.max(0, i - reach); j -= 1) {
      const side = sideOfWord(words[j]!.lower, sides);
      if (side) return side;
    }
    return null;
  };
  words.forEach((w, i) => {
    if (w.lower === 'garrison' || w.lower === 'defenders') {
      const side = nearBefore(i, 1);
      if (side) found.add(side);
    }
    const laidSiege = w.lower === 'laid' && words[i + 1]?.lower === 'siege';
    if ((SIEGE_VERBS.has(w.lower) || laidSiege) && !PASSIVE.has(words[i - 1]?.lower ?? '')) {
      const besieger = nearBefore(i, 3);
      const others = sides.filter((s) => s !== besieger);
      if (besieger && others.length === 1) found.add(others[0]!);
    }
  });
  return found.size === 1 ? [...found][0]! : null;
}
