/**
 * An account as the comparison sees it: the article read from its text, the claims the engine
 * found in it (each with an id, the shape of `apparatus audit --json`), a short key that names its
 * column (`a`, `b`, or an account id) and a name for the reasons a reader sees ("the earlier
 * version", "Battles for Dushanbe"). The comparison never re-reads text: it works on what the
 * claims engine found, so the two can never disagree about what a text says.
 */
import type { Article } from '../article.ts';
import type { DetectedClaim } from '../claim.ts';
import { readInfobox } from '../engine/extract.ts';
import type { Side } from '../engine/sides.ts';

/**
 * A detected claim with its id, as `auditArticle` and `apparatus audit --json` give it. Any
 * richer claim (the engine's audited claim, a stored claim mapped to offsets) fits this shape.
 */
export type ComparedClaim = DetectedClaim & { readonly id: string };

/** One account to compare: one column of the synoptic table. */
export interface ComparedAccount {
  /** Names the column; unique among the accounts compared ("a", "b", or an account id). */
  readonly key: string;
  /** The account's title, as the table's column header shows it. */
  readonly title: string;
  /** How reasons refer to this account ("A", "the earlier version"); defaults to the title. */
  readonly name?: string;
  readonly article: Article;
  readonly claims: readonly ComparedClaim[];
}

/** The name reasons use for an account. */
export function accountName(account: ComparedAccount): string {
  return account.name ?? account.title;
}

/**
 * The sides of an account, from its infobox's Combatant and Commander fields, through the claims
 * engine's {@link buildSides} so that a side is known by the same words the engine used to place
 * prose figures ("the Soviets", "Enver's troops"). An account without an infobox has no sides.
 */
export function sidesOfAccount(article: Article): Side[] {
  return readInfobox(article).sides;
}
