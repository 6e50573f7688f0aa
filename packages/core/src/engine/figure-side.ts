/**
 * Whose a figure is, within its sentence: the side named in the counted phrase ("Seventy-two
 * Russian troops"), under a commander, bearing a loss ("casualties on the Russian garrison"), the
 * nearest side before it, or the side holding or besieging the place ("the garrison"). None where
 * the sentence does not make it clear: a wrong side makes a false conflict.
 */
import type { Side } from './sides.ts';
import { sideOfWord } from './sides.ts';
import type { SentenceView } from './subjects.ts';
import { BESIEGERS, HOLDERS } from './defender.ts';
import { isLossMeasure } from './measures.ts';

const OBJECT_MARKERS = new Set([
  'against',
  'on',
  'upon',
  'toward',
  'towards',
  'from',
  'to',
  'with',
  'at',
  'into',
  'across',
  'through',
  'near',
]);

/**
 * The side a figure at words `[before, after)` belongs to; `noun` is its counted noun and `clauseEnd`
 * the end of its clause. See the file comment for the order of the clues.
 */
export function sideOfFigure(
  view: SentenceView,
  before: number,
  after: number,
  noun: number | null,
  measure: string,
  clauseEnd: number,
): Side | null {
  const { words, sides } = view;
  // 1. Inside the counted phrase: "Seventy-two Russian troops", "~1,500 Basmachi rebels".
  for (let i = after; noun !== null && i <= noun; i += 1) {
    const side = sideOfWord(words[i]!.lower, sides);
    if (side) return side;
  }
  // 1b. A commander right after it: "some 3,000 soldiers under Felipe Navarro".
  if (noun !== null && words[noun + 1]?.lower === 'under') {
    for (let i = noun + 2; i < Math.min(clauseEnd, noun + 6); i += 1) {
      const side = sideOfWord(words[i]!.lower, sides);
      if (side) return side;
    }
  }
  // 1c. Killed by the subject: "the Riffians took the post, killing 179 soldiers" — the dead
  // are the other side's, when there are only two.
  if (
    measure === 'killed' &&
    noun !== null &&
    before > 0 &&
    /^(killing|slaying|massacring|killed|slew|massacred)$/.test(words[before - 1]!.lower)
  ) {
    const killer = nearestSideBefore(view, before);
    const others = sides.filter((s) => s !== killer);
    return killer !== null && others.length === 1 ? others[0]! : null;
  }
  // 2. A loss names who bore it: "100 casualties on the Russian garrison".
  if (isLossMeasure(measure) && noun !== null) {
    for (let i = noun + 1; i < Math.min(clauseEnd, noun + 3); i += 1) {
      if (!/^(on|among|to|of|upon)$/.test(words[i]!.lower)) continue;
      for (let j = i + 1; j < Math.min(clauseEnd, i + 4); j += 1) {
        const side = sideOfWord(words[j]!.lower, sides);
        if (side) return side;
      }
    }
  }
  return nearestSideBefore(view, before) ?? heldBy(view, before, noun);
}

/**
 * "The garrison numbered 20,000 men", "some 400 defenders", "while the besiegers lost …": the men
 * of the side holding the place (or besieging it), when no side is named. A post's garrison
 * ("the garrison of the fort") is not the side's.
 */
function heldBy(view: SentenceView, before: number, noun: number | null): Side | null {
  const { words, clause, sides, defender } = view;
  if (defender === null) return null;
  const figureClause = clause[Math.min(before, words.length - 1)];
  // In the figure's own clause, or the sentence's subject ("The garrison, some 400 men, …").
  for (let i = noun ?? before - 1; i >= 0; i -= 1) {
    if (clause[i] !== figureClause && i > 2) continue;
    const w = words[i]!.lower;
    const holds = HOLDERS.has(w);
    if (!holds && !BESIEGERS.has(w)) continue;
    const next = words[i + 1]?.lower ?? '';
    if (/^(at|in)$/.test(next) || (next === 'of' && words[i + 2]?.lower === 'the')) return null;
    if (holds) return defender;
    const others = sides.filter((s) => s !== defender);
    return others.length === 1 ? others[0]! : null;
  }
  return null;
}

/** Words that open a clause contrasting with the one before ("while", "whereas"). */
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though']);
const DETERMINER = new Set(['the', 'their', 'his', 'its', 'her']);
/** Nouns of who reports a figure: a side's adjective before them names the source, not the counted. */
const SOURCE = new Set([
  'report',
  'reports',
  'chronicler',
  'chroniclers',
  'chronicle',
  'chronicles',
  'source',
  'sources',
  'historian',
  'historians',
  'account',
  'accounts',
  'estimate',
  'estimates',
  'records',
  'writers',
  'staff',
  'propaganda',
  'newspapers',
  'intelligence',
  'officials',
]);

/** The nearest side named before the figure: in its own clause, or as a subject before it. */
function nearestSideBefore(view: SentenceView, before: number): Side | null {
  const { words, clause, sides } = view;
  const figureClause = clause[Math.min(before, words.length - 1)];
  let clauseStart = Math.min(before, words.length - 1);
  while (clauseStart > 0 && clause[clauseStart - 1] === figureClause) clauseStart -= 1;
  // "…, while the defenders lost fewer than 200": a contrast with its own subject does not take
  // the side of the clause before.
  const ownSubject =
    CONTRAST.has(words[clauseStart]?.lower ?? '') &&
    words.slice(clauseStart + 1, before).some((w) => DETERMINER.has(w.lower));
  for (let i = before - 1; i >= 0; i -= 1) {
    const side = sideOfWord(words[i]!.lower, sides);
    if (!side) continue;
    // "Venetian chroniclers put the besieging army at 20,000": who reports is not who is counted,
    // when the counted is named apart ("Ottoman chroniclers give only 10,000 dead" is their own).
    if (
      SOURCE.has(words[i + 1]?.lower ?? '') &&
      words.slice(i + 2, before).some((w) => w.lower === 'the')
    )
      continue;
    if (clause[i] === figureClause) return side;
    if (ownSubject) return null;
    const prev = words[i - 1];
    const prev2 = words[i - 2];
    const marked =
      (prev !== undefined && OBJECT_MARKERS.has(prev.lower)) ||
      (prev !== undefined &&
        prev2 !== undefined &&
        OBJECT_MARKERS.has(prev2.lower) &&
        /^(the|a|an|his|her|their|its)$/.test(prev.lower));
    if (!marked) return side;
  }
  return null;
}
