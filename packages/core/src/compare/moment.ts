/**
 * The moment a prose figure speaks of: the date stated in its own sentence ("On 7 February, the
 * Soviets suffered over 100 casualties"). Accounts give figures for several moments under one
 * subject — losses on 7 February, losses on 14 February, losses over the whole campaign — and
 * only figures of the same moment can contradict each other. The moment is read from the date
 * claims the engine found, so dates are never parsed twice.
 */
import { prosePieces, type Article } from '../article.ts';
import { sentencesOf, type Sentence } from '../engine/text.ts';
import type { ComparedClaim } from './account.ts';

/** Where a claim stands: in the infobox (with its field) or in the prose (with its moment). */
export type ClaimPlace =
  | { readonly where: 'infobox'; readonly field: string }
  | { readonly where: 'prose'; readonly moment: string | null; readonly momentText: string | null };

/**
 * A lookup of the prose sentence a claim at `[start, end)` stands in (the sentence holding its
 * start, in the prose piece holding all of it), or undefined in the infobox. Each piece is split
 * into sentences once, when a claim in it is first looked up, not once per claim.
 */
export function proseSentenceOf(
  article: Article,
): (start: number, end: number) => Sentence | undefined {
  const pieces = prosePieces(article);
  const split = new Map<number, Sentence[]>();
  return (start, end) => {
    const i = pieces.findIndex((p) => p.start <= start && end <= p.end);
    if (i < 0) return undefined;
    let sentences = split.get(i);
    if (sentences === undefined) {
      sentences = sentencesOf(article.text, pieces[i]!.start, pieces[i]!.end);
      split.set(i, sentences);
    }
    return sentences.find((s) => s.start <= start && start < s.end);
  };
}

/**
 * Places every claim of an account: infobox claims by their field, prose claims by the first
 * date claim of their sentence (its interval, as a key such as "1922-02-07/1922-02-07"). A date
 * claim has no moment of its own: it is the moment. Pure; keyed by claim id.
 */
export function placeClaims(
  article: Article,
  claims: readonly ComparedClaim[],
): Map<string, ClaimPlace> {
  const places = new Map<string, ClaimPlace>();
  const sentenceOf = proseSentenceOf(article);
  const dates = claims.filter((c) => c.field === undefined && c.value?.type === 'date');
  for (const claim of claims) {
    if (claim.field !== undefined) {
      places.set(claim.id, { where: 'infobox', field: claim.field });
      continue;
    }
    if (claim.kind === 'date') {
      places.set(claim.id, { where: 'prose', moment: null, momentText: null });
      continue;
    }
    const sentence = sentenceOf(claim.start, claim.end);
    const date =
      sentence &&
      dates.find((d) => d.id !== claim.id && d.start >= sentence.start && d.end <= sentence.end);
    if (date?.value?.type === 'date') {
      places.set(claim.id, {
        where: 'prose',
        moment: `${date.value.earliest ?? ''}/${date.value.latest ?? ''}`,
        momentText: date.text,
      });
    } else {
      places.set(claim.id, { where: 'prose', moment: null, momentText: null });
    }
  }
  return places;
}

/**
 * Whether two claims of different accounts speak of the same moment and so may be compared: two
 * infobox claims always (the same field of two infoboxes sums up the same engagement); two prose
 * claims when their sentences name the same date, or neither names one; an infobox claim and a
 * prose claim only when the prose names no date (a figure of one day is not the engagement's).
 */
export function sameMoment(a: ClaimPlace, b: ClaimPlace): boolean {
  if (a.where === 'infobox' && b.where === 'infobox') return true;
  if (a.where === 'prose' && b.where === 'prose') return a.moment === b.moment;
  const prose = a.where === 'prose' ? a : b.where === 'prose' ? b : null;
  return prose !== null && prose.moment === null;
}
