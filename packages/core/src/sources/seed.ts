import { newId } from '../ids.ts';
import type { Citation, Source, Stance } from '../source.ts';

/**
 * The sentence of the *Siege of Dushanbe* seed article that names its sources, exactly as it
 * stands in `fixtures/siege-of-dushanbe.txt`. The app finds it in the article's text, makes a
 * `statement` claim of it (origin `user`: the engine does not detect statements) and cites it.
 */
export const SEED_CITED_SENTENCE =
  'According to Cemal Kutay, the Russian commander in Dushanbe, Mazarof, reported that Enver Pasha had organized a strong resistance movement with growing local support, inflicting heavy losses on Russian forces and compelling them to contemplate abandoning the city.';

/**
 * A citation the first run should attach once the claim for {@link sentence} exists; turn it
 * into a {@link Citation} with {@link citeSeed}.
 */
export interface SeedCitationPlan {
  /** The exact text to find in the article; the claim spans all of it. */
  readonly sentence: string;
  readonly sourceId: string;
  readonly stance: Stance;
  /** Empty: the article gives no page, and the report's own words are not known. */
  readonly locator: string;
  readonly quote: string;
  readonly value: string;
}

/** What the app's first run writes besides the article: the sources it names, and a citation. */
export interface SeedSources {
  /** Cemal Kutay, then Mazarof's report. */
  readonly sources: readonly Source[];
  readonly kutay: Source;
  readonly mazarof: Source;
  readonly citations: readonly SeedCitationPlan[];
}

/**
 * The sources the seed article names, and nothing it does not say.
 *
 * - **Cemal Kutay** — secondary: the article reports Mazarof's words "according to" him. Only
 *   his name is given; there is no title, year, publisher or page, so those stay empty and the
 *   Sources view shows them as missing. CSL type `document` (the generic type): the article does
 *   not say whether he wrote a book or an article.
 * - **Mazarof's report** — primary: "the Russian commander in Dushanbe, Mazarof, reported…",
 *   known only through Kutay (`via: [kutay.id]`). CSL type `report`, author `{family: 'Mazarof'}`
 *   (no given name is known), and no title: "Mazarof's report" is how the tool labels an untitled
 *   report, not an invented title. `composed` is left EMPTY: the article does not date the
 *   report. The sentence stands between the events of 7 and 14 February and speaks of the
 *   garrison contemplating abandoning the city, which suggests it was made during the siege, but
 *   the siege itself began "28 January or 8 February", so even "February 1922" would claim more
 *   than the text says. The inference is recorded in the reliability note instead, as an inference.
 *
 * The citation goes to Mazarof's report, not to Kutay: the report is the witness whose words the
 * sentence gives, and its chain already shows that it is known via Kutay (citing both would count
 * one testimony twice). The stance is `supports`, because the article presents the report as
 * saying exactly this; the weakness of that testimony is carried by the chain and the reliability
 * note, and the claim itself stays `unreviewed` until a person checks it.
 */
export function seedSources(now: string = new Date().toISOString()): SeedSources {
  const kutayId = newId();
  const mazarofId = newId();
  const kutay: Source = {
    id: kutayId,
    csl: { id: kutayId, type: 'document', author: [{ family: 'Kutay', given: 'Cemal' }] },
    category: 'secondary',
    composed: '',
    perspective: '',
    reliability: 'Named in the article without a work, year or page.',
    via: [],
    createdAt: now,
    updatedAt: now,
  };
  const mazarof: Source = {
    id: mazarofId,
    csl: { id: mazarofId, type: 'report', author: [{ family: 'Mazarof' }] },
    category: 'primary',
    composed: '',
    perspective:
      'The Russian commander in Dushanbe, reporting on the Basmachi forces besieging it.',
    reliability:
      'Known only as Cemal Kutay gives it, as the article reports. Undated; its place in the narrative suggests it was made during the siege (before 14 February 1922), which the article does not state.',
    via: [kutayId],
    createdAt: now,
    updatedAt: now,
  };
  const citation: SeedCitationPlan = {
    sentence: SEED_CITED_SENTENCE,
    sourceId: mazarofId,
    stance: 'supports',
    locator: '',
    quote: '',
    value: '',
  };
  return { sources: [kutay, mazarof], kutay, mazarof, citations: [citation] };
}

/** Makes the stored {@link Citation} for a seed plan once its claim exists. */
export function citeSeed(
  plan: SeedCitationPlan,
  claimId: string,
  now: string = new Date().toISOString(),
): Citation {
  return {
    id: newId(),
    claimId,
    sourceId: plan.sourceId,
    locator: plan.locator,
    quote: plan.quote,
    stance: plan.stance,
    value: plan.value,
    createdAt: now,
  };
}
