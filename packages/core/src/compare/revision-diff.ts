/**
 * The revision diff: when one account is a revision of another, what changed between them, word
 * by word (jsdiff's `diffWordsWithSpace`), with the changes that touch a figure or a date picked
 * out and each change linked to the claims it touches on both sides, by offsets. An editor who
 * revised "Moderate" to "Heavy" or "February 1922" to "28 January or 8 February–14 February"
 * should see that first, and be able to go from the change to both claims.
 *
 * Pure: the texts and claims in, the diff out. Offsets are UTF-16 offsets into each account's
 * text, like every claim's `start`/`end`.
 */
import { diffWordsWithSpace } from 'diff';
import type { DetectedClaim } from '../claim.ts';

/** A text with its claims (ids and offsets are all the diff needs). */
export interface RevisionSide {
  readonly text: string;
  readonly claims: readonly (Pick<DetectedClaim, 'kind' | 'start' | 'end' | 'text'> & {
    readonly id: string;
  })[];
}

/** A run of the diff, for display: the same in both, only in the older, or only in the newer. */
export interface DiffPart {
  readonly type: 'same' | 'removed' | 'added';
  readonly text: string;
  /** Offset of the run in the older text (`same`, `removed`) or the newer (`added`). */
  readonly start: number;
}

/**
 * One change: a removed run, an added run, or a removed run replaced by an added one. A change is
 * never cut inside a word: "1,500" → "2,000" is one change, though the word diff splits it at the
 * comma.
 */
export interface RevisionChange {
  readonly type: 'removed' | 'added' | 'replaced';
  /** Where the change sits in the older text (an empty range for a pure addition). */
  readonly before: { readonly start: number; readonly end: number; readonly text: string };
  /** Where it sits in the newer text (an empty range for a pure removal). */
  readonly after: { readonly start: number; readonly end: number; readonly text: string };
  /** True when it touches a figure or a date: a claim of kind date, quantity or scale, or digits. */
  readonly touchesValue: boolean;
  /** Ids of the older account's claims the change touches. */
  readonly claimsBefore: readonly string[];
  /** Ids of the newer account's claims the change touches. */
  readonly claimsAfter: readonly string[];
}

/** The whole diff: the runs for display and the changes, figures and dates first. */
export interface RevisionDiff {
  readonly parts: readonly DiffPart[];
  readonly changes: readonly RevisionChange[];
  /** The changes that touch a figure or a date, in text order. */
  readonly valueChanges: readonly RevisionChange[];
}

const VALUE_KINDS = new Set(['date', 'quantity', 'scale']);

/**
 * Claims touched by a change at `[start, end)`: those overlapping it, or, for an empty range (a
 * pure insertion or removal on the other side), those strictly containing that point.
 */
function touched(side: RevisionSide, start: number, end: number): RevisionSide['claims'] {
  return side.claims.filter((c) =>
    start === end ? c.start < start && start < c.end : c.start < end && start < c.end,
  );
}

/** Diffs an older account against its revision. */
export function diffRevision(older: RevisionSide, newer: RevisionSide): RevisionDiff {
  const parts: DiffPart[] = [];
  let a = 0;
  let b = 0;
  for (const change of diffWordsWithSpace(older.text, newer.text)) {
    if (change.added) {
      parts.push({ type: 'added', text: change.value, start: b });
      b += change.value.length;
    } else if (change.removed) {
      parts.push({ type: 'removed', text: change.value, start: a });
      a += change.value.length;
    } else {
      parts.push({ type: 'same', text: change.value, start: a });
      a += change.value.length;
      b += change.value.length;
    }
  }

  const changes: RevisionChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (part.type === 'same') {
      oldAt += part.text.length;
      newAt += part.text.length;
      continue;
    }
    // A change runs on over a same run inside a word: the word diff cuts "1,500" → "2,000" at
    // the comma, but a reader sees one figure changed, not "1" → "2" and "500" → "000".
    let removed = '';
    let added = '';
    for (; i < parts.length; i += 1) {
      const run = parts[i]!;
      if (run.type === 'removed') removed += run.text;
      else if (run.type === 'added') added += run.text;
      else if (/\s/.test(run.text) || (parts[i + 1]?.type ?? 'same') === 'same') break;
      else {
        removed += run.text;
        added += run.text;
      }
    }
    i -= 1;
    const before = { start: oldAt, end: oldAt + removed.length, text: removed };
    const after = { start: newAt, end: newAt + added.length, text: added };
    oldAt = before.end;
    newAt = after.end;
    if (removed.trim() === '' && added.trim() === '') continue;
    const claimsBefore = touched(older, before.start, before.end);
    const claimsAfter = touched(newer, after.start, after.end);
    const touchesValue =
      /\d/.test(removed + added) ||
      [...claimsBefore, ...claimsAfter].some((c) => VALUE_KINDS.has(c.kind));
    changes.push({
      type: removed === '' ? 'added' : added === '' ? 'removed' : 'replaced',
      before,
      after,
      touchesValue,
      claimsBefore: claimsBefore.map((c) => c.id),
      claimsAfter: claimsAfter.map((c) => c.id),
    });
  }
  return { parts, changes, valueChanges: changes.filter((c) => c.touchesValue) };
}
