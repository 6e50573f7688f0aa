/** A source's place in the chain of transmission. */
export const SOURCE_CATEGORIES = ['primary', 'secondary', 'tertiary'] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

/** A CSL-JSON name (author, editor…). */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly literal?: string;
}

/** The subset of CSL-JSON this tool reads and writes; other fields are kept as they came. */
export interface CslData {
  readonly id: string;
  readonly type: string;
  readonly title?: string;
  readonly author?: readonly CslName[];
  readonly issued?: {
    readonly 'date-parts'?: readonly (readonly (number | string)[])[];
    readonly literal?: string;
  };
  readonly publisher?: string;
  readonly URL?: string;
  readonly [field: string]: unknown;
}

/**
 * A bibliographic record plus source criticism. `via` lists, nearest first, the sources through
 * which this one is known: Mazarof's report has `via: [kutay.id]`.
 */
export interface Source {
  readonly id: string;
  readonly csl: CslData;
  readonly category: SourceCategory | null;
  /** When it was composed, as free text ("February 1922", "1960s"). */
  readonly composed: string;
  readonly perspective: string;
  readonly reliability: string;
  readonly via: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** How a citation bears on the claim it is attached to. */
export const STANCES = ['supports', 'contradicts', 'qualifies', 'mentions'] as const;
export type Stance = (typeof STANCES)[number];

/** Links a claim to a source. */
export interface Citation {
  readonly id: string;
  readonly claimId: string;
  readonly sourceId: string;
  /** Page, chapter, folio… as the user wrote it ("p. 212"). */
  readonly locator: string;
  /** The source's own words. */
  readonly quote: string;
  readonly stance: Stance;
  /** The value as the source gives it, as text ("7,000"). */
  readonly value: string;
  readonly createdAt: string;
}
