/**
 * Compares one claim of one account with one claim of another: whether both can be true, and a
 * sentence that says why in the accounts' own words. Figures and dates go through the interval
 * algebra ({@link quantitiesCompatible}, {@link datesCompatible}); scales by level; commanders by
 * surname; results by who won. Pairs that cannot be judged (a scale against a figure, a place
 * against a place worded differently, a commander given as "unknown") give null: no verdict is
 * better than a false conflict.
 */
import type { ClaimValue, NameValue, TextValue } from '../values.ts';
import type { ComparedClaim } from './account.ts';
import { datesCompatible, quantitiesCompatible, scalesCompatible } from './compatible.ts';
import type { Compatibility } from './compatible.ts';

/** A claim together with its account's key and the name reasons use for that account. */
export interface NamedClaim {
  readonly claim: ComparedClaim;
  readonly account: string;
  readonly name: string;
}

/** Finds the party a result's words (of the account with this key) give the victory to, or null. */
export type WinnerOf = (account: string, text: string) => string | null;

/** The verdict on one pair of claims of two accounts. */
export interface PairVerdict {
  readonly a: NamedClaim;
  readonly b: NamedClaim;
  readonly compatible: boolean;
  readonly reason: string;
}

const NOT_A_NAME = /\b(unknown|unnamed|anonymous|unidentified|not known)\b/i;

/** The surname-ish key of a person: the last word of the name, lower-cased, letters only. */
function surname(v: NameValue): string | null {
  if (NOT_A_NAME.test(v.name)) return null;
  const words = v.name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 1);
  return words.length === 0 ? null : words.join(' ');
}

/** True when two spellings of a name are one person: a shared word, or words within two edits. */
function sameName(a: string, b: string): boolean {
  const aw = a.split(' ');
  const bw = b.split(' ');
  return aw.some(
    (x) =>
      x.length > 2 &&
      bw.some(
        (y) =>
          y.length > 2 && (x === y || (x.length > 4 && y.length > 4 && editDistance(x, y) <= 2)),
      ),
  );
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      cur.push(
        Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Whether a name claim names a person at all ("Unknown Soviet commander" does not). */
export function namesAPerson(value: ClaimValue | null): boolean {
  return value?.type === 'name' && surname(value) !== null;
}

const DRAW = /\b(inconclusive|indecisive|stalemate|draw|status quo)\b/i;

function outcomeOf(
  text: TextValue,
  account: string,
  winnerOf: WinnerOf,
): { winner: string | null; draw: boolean } {
  const draw = DRAW.test(text.text) && !/\bvictory\b/i.test(text.text);
  return { winner: draw ? null : winnerOf(account, text.text), draw };
}

function compareValues(a: NamedClaim, b: NamedClaim, winnerOf: WinnerOf): Compatibility | null {
  const va = a.claim.value;
  const vb = b.claim.value;
  if (va === null || vb === null) return null;
  if (va.type === 'quantity' && vb.type === 'quantity') return quantitiesCompatible(va, vb);
  if (va.type === 'date' && vb.type === 'date') return datesCompatible(va, vb);
  if (va.type === 'scale' && vb.type === 'scale') return scalesCompatible(va, vb);
  if (va.type === 'name' && vb.type === 'name') {
    const x = surname(va);
    const y = surname(vb);
    if (x === null || y === null) return null;
    return sameName(x, y)
      ? { compatible: true, why: 'the same person' }
      : { compatible: false, why: 'different people' };
  }
  if (va.type === 'text' && vb.type === 'text') {
    if (a.claim.kind === 'outcome' && b.claim.kind === 'outcome') {
      const x = outcomeOf(va, a.account, winnerOf);
      const y = outcomeOf(vb, b.account, winnerOf);
      if (x.winner !== null && y.winner !== null) {
        return x.winner === y.winner
          ? { compatible: true, why: 'the same side won' }
          : { compatible: false, why: 'each gives the victory to a different side' };
      }
      if ((x.draw && y.winner !== null) || (y.draw && x.winner !== null))
        return { compatible: false, why: 'one has a victory, the other no victor' };
      return null;
    }
    const head = (t: string): string => t.split(',')[0]!.trim().toLowerCase();
    return head(va.text) === head(vb.text) ? { compatible: true, why: 'the same words' } : null;
  }
  return null;
}

/** Compares two claims of different accounts; null when they cannot be judged against each other. */
export function comparePair(a: NamedClaim, b: NamedClaim, winnerOf: WinnerOf): PairVerdict | null {
  const c = compareValues(a, b, winnerOf);
  if (c === null) return null;
  const quote = (n: NamedClaim): string => `${n.name} “${n.claim.text}”`;
  const joint = c.compatible ? 'agree' : 'cannot both be true';
  return {
    a,
    b,
    compatible: c.compatible,
    reason: `${quote(a)} and ${quote(b)} ${joint}: ${c.why}`,
  };
}
