import type { Claim, ClaimKind, TextQuote } from '../claim.ts';
import { newId } from '../ids.ts';
import type { Parsed } from '../result.ts';
import { fail, ok } from '../result.ts';
import type { ClaimValue } from '../values.ts';
import { readers, type ValueContext } from './readers.ts';

/**
 * How many characters of context a TextQuote keeps either side (Hypothesis keeps 32). The one
 * width for every stored quote (the editor's anchors on save, claims made outside an editor such
 * as the seed and imports), since `anchorQuote` (reanchor.ts) scores a match by this context.
 */
export const QUOTE_CONTEXT = 32;

/**
 * The W3C TextQuote of `[start, end)` in `fullText`: the exact words and up to
 * {@link QUOTE_CONTEXT} characters before and after (fewer at either end of the text), so that
 * `anchorQuote` can find the claim again after edits. Offsets are UTF-16 offsets, like a claim's
 * `position`. Every layer that stores a quote should build it here.
 */
export function quoteAt(fullText: string, start: number, end: number): TextQuote {
  return {
    exact: fullText.slice(start, end),
    prefix: fullText.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: fullText.slice(end, end + QUOTE_CONTEXT),
  };
}

/**
 * The kind a selection most likely is, with its value: a date when the values layer reads it as
 * one, else a figure, else a scale word ("Heavy"), else a free `statement` holding the words.
 * Dates go first because "1922" alone is a year, not a count (ARCHITECTURE.md).
 */
export function guessClaimKind(
  text: string,
  context?: ValueContext,
): { kind: ClaimKind; value: ClaimValue } {
  const trimmed = text.trim();
  const date = readers.parseDate(trimmed, context);
  if ('value' in date) return { kind: 'date', value: date.value };
  const quantity = readers.parseQuantity(trimmed);
  if ('value' in quantity) return { kind: 'quantity', value: quantity.value };
  const scale = readers.parseScale(trimmed);
  if ('value' in scale) return { kind: 'scale', value: scale.value };
  return { kind: 'statement', value: { type: 'text', text: trimmed.replace(/\s+/g, ' ') } };
}

/** A selection in an account's plain text that a reader wants to make a claim of. */
export interface SelectionDraft {
  readonly accountId: string;
  /** The selected words, as the editor reports them. */
  readonly text: string;
  /** UTF-16 offsets of the selection in `fullText`. */
  readonly start: number;
  readonly end: number;
  /** The account's whole plain text, for the quote's prefix and suffix. */
  readonly fullText: string;
  readonly now: string;
  /** The id the editor's new claim mark already carries, if it made one first. */
  readonly id?: string;
  /** The year and last clear date before the selection, so "14 February" gets its year. */
  readonly context?: ValueContext;
}

/**
 * A user claim from a selection: kind guessed ({@link guessClaimKind}), value read, TextQuote and
 * TextPosition taken from the text, status unreviewed. An empty or blank selection, or offsets
 * that do not point at `text` in `fullText`, are errors (a stale selection must not make a claim
 * anchored to the wrong words).
 */
export function claimFromSelection(draft: SelectionDraft): Parsed<Claim> {
  const { start, end, fullText } = draft;
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= fullText.length
  )) {
    return fail('Select the words of the claim first.');
  }
  const exact = fullText.slice(start, end);
  if (exact !== draft.text)
    return fail('The selection no longer matches the text; select the words again.');
  if (exact.trim() === '') return fail('Select words, not only spaces.');
  const { kind, value } = guessClaimKind(exact, draft.context);
  return ok({
    id: draft.id ?? newId(),
    accountId: draft.accountId,
    kind,
    value,
    subjectId: null,
    status: 'unreviewed',
    statusReason: '',
    statusChangedAt: null,
    origin: 'user',
    quote: quoteAt(fullText, start, end),
    position: { start, end },
    detached: false,
    createdAt: draft.now,
    updatedAt: draft.now,
  });
}
