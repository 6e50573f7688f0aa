/**
 * Subjects across accounts: claims of different accounts that speak of the same thing share a
 * subject. Each account's claims already carry the claims engine's subject labels; two labels are
 * one cross-account subject when they have the same measure, name the same party (sides matched
 * through their words, {@link matchSides}) and the same event or moment. So "strength · Russian
 * SFSR, Soviet Bukhara" in one account and "strength · Soviet garrison" in another are one row,
 * and Strength2 of one infobox meets Strength1 of another if that is where the same party stands.
 *
 * The user can join or split subjects. That choice is a pure input, {@link SubjectOverrides},
 * which the store persists; applying it to the same accounts always gives the same subjects.
 */
import type { Side } from '../engine/sides.ts';
import { sideOfWord } from '../engine/sides.ts';
import { wordsOf } from '../engine/text.ts';
import type { ComparedClaim, ComparedAccount } from './account.ts';
import { sidesOfAccount } from './account.ts';
import type { ClaimPlace } from './moment.ts';
import { placeClaims } from './moment.ts';
import { placeDatesAgainst, sharedEvent } from './shared-event.ts';
import { matchSides } from './side-match.ts';
import { subjectKey, subjectParts } from './subject-key.ts';
import type { WinnerOf } from './pair-verdict.ts';

/**
 * The user's corrections to the matching, by row label: `join` makes one subject of two
 * (the first label names it), `split` gives each account its own row for a subject the matching
 * joined (each row is labelled with the account's own label and its key: "strength · Soviet
 * garrison [b]"). Splits apply before joins, so a split row can be joined again. Labels that
 * match no subject are ignored: overrides outlive the texts they were made for.
 */
export interface SubjectOverrides {
  readonly join?: readonly (readonly [string, string])[];
  readonly split?: readonly string[];
}

/** One subject across accounts: its row label, and per account key the claims and own labels. */
export interface CrossSubject {
  readonly label: string;
  readonly measure: string;
  /** Claims of each account (by account key), in the account's text order. */
  readonly claims: Readonly<Record<string, readonly ComparedClaim[]>>;
  /** Each account's own subject labels for these claims (by account key). */
  readonly labels: Readonly<Record<string, readonly string[]>>;
  /** How each account names the side this subject is about, when it is about one. */
  readonly sides: Readonly<Record<string, string>>;
}

/** Subjects across accounts, and what was learnt on the way that a comparison needs. */
export interface Alignment {
  readonly subjects: readonly CrossSubject[];
  /** Where each claim (by id) stands: infobox field or prose moment. */
  readonly places: ReadonlyMap<string, ClaimPlace>;
  /** Who a result gives the victory to, as a party common to the accounts. */
  readonly winnerOf: WinnerOf;
  /** Claims the engine could not place under a subject, by account key. */
  readonly unplaced: Readonly<Record<string, readonly ComparedClaim[]>>;
}

const DATE_LIKE =
  /\d|\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b/i;

interface Entry {
  key: string;
  label: string;
  measure: string;
  claims: Map<string, ComparedClaim[]>;
  labels: Map<string, string[]>;
  sides: Map<string, string>;
}

/**
 * Aligns the subjects of several accounts. The first account is the reference: the other
 * accounts' sides are matched to its sides; a side matched to none keeps a party of its own.
 * Dates the engine left unplaced are read again against the event the accounts share
 * ({@link placeDatesAgainst}); the rows then hold those claims with the subject so found.
 * Pure: the same accounts and overrides always give the same subjects, in the order of the first
 * account that speaks of each.
 */
export function alignSubjects(
  accounts: readonly ComparedAccount[],
  overrides: SubjectOverrides = {},
): Alignment {
  const sides = new Map<string, Side[]>(accounts.map((a) => [a.key, sidesOfAccount(a.article)]));
  const party = new Map<string, Map<Side, string>>();
  const reference = accounts[0];
  for (const account of accounts) {
    const own = sides.get(account.key)!;
    const ids = new Map<Side, string>(own.map((s) => [s, `${account.key}#${s.index}`]));
    if (reference && account !== reference) {
      for (const m of matchSides(sides.get(reference.key)!, own))
        ids.set(m.b, `${reference.key}#${m.a.index}`);
    }
    party.set(account.key, ids);
  }

  const event = sharedEvent(accounts);
  const places = new Map<string, ClaimPlace>();
  const entries = new Map<string, Entry>();
  const unplaced: Record<string, ComparedClaim[]> = {};
  for (const account of accounts) {
    const own = sides.get(account.key)!;
    const claims = accounts.length > 1 ? placeDatesAgainst(account, event) : account.claims;
    const accountPlaces = placeClaims(account.article, claims);
    unplaced[account.key] = [];
    for (const claim of claims) {
      const place = accountPlaces.get(claim.id)!;
      places.set(claim.id, place);
      if (claim.subject === null) {
        unplaced[account.key]!.push(claim);
        continue;
      }
      const parts = subjectParts(claim.subject, own);
      const moment = place.where === 'prose' ? place.moment : null;
      const events = parts.events.map((e) =>
        moment !== null && DATE_LIKE.test(e) ? `#${moment}` : e,
      );
      const key = subjectKey(
        { ...parts, events },
        parts.side ? party.get(account.key)!.get(parts.side)! : null,
      );
      let entry = entries.get(key);
      if (!entry) {
        entry = {
          key,
          label: claim.subject,
          measure: parts.measure,
          claims: new Map(),
          labels: new Map(),
          sides: new Map(),
        };
        entries.set(key, entry);
      }
      push(entry.claims, account.key, claim);
      const labels = entry.labels.get(account.key) ?? [];
      if (!labels.includes(claim.subject)) labels.push(claim.subject);
      entry.labels.set(account.key, labels);
      if (parts.side) entry.sides.set(account.key, parts.side.label);
    }
  }

  const winnerOf: WinnerOf = (key, text) => {
    if (!sides.has(key) || !/\b(victory|victorious|won|wins|triumph)\b/i.test(text)) return null;
    const found = new Set<string>();
    for (const w of wordsOf(text, 0, text.length)) {
      const side = sideOfWord(w.lower, sides.get(key)!);
      if (side) found.add(party.get(key)!.get(side)!);
    }
    return found.size === 1 ? [...found][0]! : null;
  };

  const keys = accounts.map((a) => a.key);
  const subjects = applyOverrides([...entries.values()], overrides, keys);
  return { subjects, places, winnerOf, unplaced };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toSubject(e: Entry): CrossSubject {
  return {
    label: e.label,
    measure: e.measure,
    claims: Object.fromEntries(e.claims),
    labels: Object.fromEntries(e.labels),
    sides: Object.fromEntries(e.sides),
  };
}

function applyOverrides(
  entries: Entry[],
  overrides: SubjectOverrides,
  keys: readonly string[],
): CrossSubject[] {
  let rows = entries.map(toSubject);
  const splits = new Set(overrides.split ?? []);
  rows = rows.flatMap((row) => {
    if (!splits.has(row.label) || Object.keys(row.claims).length < 2) return [row];
    return keys
      .filter((k) => row.claims[k] !== undefined)
      .map((k): CrossSubject => ({
        label: `${row.labels[k]?.[0] ?? row.label} [${k}]`,
        measure: row.measure,
        claims: { [k]: row.claims[k]! },
        labels: { [k]: row.labels[k] ?? [] },
        sides: row.sides[k] === undefined ? {} : { [k]: row.sides[k] },
      }));
  });
  for (const [first, second] of overrides.join ?? []) {
    const find = (label: string): number =>
      rows.findIndex(
        (r) => r.label === label || Object.values(r.labels).some((ls) => ls.includes(label)),
      );
    const i = find(first);
    const j = find(second);
    if (i < 0 || j < 0 || i === j) continue;
    rows[i] = mergeSubjects(rows[i]!, rows[j]!, keys);
    rows.splice(j, 1);
  }
  return rows;
}

function mergeSubjects(a: CrossSubject, b: CrossSubject, keys: readonly string[]): CrossSubject {
  const claims: Record<string, ComparedClaim[]> = {};
  const labels: Record<string, string[]> = {};
  const sides: Record<string, string> = {};
  for (const k of keys) {
    const cs = [...(a.claims[k] ?? []), ...(b.claims[k] ?? [])].sort((x, y) => x.start - y.start);
    if (cs.length > 0) claims[k] = cs;
    const ls = [...new Set([...(a.labels[k] ?? []), ...(b.labels[k] ?? [])])];
    if (ls.length > 0) labels[k] = ls;
    const side = a.sides[k] ?? b.sides[k];
    if (side !== undefined) sides[k] = side;
  }
  return { label: a.label, measure: a.measure, claims, labels, sides };
}
