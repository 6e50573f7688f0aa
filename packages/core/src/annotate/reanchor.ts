import search from 'approx-string-match';
import type { TextPosition, TextQuote } from '../claim.ts';
import type { Parsed } from '../result.ts';

/** Where a quote was found again, and how sure the match is (0–1; 1 = exact, in context, in place). */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** How far either side of the expected position {@link anchorQuote} looks, in characters. */
export const ANCHOR_WINDOW = 2048;

/** Below this score a match is not trusted: the claim is left for review instead of guessed. */
export const ANCHOR_THRESHOLD = 0.75;

// Hypothesis' weights (match-quote.js): the words count most, then their context, then place.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Finds a stored claim's words in `text` again, the way Hypothesis re-anchors an annotation
 * (STYLE.md, "redundant anchors, verified"): the exact words at the stored position first; then
 * the exact words elsewhere, and only then a fuzzy match (Myers' algorithm, `approx-string-match`,
 * at most a quarter of the words wrong) — both only within {@link ANCHOR_WINDOW} characters of
 * the stored position, because a whole-book fuzzy search costs ~50 ms per quote. Each candidate
 * is scored by its words, its prefix and suffix, and its distance from the position; the best
 * wins if it reaches {@link ANCHOR_THRESHOLD}. Otherwise the error says why, and the caller
 * leaves the claim "needs review" rather than marking the wrong words. Never throws.
 */
export function anchorQuote(
  text: string,
  quote: TextQuote,
  position: TextPosition,
): Parsed<QuoteMatch> {
  const exact = quote.exact;
  if (exact.length === 0) return { error: 'The claim has no words to look for.' };
  if (text.slice(position.start, position.end) === exact) {
    const score = scoreAt(text, quote, position.start, position.end, 0, position.start);
    if (score >= ANCHOR_THRESHOLD)
      return { value: { start: position.start, end: position.end, score } };
  }
  const from = Math.max(0, position.start - ANCHOR_WINDOW);
  const to = Math.min(text.length, position.end + ANCHOR_WINDOW);
  const window = text.slice(from, to);
  const found: { best: QuoteMatch | null } = { best: null };
  const consider = (start: number, end: number, errors: number): void => {
    const score = scoreAt(text, quote, start, end, errors, position.start);
    if (found.best === null || score > found.best.score) found.best = { start, end, score };
  };
  for (let at = window.indexOf(exact); at >= 0; at = window.indexOf(exact, at + 1)) {
    consider(from + at, from + at + exact.length, 0);
  }
  if (found.best === null || found.best.score < ANCHOR_THRESHOLD) {
    const maxErrors = Math.floor(exact.length / 4);
    if (maxErrors > 0) {
      for (const match of search(window, exact, maxErrors)) {
        consider(from + match.start, from + match.end, match.errors);
      }
    }
  }
  const best = found.best;
  if (best === null) return { error: `“${exact}” is not in the text near where it was.` };
  if (best.score < ANCHOR_THRESHOLD) {
    return { error: `“${exact}” was found only in other words or another place; it needs review.` };
  }
  return { value: best };
}

/** A candidate's score: its words, its context either side, its distance from where it was. */
function scoreAt(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  errors: number,
  expected: number,
): number {
  const words = 1 - errors / quote.exact.length;
  const prefix = similarity(
    quote.prefix,
    text.slice(Math.max(0, start - quote.prefix.length), start),
  );
  const suffix = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const place = 1 - Math.min(1, Math.abs(start - expected) / ANCHOR_WINDOW);
  return (
    (QUOTE_WEIGHT * words +
      PREFIX_WEIGHT * prefix +
      SUFFIX_WEIGHT * suffix +
      POSITION_WEIGHT * place) /
    MAX_SCORE
  );
}

/**
 * How alike a stored context and the text beside a candidate are (0–1), by edit distance. An empty
 * stored context (the claim starts or ends the text) matches anything.
 */
function similarity(stored: string, found: string): number {
  if (stored.length === 0) return 1;
  if (stored === found) return 1;
  const matches = search(found, stored, stored.length);
  const errors = matches.reduce((least, m) => Math.min(least, m.errors), stored.length);
  return 1 - errors / stored.length;
}
