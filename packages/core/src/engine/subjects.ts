/**
 * Places a prose claim under a subject, sentence by sentence. A figure needs a measure (what it
 * counts, see {@link measureOf}) and a side (who it belongs to, see {@link Side}); when the
 * sentence is about a time that is only part of the engagement ("On 7 February, the Soviets
 * suffered over 100 casualties"), the subject is qualified by that time, so that a one-day figure
 * is never set against the infobox's total. A date is placed only when a verb of the engagement
 * governs it ("the siege began on …"). Anything else stays unplaced: a wrong subject makes a
 * false conflict, an unplaced claim only a missed one.
 */
import type { Side } from './sides.ts';
import { sideOfWord } from './sides.ts';
import { sideOfFigure } from './figure-side.ts';
import type { Word } from './text.ts';
import { isLossMeasure, measureOf } from './measures.ts';
import type { MeasureReading } from './measures.ts';

/** What the title says the article is about: "Siege of Dushanbe" → noun "siege", place "dushanbe". */
export interface EventFacts {
  /** The kind of engagement and the verbs that name it ("siege", "besieged"). */
  readonly nouns: ReadonlySet<string>;
  /** Words of the place: the title's words after "of"/"at", and the infobox Place's first part. */
  readonly places: ReadonlySet<string>;
}

const EVENT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  siege: ['siege', 'besieged', 'besieging', 'besiege', 'blockade'],
  battle: ['battle', 'fought', 'fighting'],
  capture: ['capture', 'captured'],
  storming: ['storming', 'stormed', 'assault'],
  fall: ['fall', 'fell'],
  assault: ['assault', 'assaulted', 'storming', 'stormed'],
  defence: ['defence', 'defense', 'defended'],
  action: ['action', 'engagement'],
  raid: ['raid', 'raided'],
  operation: ['operation', 'offensive'],
  offensive: ['offensive', 'operation'],
  uprising: ['uprising', 'revolt', 'rebellion', 'rose'],
  revolt: ['revolt', 'uprising', 'rebellion'],
  massacre: ['massacre', 'massacred'],
};

/** Reads the {@link EventFacts} of an article from its title and its infobox Place. */
export function eventFacts(title: string, place: string | null): EventFacts {
  const words = title.split(/\s+/);
  const nouns = new Set<string>();
  const places = new Set<string>();
  let afterOf = false;
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/[^\p{L}'-]/gu, '');
    for (const n of EVENT_NOUNS[w] ?? []) nouns.add(n);
    if (afterOf && /^\p{Lu}/u.test(raw)) places.add(w);
    if (w === 'of' || w === 'at' || w === 'for' || w === 'on') afterOf = true;
  }
  const head = place?.split(',')[0] ?? '';
  for (const raw of head.split(/\s+/))
    if (/^\p{Lu}/u.test(raw)) places.add(raw.toLowerCase().replace(/[^\p{L}'-]/gu, ''));
  return { nouns, places };
}

/**
 * The part of the engagement a sentence is about: `any` for a day or a period that does not cover
 * the whole engagement, `day` only when that part is a single day (see {@link placeFigure}).
 */
export interface TimeQualifier {
  readonly any: string | null;
  readonly day: string | null;
}

/** A sentence being read: its words, where its clauses break, the sides and the event. */
export interface SentenceView {
  readonly words: readonly Word[];
  /** `clause[i]` numbers the clause word i belongs to. */
  readonly clause: readonly number[];
  readonly sides: readonly Side[];
  readonly event: EventFacts;
  /** The side that holds the place, if the article makes it clear (see {@link defenderOf}). */
  readonly defender: Side | null;
}

const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'against', 'although', 'though']);

/** Builds a {@link SentenceView}: clauses break at , ; : ( ) dashes and at "while", "but", "against". */
export function viewSentence(
  text: string,
  words: readonly Word[],
  sides: readonly Side[],
  event: EventFacts,
  defender: Side | null = null,
): SentenceView {
  const clause: number[] = [];
  let id = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (
      i > 0 &&
      (/[,;:()—]|\s[–-]\s/.test(text.slice(words[i - 1]!.end, w.start)) ||
        CLAUSE_WORDS.has(w.lower))
    )
      id += 1;
    clause.push(id);
  }
  return { words, clause, sides, event, defender };
}

/** Verbs of getting away: the men a leader escapes with are what is left, not his side's strength. */
const ESCAPE = new Set(['escaped', 'fled', 'retreated', 'withdrew', 'broke', 'slipped', 'away']);

/** Index of the first word starting at or after `offset`. */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The subject of a figure at `[start, end)` in the sentence, or null when its measure or side is
 * not clear. `qualifier` is the part of the engagement the sentence is about, if any.
 */
export function placeFigure(
  view: SentenceView,
  start: number,
  end: number,
  unit: string,
  time: TimeQualifier,
): string | null {
  const { words, clause, event } = view;
  const after = wordAt(words, end);
  const before = wordAt(words, start);
  const figureClause = clause[Math.min(before, words.length - 1)] ?? 0;
  let clauseEnd = after;
  while (clauseEnd < words.length && clause[clauseEnd] === clause[after]) clauseEnd += 1;
  let clauseStart = before;
  while (clauseStart > 0 && clause[clauseStart - 1] === figureClause) clauseStart -= 1;
  if (describesPlace(words, clause, clauseStart)) return null;
  const reading =
    measureOf(words, after, clauseEnd, before, clauseStart, unit) ??
    peopleOfSide(view, after, unit);
  if (reading === null) return null;
  // "escaped with a few hundred horsemen": who got away with a leader is a remnant, not a strength.
  if (
    reading.measure.startsWith('strength') &&
    words[before - 1]?.lower === 'with' &&
    ESCAPE.has(words[before - 2]?.lower ?? '')
  )
    return null;
  // A force is counted for the engagement unless a single day is named (a patrol, one day's column);
  // losses, defections and captures belong to whatever part of the engagement the sentence names.
  const standing =
    !/ (captured|lost)$/.test(reading.measure) &&
    !isLossMeasure(reading.measure) &&
    reading.measure !== 'defected';
  const qualifier = reading.measure.startsWith('strength') || standing ? time.day : time.any;
  const tail = qualifier === null ? '' : ` · ${qualifier}`;
  if (reading.measure === 'duration') {
    // The engagement's own word must stand in the figure's clause: "the battle was fought …,
    // after the army had besieged the city for two months" gives the siege's length, not the battle's.
    const inClause = words.some((w, i) => clause[i] === figureClause && event.nouns.has(w.lower));
    return inClause && time.any === null ? 'duration' : null;
  }
  const side = sideOfFigure(view, before, after, reading.nounIndex, reading.measure, clauseEnd);
  return side === null ? null : `${reading.measure} · ${side.label}${tail}`;
}

/**
 * The subject of a scale of losses in prose ("inflicted heavy losses on the Russians"): the
 * casualties of the side that bore them, dated like any loss by the part of the engagement the
 * sentence is about; null when the side is not clear.
 */
export function placeLoss(
  view: SentenceView,
  start: number,
  end: number,
  time: TimeQualifier,
): string | null {
  const { words, clause } = view;
  const noun = wordAt(words, end) - 1;
  const before = wordAt(words, start);
  let clauseEnd = noun + 1;
  while (clauseEnd < words.length && clause[clauseEnd] === clause[noun]) clauseEnd += 1;
  const side = sideOfFigure(view, before, noun, noun, 'casualties', clauseEnd);
  return side === null
    ? null
    : `casualties · ${side.label}${time.any === null ? '' : ` · ${time.any}`}`;
}

/** Nouns of a place a force holds: a figure in a clause describing one is that post's garrison. */
const POST = new Set([
  'camp',
  'post',
  'outpost',
  'fort',
  'redoubt',
  'blockhouse',
  'position',
  'village',
  'town',
  'citadel',
  'station',
  'bridgehead',
]);

/**
 * "the camp at Annual, which held some 5,000 Spanish troops": a relative clause about a post
 * counts the post's garrison, not the side's strength, so the figure is left unplaced.
 */
function describesPlace(
  words: readonly Word[],
  clause: readonly number[],
  clauseStart: number,
): boolean {
  const first = words[clauseStart];
  if (first === undefined || !/^(which|where|whose)$/.test(first.lower)) return false;
  for (let i = clauseStart - 1; i >= Math.max(0, clauseStart - 4); i -= 1) {
    if (POST.has(words[i]!.lower)) return true;
    if (clause[i] !== clause[clauseStart - 1]) break;
  }
  return false;
}

/** "about 3,000 Riffians": a count of a side's people named by the side's own word is a strength. */
function peopleOfSide(view: SentenceView, after: number, unit: string): MeasureReading | null {
  const word = view.words[after];
  // Only a plural names people ("3,000 Riffians"); "five Russian columns" counts columns.
  if (
    unit !== '' ||
    word === undefined ||
    !/s$/.test(word.lower) ||
    sideOfWord(word.lower, view.sides) === null
  )
    return null;
  return { measure: 'strength', nounIndex: after };
}

const BEGIN = new Set([
  'began',
  'begun',
  'begins',
  'started',
  'commenced',
  'opened',
  'launched',
  'besieged',
  'encircled',
  'surrounded',
  'invested',
  'laid',
]);
const END = new Set([
  'ended',
  'fell',
  'captured',
  'taken',
  'surrendered',
  'lifted',
  'stormed',
  'relieved',
  'broken',
  'abandoned',
]);
const WHOLE = ['took place', 'occurred', 'was fought', 'fought', 'happened', 'took part'];
/** Words between a verb and its date that say only the time of day ("on the night of"). */
const FILLER = new Set([
  'the',
  'on',
  'in',
  'at',
  'of',
  'night',
  'morning',
  'evening',
  'afternoon',
  'dawn',
  'dusk',
  'noon',
  'midnight',
  'early',
  'late',
]);
const TOWN = new Set([
  'town',
  'city',
  'fortress',
  'citadel',
  'fort',
  'garrison',
  'village',
  'stronghold',
]);

/**
 * The subject of a date: `date` when the sentence says when the engagement took place,
 * `date · begins` / `date · ends` for its start or end ("the town was besieged on …", "by 14
 * February the town was captured"), otherwise null. The verb must govern the date: the date comes
 * first in the sentence, or within four words after the verb with no clause between.
 */
export function placeDate(view: SentenceView, text: string, start: number): string | null {
  const { words, clause, event } = view;
  const at = wordAt(words, start);
  // "By the morning of the 18th": words of the time of day do not push a date from the front.
  const leading =
    at <= 1
      ? at === 0 || /^(on|in|by|from|between|during|until|after|before)$/.test(words[0]!.lower)
      : words
          .slice(0, at)
          .every((w, i) =>
            i === 0 ? /^(on|in|by|during|until|before)$/.test(w.lower) : FILLER.has(w.lower),
          );
  const mentionsEvent = words.some((w) => event.nouns.has(w.lower));
  // "the citadel" is the event's place; "Fort Hafiz Pasha", a proper name, is one fort of it.
  const mentionsPlace = words.some(
    (w) =>
      event.places.has(w.lower.replace(/'s$/, '')) ||
      (TOWN.has(w.lower) && !/^\p{Lu}/u.test(text.charAt(w.start))),
  );
  const governs = (verbIndex: number): boolean => {
    if (leading) return true;
    if (at <= verbIndex) return false;
    let distance = 0;
    for (let i = verbIndex + 1; i < at; i += 1) if (!FILLER.has(words[i]!.lower)) distance += 1;
    if (distance > 3) return false;
    for (let i = verbIndex + 1; i <= at && i < words.length; i += 1) {
      if (clause[i] !== clause[verbIndex] || /^(that|which|who|whose)$/.test(words[i]!.lower))
        return false;
    }
    return true;
  };
  const sentence = text
    .slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0)
    .toLowerCase();
  for (const phrase of WHOLE) {
    const i = sentence.indexOf(phrase);
    if (i >= 0 && mentionsEvent) {
      const verb = wordAt(words, (words[0]?.start ?? 0) + i + phrase.length - 1) - 1;
      if (governs(Math.max(0, verb))) return 'date';
    }
  }
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!.lower;
    if (BEGIN.has(w) && (mentionsEvent || event.nouns.has(w)) && governs(i)) return 'date · begins';
    if (END.has(w) && mentionsPlace && governs(i)) return 'date · ends';
  }
  return null;
}
