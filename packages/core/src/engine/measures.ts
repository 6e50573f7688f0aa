/**
 * What a figure in prose counts: the measure half of a subject label ("strength", "casualties",
 * "killed", "defected", "rifles captured"). Read from the words right after the figure (the noun
 * it counts, and the verb after that noun) and right before it ("a force of", "numbering",
 * "losses of"). A figure whose noun is unknown has no measure and stays unplaced.
 */
import type { Word } from './text.ts';
import { stemIn } from './text.ts';

/** Nouns for people under arms: a count of them is a strength unless a verb says otherwise. */
const PERSONNEL = new Set([
  'troop',
  'man',
  'men',
  'soldier',
  'fighter',
  'rebel',
  'horseman',
  'horsemen',
  'cavalry',
  'cavalryman',
  'cavalrymen',
  'infantry',
  'infantryman',
  'infantrymen',
  'sabre',
  'saber',
  'bayonet',
  'warrior',
  'militia',
  'militiaman',
  'militiamen',
  'rifleman',
  'riflemen',
  'personnel',
  'volunteer',
  'partisan',
  'defender',
  'guerrilla',
  'mujahideen',
  'strong',
  'follower',
  'recruit',
  'tribesman',
  'tribesmen',
  'basmachi',
  'red',
  'regular',
  'irregular',
  'sailor',
  'hussar',
  'dragoon',
  'cuirassier',
  'lancer',
  'uhlan',
  'janissary',
  'janissaries',
  'musketeer',
  'grenadier',
  'marine',
  'gunner',
  'artilleryman',
  'artillerymen',
  'footman',
  'foot',
  'pikeman',
  'pikemen',
  'arquebusier',
]);

/**
 * Personnel nouns that name one arm of a force: a count of them is that arm's strength
 * ("some 18,000 horsemen" are the cavalry, not the army), so it is never set against the whole.
 * "Sabres" stay the whole: a cavalry force is counted in sabres.
 */
const ARM: ReadonlyMap<string, string> = new Map([
  ['cavalry', 'cavalry'],
  ['cavalryman', 'cavalry'],
  ['cavalrymen', 'cavalry'],
  ['horseman', 'cavalry'],
  ['horsemen', 'cavalry'],
  ['hussar', 'cavalry'],
  ['dragoon', 'cavalry'],
  ['cuirassier', 'cavalry'],
  ['lancer', 'cavalry'],
  ['uhlan', 'cavalry'],
  ['rider', 'cavalry'],
  ['infantry', 'infantry'],
  ['infantryman', 'infantry'],
  ['infantrymen', 'infantry'],
  ['foot', 'infantry'],
  ['footman', 'infantry'],
  ['musketeer', 'infantry'],
  ['grenadier', 'infantry'],
  ['pikeman', 'infantry'],
  ['pikemen', 'infantry'],
  ['arquebusier', 'infantry'],
  ['janissary', 'infantry'],
  ['janissaries', 'infantry'],
  ['gunner', 'artillery'],
  ['artilleryman', 'artillery'],
  ['artillerymen', 'artillery'],
  ['sailor', 'sailors'],
  ['marine', 'marines'],
]);

/** Nouns that are themselves a measure of loss. */
const LOSS: ReadonlyMap<string, string> = new Map([
  ['casualty', 'casualties'],
  ['casualties', 'casualties'],
  ['loss', 'casualties'],
  ['losses', 'casualties'],
  ['dead', 'killed'],
  ['death', 'killed'],
  ['killed', 'killed'],
  ['fatality', 'killed'],
  ['fatalities', 'killed'],
  ['wounded', 'wounded'],
  ['injured', 'wounded'],
  ['prisoner', 'prisoners'],
  ['captive', 'prisoners'],
  ['missing', 'missing'],
  ['deserter', 'defected'],
  ['defector', 'defected'],
]);

/** Things counted as matériel: their measure is the thing and what happened to it. */
const MATERIEL = new Set([
  'rifle',
  'gun',
  'cannon',
  'cannons',
  'artillery',
  'horse',
  'camel',
  'mule',
  'cart',
  'cartridge',
  'round',
  'shell',
  'sword',
  'piece',
  'wagon',
  'armoured',
  'armored',
  'car',
  'train',
  'aircraft',
  'plane',
  'ship',
  'ironclad',
  'frigate',
  'vessel',
  'gunboat',
  'cruiser',
  'battleship',
  'destroyer',
  'galley',
  'galleon',
  'corvette',
  'sloop',
  'steamer',
  'warship',
  'submarine',
  'tank',
]);

/** Formations counted by number ("a dozen squadrons of hussars"): a count of units, not of men. */
const FORMATION = new Set([
  'squadron',
  'battalion',
  'regiment',
  'company',
  'companies',
  'division',
  'brigade',
  'corps',
  'column',
  'sotnia',
  'sotnias',
  'legion',
  'cohort',
  'troop',
  'battery',
  'batteries',
  'tabor',
  'flotilla',
  'wing',
  'band',
]);

/** Words after a counted thing that say it was lost ("2 ironclads sunk") or taken. */
const FATE_AFTER: ReadonlyMap<string, 'captured' | 'lost'> = new Map([
  ['sunk', 'lost'],
  ['sank', 'lost'],
  ['destroyed', 'lost'],
  ['scuttled', 'lost'],
  ['burnt', 'lost'],
  ['burned', 'lost'],
  ['lost', 'lost'],
  ['captured', 'captured'],
  ['taken', 'captured'],
]);

/** Verbs after a personnel noun that turn a count into a loss or a defection. */
const AFTER_VERB: ReadonlyMap<string, string> = new Map([
  ['defected', 'defected'],
  ['deserted', 'defected'],
  ['joined', 'defected'],
  ['killed', 'killed'],
  ['died', 'killed'],
  ['perished', 'killed'],
  ['fell', 'killed'],
  ['wounded', 'wounded'],
  ['captured', 'prisoners'],
  ['surrendered', 'prisoners'],
]);

/** Words right before a figure that say it is a strength or a loss ("a force of 2,000"). */
const BEFORE: ReadonlyMap<string, string> = new Map([
  ['force', 'strength'],
  ['garrison', 'strength'],
  ['army', 'strength'],
  ['strength', 'strength'],
  ['numbering', 'strength'],
  ['numbered', 'strength'],
  ['detachment', 'strength'],
  ['contingent', 'strength'],
  ['column', 'strength'],
  ['losses', 'casualties'],
  ['casualties', 'casualties'],
  ['toll', 'casualties'],
  ['lost', 'casualties'],
  // "put the Taranchi dead at 1,200": the dead named before their count.
  ['dead', 'killed'],
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
]);

const PART_OF_LOSS = new Set(['killed', 'wounded', 'missing', 'prisoners']);

const CAPTURE_VERBS = new Set([
  'captured',
  'capturing',
  'seized',
  'seizing',
  'took',
  'taking',
  'taken',
  'seize',
  'capture',
  'take',
  'carried',
]);
const LOSE_VERBS = new Set([
  'abandoned',
  'abandoning',
  'lost',
  'losing',
  'left',
  'leaving',
  'lose',
  'abandon',
  'surrendered',
  'surrendering',
]);
const DURATION = new Set(['day', 'week', 'month', 'hour', 'year', 'night']);

/** The measure of a figure, and the word that decided it (for the side search that follows). */
export interface MeasureReading {
  readonly measure: string;
  /** Index in `words` of the counted noun, when the measure came from a noun after the figure. */
  readonly nounIndex: number | null;
}

/**
 * Reads the measure of the figure at `words[first..]` (the first word after the figure) with
 * `words[..before]` before it. `clauseEnd` bounds the look-ahead at punctuation. `unit` is the
 * unit the values module read with the figure ("day" for "four days"), or ''.
 */
export function measureOf(
  words: readonly Word[],
  after: number,
  clauseEnd: number,
  before: number,
  clauseStart: number,
  unit: string,
): MeasureReading | null {
  if (unit !== '')
    return stemIn(unit.toLowerCase(), DURATION) !== null
      ? { measure: 'duration', nounIndex: null }
      : null;
  for (let i = after; i < Math.min(clauseEnd, after + 4); i += 1) {
    const lower = words[i]!.lower;
    const loss = LOSS.get(lower) ?? LOSS.get(lower.replace(/s$/, ''));
    if (loss !== undefined) {
      // "2,270 killed and wounded", "3,900 killed, wounded and missing": the losses together are
      // casualties (the list's commas do not end the figure's clause).
      const listed = lossList(words, i);
      if (listed !== null) return { measure: 'casualties', nounIndex: listed };
      return { measure: loss, nounIndex: i };
    }
    // "17,000 captured": people taken, unless a thing follows ("8 captured rifles").
    if ((lower === 'captured' || lower === 'taken') && i === after) {
      const next = i + 1 < clauseEnd ? words[i + 1]!.lower : '';
      if (next === '' || stemIn(next, MATERIEL) === null) {
        if (
          next === '' ||
          stemIn(next, PERSONNEL) !== null ||
          !/^\p{L}/u.test(next) ||
          /^(by|at|in|on|and|during|when|after)$/.test(next)
        )
          return { measure: 'prisoners', nounIndex: i };
      }
    }
    if (stemIn(lower, DURATION) !== null) return { measure: 'duration', nounIndex: i };
    // "troop" is a formation only in the singular count of cavalry troops; "troops" are men.
    if (i === after && lower !== 'troops' && stemIn(lower, FORMATION) !== null) {
      const unit = stemIn(lower, FORMATION)!;
      return {
        measure:
          unit === 'corps'
            ? 'corps'
            : /(y|ies)$/.test(unit)
              ? `${unit.replace(/(y|ies)$/, '')}ies`
              : `${unit}s`,
        nounIndex: i,
      };
    }
    const materiel = stemIn(lower, MATERIEL);
    if (materiel !== null) {
      const noun = materielName(words, i, materiel);
      const fate = fateAfter(words, i, clauseEnd) ?? fateOf(words, before);
      return fate === null
        ? { measure: noun, nounIndex: i }
        : { measure: `${noun} ${fate}`, nounIndex: i };
    }
    if (stemIn(lower, PERSONNEL) !== null) {
      for (let j = i + 1; j < Math.min(clauseEnd, i + 4); j += 1) {
        const verb = AFTER_VERB.get(words[j]!.lower);
        if (
          verb !== undefined &&
          (verb !== 'prisoners' || /^(were|was|been)$/.test(words[j - 1]!.lower))
        )
          return { measure: verb, nounIndex: i };
        if (verb === undefined && words[j]!.lower === 'went' && words[j + 1]?.lower === 'over')
          return { measure: 'defected', nounIndex: i };
      }
      const lostBefore =
        before > clauseStart && /^(lost|losing|lose)$/.test(words[before - 1]!.lower);
      if (lostBefore) return { measure: 'casualties', nounIndex: i };
      if (
        before > clauseStart &&
        /^(killing|slaying|massacring|killed|slew|massacred)$/.test(words[before - 1]!.lower)
      )
        return { measure: 'killed', nounIndex: i };
      // Regulars and irregulars are counted apart: 8,000 regulars do not contradict 27,000 irregulars.
      const kind = words
        .slice(after, i + 1)
        .find((w) => /^(regular|irregular)s?$/.test(w.lower))
        ?.lower.replace(/s$/, '');
      if (kind !== undefined) return { measure: `strength (${kind}s)`, nounIndex: i };
      const arm = ARM.get(lower) ?? ARM.get(lower.replace(/s$/, ''));
      return { measure: arm === undefined ? 'strength' : `strength (${arm})`, nounIndex: i };
    }
  }
  for (let i = before - 1; i >= Math.max(clauseStart, before - 4); i -= 1) {
    const measure = BEFORE.get(words[i]!.lower);
    if (measure !== undefined) return { measure, nounIndex: null };
  }
  return null;
}

function fateAfter(
  words: readonly Word[],
  noun: number,
  clauseEnd: number,
): 'captured' | 'lost' | null {
  for (let i = noun + 1; i < Math.min(clauseEnd, noun + 3); i += 1) {
    const fate = FATE_AFTER.get(words[i]!.lower);
    if (fate !== undefined) return fate;
  }
  return null;
}

function fateOf(words: readonly Word[], figure: number): 'captured' | 'lost' | null {
  for (let i = figure - 1; i >= Math.max(0, figure - 12); i -= 1) {
    if (CAPTURE_VERBS.has(words[i]!.lower)) return 'captured';
    if (LOSE_VERBS.has(words[i]!.lower)) return 'lost';
  }
  return null;
}

/** "machine guns", "armoured trains", "rifles": the counted thing, in the plural. */
function materielName(words: readonly Word[], i: number, stem: string): string {
  if (stem === 'gun' && words[i - 1]?.lower === 'machine') return 'machine guns';
  if ((stem === 'armoured' || stem === 'armored') && words[i + 1] !== undefined)
    return `${stem} ${plural(words[i + 1]!.lower.replace(/s$/, ''))}`;
  return plural(stem);
}

function plural(noun: string): string {
  if (noun === 'artillery' || noun === 'cannons' || noun.endsWith('s')) return noun;
  if (noun === 'cannon') return 'cannons';
  return `${noun}s`;
}

/** True when the measure is a loss of people, where "on the Russians" names the side. */
export function isLossMeasure(measure: string): boolean {
  return (
    measure === 'casualties' ||
    measure === 'killed' ||
    measure === 'wounded' ||
    measure === 'prisoners' ||
    measure === 'missing'
  );
}

/**
 * The index of the last loss word of a list of losses beginning at `i` ("killed and wounded",
 * "killed, wounded and missing"), or null when `i` does not start a list of two different kinds.
 * A comma may join another loss word, since a list of losses is one count ("2,500 killed, 4,500 wounded" is two counts: a figure follows the comma).
 */
function lossList(words: readonly Word[], i: number): number | null {
  const first = LOSS.get(words[i]!.lower);
  if (first === undefined || !PART_OF_LOSS.has(first)) return null;
  const kinds = new Set([first]);
  let last = i;
  let j = i + 1;
  while (j < words.length) {
    const w = words[j]!.lower;
    const joiner = /^(and|or)$/.test(w);
    const next = LOSS.get((joiner ? words[j + 1]?.lower : w) ?? '');
    if (next === undefined || !PART_OF_LOSS.has(next)) break;
    last = joiner ? j + 1 : j;
    kinds.add(next);
    j = last + 1;
  }
  return kinds.size > 1 ? last : null;
}
