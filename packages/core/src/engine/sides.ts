/**
 * The sides of an engagement, as the infobox's Combatant fields name them, and the words by which
 * the prose refers to each ("the Soviets", "Bolshevik", "Enver's troops"). A prose figure joins a
 * side only when the words around it point to exactly one side; a word that fits both (or none)
 * leaves the figure unplaced rather than guessed.
 */
import { stemIn } from './text.ts';

/** One combatant: its index in the infobox (Combatant1 → 1), its label and the words for it. */
export interface Side {
  readonly index: number;
  /** The Combatant field's text as written: the side part of a subject label. */
  readonly label: string;
  readonly words: ReadonlySet<string>;
}

/**
 * Families of words that refer to the same party in the Central Asian wars of 1916–1922. A
 * combatant whose text contains one of a family's words is also called by the others.
 */
const FAMILIES: readonly (readonly string[])[] = [
  [
    'soviet',
    'russian',
    'russia',
    'bolshevik',
    'bolshevist',
    'red',
    'reds',
    'sfsr',
    'rsfsr',
    'ussr',
    'tsarist',
    'cheka',
    'chekist',
  ],
  ['basmachi', 'basmach', 'basmachis', 'rebel', 'insurgent', 'kurbashi', 'guerrilla', 'mujahideen'],
  ['emirate', 'emir', 'emir’s', 'amir'],
  ['white', 'whites', 'cossack', 'ataman'],
  ['british', 'britain', 'english'],
  ['khiva', 'khivan'],
  ['afghan', 'afghanistan'],
];

/**
 * Countries and peoples of the wars of 1500–1950 and the words the prose calls them by: a
 * combatant "Kingdom of Italy" is "the Italians", "Ottoman Empire" is "the Turks". Added to a side
 * the same way as {@link FAMILIES}; a word shared by two sides still identifies neither.
 */
const DEMONYMS: readonly (readonly string[])[] = [
  ['ottoman', 'ottomans', 'turkish', 'turk', 'turks', 'turkey'],
  ['spain', 'spanish', 'spaniard'],
  ['france', 'french', 'frenchman', 'frenchmen'],
  ['england', 'english', 'englishman', 'englishmen'],
  ['austria', 'austrian', 'habsburg'],
  ['prussia', 'prussian'],
  ['poland', 'polish', 'poles'],
  ['lithuania', 'lithuanian'],
  ['sweden', 'swedish', 'swede', 'swedes'],
  ['italy', 'italian'],
  ['japan', 'japanese'],
  ['china', 'chinese', 'qing'],
  ['germany', 'german'],
  ['netherlands', 'dutch', 'holland'],
  ['portugal', 'portuguese'],
  ['greece', 'greek', 'hellenic'],
  ['denmark', 'danish', 'dane', 'danes'],
  ['hungary', 'hungarian', 'magyar'],
  ['mexico', 'mexican'],
  ['america', 'american', 'usa'],
  ['scotland', 'scottish', 'scots'],
  ['ireland', 'irish'],
  ['persia', 'persian', 'iran', 'iranian'],
  ['egypt', 'egyptian'],
  ['morocco', 'moroccan'],
  ['rif', 'riffian', 'rifian'],
  ['venice', 'venetian'],
  ['serbia', 'serbian', 'serb'],
  ['bulgaria', 'bulgarian'],
  ['romania', 'romanian'],
  ['ethiopia', 'ethiopian', 'abyssinia', 'abyssinian'],
  ['pashtun', 'pathan'],
  ['zulu', 'zulus'],
  ['finland', 'finnish', 'finn'],
  ['ukraine', 'ukrainian'],
  ['belgium', 'belgian'],
  ['saxony', 'saxon'],
  ['bavaria', 'bavarian'],
  ['brazil', 'brazilian'],
  ['paraguay', 'paraguayan'],
  ['peru', 'peruvian'],
  ['chile', 'chilean'],
  ['korea', 'korean'],
];

/** Words of a Combatant field that do not identify a side. */
const GENERIC = new Set([
  'the',
  'and',
  'of',
  'movement',
  'forces',
  'force',
  'army',
  'armies',
  'republic',
  "people's",
  'peoples',
  'socialist',
  'federative',
  'government',
  'state',
  'supported',
  'by',
  'in',
  'with',
  'allies',
  'local',
  'empire',
  'kingdom',
  'duchy',
  'grand',
  'principality',
  'electorate',
]);

/** Words of a Commander field that are titles or placeholders, not a person. */
const NOT_A_PERSON = new Set([
  'unknown',
  'commander',
  'commanderkia',
  'kia',
  'general',
  'colonel',
  'major',
  'captain',
  'soviet',
  'russian',
  'the',
  'of',
  'bey',
  'khan',
  'ibn',
  'al',
  'mirza',
]);

/**
 * Builds the sides from the Combatant fields (`combatants[i]` is Combatant{i+1}) and the names of
 * their commanders, so that "Enver Pasha's forces" points to the side Enver Pasha commanded.
 */
export function buildSides(
  combatants: ReadonlyMap<number, string>,
  commanders: ReadonlyMap<number, readonly string[]>,
): Side[] {
  const sides: Side[] = [];
  for (const [index, label] of [...combatants].sort((a, b) => a[0] - b[0])) {
    const words = new Set<string>();
    for (const raw of label.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) {
      const w = raw.replace(/’/g, "'").replace(/'s$/, '');
      if (w.length < 3 || GENERIC.has(w)) continue;
      words.add(w);
      if (w.endsWith('s')) words.add(w.slice(0, -1));
    }
    for (const family of [...FAMILIES, ...DEMONYMS]) {
      if (family.some((w) => words.has(w))) for (const w of family) words.add(w);
    }
    for (const name of commanders.get(index) ?? []) {
      for (const raw of name.split(/\s+/)) {
        const w = raw.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
        if (w.length >= 4 && /^\p{Lu}/u.test(raw) && !NOT_A_PERSON.has(w)) words.add(w);
      }
    }
    sides.push({ index, label, words });
  }
  // A word that names more than one side identifies none of them.
  for (const side of sides) {
    for (const w of side.words) {
      if (sides.some((other) => other !== side && other.words.has(w)))
        (side.words as Set<string>).delete(w);
    }
  }
  return sides;
}

/** The side a single word refers to, or null. */
export function sideOfWord(lower: string, sides: readonly Side[]): Side | null {
  let found: Side | null = null;
  for (const side of sides) {
    if (stemIn(lower, side.words) !== null) {
      if (found !== null) return null;
      found = side;
    }
  }
  return found;
}
