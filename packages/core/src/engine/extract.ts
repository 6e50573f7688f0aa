/**
 * Finds every claim of an {@link Article}: the infobox field by field (its role decides what it
 * holds, see {@link fieldRole}), then the prose in reading order, sentence by sentence, with the
 * year and anchor of {@link ReadingContext} carried along and each claim placed under a subject
 * (see {@link placeFigure}, {@link placeDate}). Values are read by the values module
 * (`findValues`); this module only decides what they are about.
 */
import type { Article, InfoboxField, TextSpan } from '../article.ts';
import type { DetectedClaim } from '../claim.ts';
import type { DateInterval, DateValue } from '../values.ts';
import { findValues } from '../values/index.ts';
import type { ValueMatch } from '../values/types.ts';
import { humanInterval, ReadingContext, yearOf } from './context.ts';
import { commanderNames, fieldRole } from './infobox.ts';
import type { FieldRole } from './infobox.ts';
import { measureOf } from './measures.ts';
import { buildSides } from './sides.ts';
import type { Side } from './sides.ts';
import { mayHoldScale, proseScales } from './prose-scales.ts';
import { defenderOf } from './defender.ts';
import { eventFacts, placeDate, placeFigure, placeLoss, viewSentence } from './subjects.ts';
import type { EventFacts } from './subjects.ts';
import { sentencesOf, wordsOf } from './text.ts';

/**
 * A detected claim with where it stands in the article, for reasons a reader understands
 * ("the infobox (Strength2)", "the Aftermath"). Not part of the JSON contract.
 */
export interface LocatedClaim extends DetectedClaim {
  readonly where: string;
}

/** Sections whose text is apparatus, not narrative: their years are publication dates. */
const SKIP_SECTIONS = new Set([
  'see also',
  'references',
  'notes',
  'further reading',
  'external links',
  'bibliography',
  'sources',
  'citations',
  'footnotes',
]);

/**
 * Every date, quantity, scale, name, place and outcome claim of the article, in text order, with
 * offsets into `article.text` and its subject label (null when it cannot be placed).
 */
export function extractClaims(article: Article): DetectedClaim[] {
  return locateClaims(article).map(({ where: _where, ...claim }) => claim);
}

/** {@link extractClaims} with each claim's place in the article kept (see {@link LocatedClaim}). */
export function locateClaims(article: Article): LocatedClaim[] {
  const { fields, roles, sides, event } = readInfobox(article);
  const defender = defenderOf(article.text, sides);
  const context = new ReadingContext(baseYear(article, fields, roles));
  const claims: LocatedClaim[] = [];

  let eventSpan: DateInterval | null = null;
  fields.forEach((f, i) => {
    const found = readField(f.key.text, f.value, roles[i]!, sides, context);
    for (const c of found) {
      claims.push(c);
      if (c.field === f.key.text && roles[i]!.role === 'date' && c.value?.type === 'date')
        eventSpan = widen(eventSpan, c.value);
    }
  });

  let where = 'the lead';
  let skipping = false;
  for (const block of article.blocks) {
    switch (block.type) {
      case 'heading':
        skipping = SKIP_SECTIONS.has(block.text.text.trim().toLowerCase());
        where =
          block.text.text.length <= 24
            ? `the ${block.text.text.trim().replace(/^the\s+/i, '')}`
            : `the section “${block.text.text.trim()}”`;
        break;
      case 'paragraph':
      case 'caption':
        if (!skipping)
          readProse(
            article.text,
            block.text,
            block.type === 'caption' ? 'the caption' : where,
            { sides, event, context, eventSpan, defender },
            claims,
          );
        break;
      case 'list':
        if (!skipping)
          for (const item of block.items)
            readProse(
              article.text,
              item,
              where,
              { sides, event, context, eventSpan, defender },
              claims,
            );
        break;
      default:
        break;
    }
  }
  return claims;
}

/**
 * What the engine reads from an article's infobox before its prose: the fields with their roles,
 * the sides (Combatant and Commander fields, through {@link buildSides}) and the event (the title
 * and the first Place). The comparison takes sides and event from here too, so a side is known by
 * the same words the engine placed the figures with.
 */
export interface InfoboxReading {
  readonly fields: readonly InfoboxField<TextSpan>[];
  readonly roles: readonly FieldRole[];
  readonly sides: Side[];
  readonly event: EventFacts;
}

/** Reads an article's infobox (all its infobox blocks, in order); see {@link InfoboxReading}. */
export function readInfobox(article: Article): InfoboxReading {
  const fields = article.blocks.flatMap((b) => (b.type === 'infobox' ? b.fields : []));
  const roles = fields.map((f) => fieldRole(f.key.text));
  const combatants = new Map<number, string>();
  const commanders = new Map<number, string[]>();
  let place: string | null = null;
  fields.forEach((f, i) => {
    const role = roles[i]!;
    if (role.role === 'combatant') combatants.set(role.side, f.value.text.trim());
    if (role.role === 'commander') {
      const names = commanderNames(f.value.text).map((n) => n.name);
      commanders.set(role.side, [...(commanders.get(role.side) ?? []), ...names]);
    }
    if (role.role === 'place' && place === null) place = f.value.text;
  });
  return {
    fields,
    roles,
    sides: buildSides(combatants, commanders),
    event: eventFacts(article.title.text, place),
  };
}

/** The year of the title ("Siege of Dushanbe (1922)") or else of the Conflict field. */
function baseYear(
  article: Article,
  fields: readonly { key: TextSpan; value: TextSpan }[],
  roles: readonly FieldRole[],
): number | undefined {
  const candidates = [
    article.title.text,
    ...fields.filter((_, i) => roles[i]!.role === 'name-of-war').map((f) => f.value.text),
  ];
  for (const text of candidates) {
    for (const m of findValues(text, {})) {
      if (m.kind !== 'date' || m.value?.type !== 'date') continue;
      const first = yearOf(m.value.earliest);
      if (first !== null && first === yearOf(m.value.latest)) return first;
    }
  }
  return undefined;
}

function widen(span: DateInterval | null, value: DateValue): DateInterval {
  if (span === null) return { earliest: value.earliest, latest: value.latest };
  const min = (a: string | null, b: string | null): string | null =>
    a === null || b === null ? null : a < b ? a : b;
  const max = (a: string | null, b: string | null): string | null =>
    a === null || b === null ? null : a > b ? a : b;
  return { earliest: min(span.earliest, value.earliest), latest: max(span.latest, value.latest) };
}

function readField(
  key: string,
  value: TextSpan,
  role: FieldRole,
  sides: readonly Side[],
  context: ReadingContext,
): LocatedClaim[] {
  const where = `the infobox (${key})`;
  const base = { field: key, where };
  const text = value.text;
  switch (role.role) {
    case 'combatant':
    case 'name-of-war':
      return [];
    case 'place':
    case 'outcome': {
      const trimmed = text.trim();
      if (trimmed === '') return [];
      const start = value.start + text.indexOf(trimmed);
      return [
        {
          kind: role.role,
          text: trimmed,
          start,
          end: start + trimmed.length,
          ...base,
          subject: role.role === 'place' ? 'place' : role.subject,
          value: { type: 'text', text: trimmed },
        },
      ];
    }
    case 'commander': {
      const side = sides.find((s) => s.index === role.side);
      return commanderNames(text).map((n) => ({
        kind: 'name' as const,
        text: text.slice(n.start, n.end),
        start: value.start + n.start,
        end: value.start + n.end,
        ...base,
        subject: side ? `commander · ${side.label}` : null,
        value:
          n.note === undefined
            ? { type: 'name' as const, name: n.name }
            : { type: 'name' as const, name: n.name, note: n.note },
      }));
    }
    default:
      break;
  }
  const matches = findValues(text, context.current(), { scales: role.role === 'casualties' });
  const words = wordsOf(text, 0, text.length);
  const out: LocatedClaim[] = [];
  const measures = matches.map((m) =>
    m.kind === 'quantity' ? fieldMeasure(words, m, text) : null,
  );
  // One force in a Strength field is the side's strength, whatever its arm ("2,500 cavalry");
  // several ("28,000 infantry, 5,000 cavalry") are counted apart.
  const forces = measures.filter((x) => x === null || x.startsWith('strength')).length;
  matches.forEach((m, i) => {
    let subject: string | null = null;
    if (role.role === 'date' && m.kind === 'date') subject = 'date';
    if ((role.role === 'strength' || role.role === 'casualties') && m.kind !== 'date') {
      const side = sides.find((s) => s.index === role.side);
      const read = measures[i] ?? null;
      const measure =
        read !== null &&
        forces === 1 &&
        /^strength \((cavalry|infantry|artillery|sailors|marines)\)$/.test(read)
          ? 'strength'
          : read;
      const label =
        measure === null || measure === 'strength' || measure === 'casualties'
          ? role.role
          : measure;
      subject = side ? `${label} · ${side.label}` : null;
    }
    if (m.kind === 'date' && m.value?.type === 'date') context.see(m.value);
    out.push({
      kind: m.kind,
      text: m.text,
      start: value.start + m.start,
      end: value.start + m.end,
      ...base,
      subject,
      value: m.value,
    });
  });
  return out;
}

/** The measure a noun gives a figure inside a Strength/Casualties field ("300 killed"). */
function fieldMeasure(
  words: ReturnType<typeof wordsOf>,
  m: ValueMatch,
  text: string,
): string | null {
  let after = 0;
  while (after < words.length && words[after]!.start < m.end) after += 1;
  let before = 0;
  while (before < words.length && words[before]!.start < m.start) before += 1;
  let clauseEnd = after;
  while (
    clauseEnd < words.length &&
    !/[,;(]/.test(text.slice(words[clauseEnd - 1]?.end ?? m.end, words[clauseEnd]!.start))
  )
    clauseEnd += 1;
  return measureOf(words, after, clauseEnd, before, 0, m.unit ?? '')?.measure ?? null;
}

interface ProseSetting {
  readonly sides: readonly Side[];
  readonly event: EventFacts;
  readonly context: ReadingContext;
  readonly eventSpan: DateInterval | null;
  readonly defender: Side | null;
}

function readProse(
  source: string,
  span: TextSpan,
  where: string,
  setting: ProseSetting,
  out: LocatedClaim[],
): void {
  const { sides, event, context, eventSpan, defender } = setting;
  let time: DateValue | null = null;
  for (const s of sentencesOf(source, span.start, span.end)) {
    const text = source.slice(s.start, s.end);
    const matches = findValues(text, context.current());
    if (matches.length === 0 && !mayHoldScale(text)) continue;
    const view = viewSentence(source, wordsOf(source, s.start, s.end), sides, event, defender);
    const stated = matches.find(
      (m) => m.kind === 'date' && m.value?.type === 'date' && m.value.precision !== 'decade',
    );
    if (stated?.value?.type === 'date') time = stated.value;
    // A sentence about the engagement as a whole ("during the siege"), or naming its own time ("In
    // all", "during the fighting"), is not about the last day named.
    const aboutWhole =
      stated === undefined &&
      (view.words.some((w) => event.nouns.has(w.lower)) || OWN_TIME.test(text));
    const any = time === null || aboutWhole ? null : qualifierOf(time, eventSpan);
    // A force is dated only by a day named in its own sentence: the day a paragraph began with
    // ("The blockade began on 21 October. … counted 15,000 soldiers") is not the day it was counted.
    const qualifier = {
      any,
      day: any !== null && stated !== undefined && time?.precision === 'day' ? any : null,
    };
    const found: LocatedClaim[] = [];
    for (const m of matches) {
      const start = s.start + m.start;
      const end = s.start + m.end;
      let subject: string | null = null;
      if (m.kind === 'date') {
        subject = placeDate(view, source, start);
        // "12 September 1683 (20 Ramazan 1094)": the same day in another calendar, in brackets.
        const prev = found[found.length - 1];
        if (
          subject === null &&
          prev?.kind === 'date' &&
          prev.subject !== null &&
          /^\s*[([]\s*$/.test(source.slice(prev.end, start))
        )
          subject = prev.subject;
        if (m.value?.type === 'date') context.see(m.value);
      } else if (m.kind === 'quantity') {
        subject = placeFigure(view, start, end, m.unit ?? '', qualifier);
      }
      found.push({ kind: m.kind, text: m.text, start, end, subject, value: m.value, where });
    }
    for (const l of proseScales(text)) {
      const start = s.start + l.start;
      const end = s.start + l.end;
      found.push({
        kind: 'scale',
        text: l.text,
        start,
        end,
        subject: placeLoss(view, start, end, qualifier),
        value: { type: 'scale', level: l.level },
        where,
      });
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  }
}

/**
 * Words by which a sentence names its own time, so that the date of the sentence before does not
 * date it: totals ("In all", "altogether") and a named phase ("during the rout", "throughout").
 */
const OWN_TIME =
  /\b(?:in all|in total|all told|altogether|overall|throughout|during the (?!\d)\p{L}+)\b/iu;

/**
 * The part of the engagement a sentence's date picks out, or null when the date covers the
 * whole engagement (the infobox Date), so that a figure of one day is not a figure of the siege.
 * Without an infobox Date, only a single day qualifies.
 */
function qualifierOf(time: DateValue, eventSpan: DateInterval | null): string | null {
  if (time.earliest === null && time.latest !== null && time.precision !== 'day')
    return `by ${humanInterval({ earliest: time.latest.slice(0, 8) + '01', latest: time.latest }).replace(/^1–\d+ /, '')}`;
  const earliest = time.earliest ?? time.latest;
  const latest = time.latest ?? time.earliest;
  if (earliest === null || latest === null) return null;
  if (eventSpan === null)
    return time.precision === 'day' && earliest === latest
      ? humanInterval({ earliest, latest })
      : null;
  const covers =
    (eventSpan.earliest === null || earliest <= eventSpan.earliest) &&
    (eventSpan.latest === null || latest >= eventSpan.latest);
  if (covers) return null;
  if (time.precision === 'year') return earliest.slice(0, 4);
  return humanInterval({ earliest, latest });
}
