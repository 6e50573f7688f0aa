import {
  buildSynopsis,
  citationCountText,
  sourceLabel,
  type Account,
  type Citation,
  type Claim,
  type ClaimKind,
  type ClaimStatus,
  type ComparedAccount,
  type ComparedClaim,
  type RevisionSide,
  type RowStatus,
  type Source,
  type Subject,
  type SubjectOverrides,
  type Synopsis,
} from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { valueReading } from '../claims/value-text.ts';
import { engineClaimOf } from '../claims/engine-claim.ts';

/**
 * The Compare view's model, built once per change of its inputs (never per row per render): the
 * stored accounts and claims turned into the comparison's accounts, the synopsis
 * (`buildSynopsis` with the reader's joins and splits), and each cell's display — the account's
 * own words, the normalised value, the citations' count and source labels — so that the table
 * only stamps strings into a template, even with hundreds of rows.
 */

/** The column key of the `i`-th chosen account: a, b, c… (short, for split rows' labels). */
export function columnKey(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `c${i}`;
}

/**
 * One stored account as the comparison sees it: its article read from its text, its live
 * (attached) claims at their stored offsets, with their subjects' labels. The claim ids stay the
 * stored ids, so a row leads to the claim in the editor. Null when the text is no longer an
 * article (the reason is returned instead).
 */
export function comparedAccountOf(
  key: string,
  account: Account,
  claims: readonly Claim[],
  labelOf: ReadonlyMap<string, string>,
): { readonly value: ComparedAccount } | { readonly error: string } {
  const article = readArticle(account.text);
  if ('error' in article)
    return { error: `“${account.title}” cannot be compared: ${article.error}` };
  const compared: ComparedClaim[] = claims
    .filter((c) => !c.detached)
    .map((c) => engineClaimOf(c, c.subjectId === null ? null : (labelOf.get(c.subjectId) ?? null)))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  return { value: { key, title: account.title, article: article.value, claims: compared } };
}

/** One claim in a cell, ready to print. */
export interface CellClaim {
  readonly id: string;
  /** The account's own words. */
  readonly text: string;
  /** The normalised value ("about 1,500"; "Moderate"), or a dash when there is none. */
  readonly value: string;
  /** The reader's verdict on the claim (set in the Article view): disputed, supported… */
  readonly status: ClaimStatus;
  /** "no citations", "2 citations". */
  readonly citations: string;
  /** The labels of the sources cited, each once. */
  readonly sources: readonly string[];
}

/** One row of the table, ready to print. */
export interface CompareRow {
  readonly label: string;
  readonly kind: ClaimKind;
  readonly status: RowStatus;
  readonly reason: string;
  /** Sides named by the row, joined for the side filter ("Basmachi Movement / Basmachi rebels"). */
  readonly side: string;
  /** One cell per chosen account, in column order. */
  readonly cells: readonly (readonly CellClaim[])[];
  /** How many accounts speak in this row (a row with two or more may be split). */
  readonly speaking: number;
}

/** The whole model of the view. */
export interface CompareModel {
  readonly columns: readonly {
    readonly key: string;
    readonly title: string;
    readonly id: string;
  }[];
  readonly synopsis: Synopsis;
  readonly rows: readonly CompareRow[];
  /** Accounts that could not be compared, and why. */
  readonly problems: readonly string[];
}

/** What the model is built from. */
export interface CompareInputs {
  readonly accounts: readonly Account[];
  readonly claims: ReadonlyMap<string, readonly Claim[]>;
  readonly subjects: readonly Subject[];
  readonly citations: readonly Citation[];
  readonly sources: readonly Source[];
  readonly overrides: SubjectOverrides;
}

/** The word a row's status shows: the table says "Conflict" where values cannot all be true. */
export const STATUS_WORDS: Readonly<Record<RowStatus, string>> = {
  conflict: 'Conflict',
  agree: 'Agree',
  uncompared: 'Not comparable',
  single: 'One account only',
};

/** Builds the model; linear in claims and citations (indexes are built once). */
export function buildCompareModel(inputs: CompareInputs): CompareModel {
  const labelOf = new Map(inputs.subjects.map((s) => [s.id, s.label]));
  const problems: string[] = [];
  const compared: ComparedAccount[] = [];
  const columns: { key: string; title: string; id: string }[] = [];
  inputs.accounts.forEach((account) => {
    const key = columnKey(columns.length);
    const made = comparedAccountOf(key, account, inputs.claims.get(account.id) ?? [], labelOf);
    if ('error' in made) {
      problems.push(made.error);
      return;
    }
    compared.push(made.value);
    columns.push({ key, title: account.title, id: account.id });
  });

  const statusOf = new Map<string, ClaimStatus>();
  for (const list of inputs.claims.values()) for (const c of list) statusOf.set(c.id, c.status);
  const sourceById = new Map(inputs.sources.map((s) => [s.id, s]));
  const citationsOf = new Map<string, Citation[]>();
  for (const c of inputs.citations) {
    const list = citationsOf.get(c.claimId);
    if (list) list.push(c);
    else citationsOf.set(c.claimId, [c]);
  }
  const cellClaim = (claim: ComparedClaim): CellClaim => {
    const cited = citationsOf.get(claim.id) ?? [];
    const sources = new Set<string>();
    for (const c of cited) {
      const source = sourceById.get(c.sourceId);
      if (source) sources.add(sourceLabel(source));
    }
    return {
      id: claim.id,
      text: claim.text,
      value: claim.value === null ? '—' : valueReading(claim.value),
      status: statusOf.get(claim.id) ?? 'unreviewed',
      citations: citationCountText(cited.length),
      sources: [...sources],
    };
  };

  const synopsis = buildSynopsis(compared, inputs.overrides);
  const rows = synopsis.rows.map((row): CompareRow => ({
    label: row.label,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    side: [...new Set(Object.values(row.sides))].join(' / '),
    cells: row.cells.map((cell) => cell.claims.map(cellClaim)),
    speaking: row.cells.filter((cell) => cell.claims.length > 0).length,
  }));
  return { columns, synopsis, rows, problems };
}

/**
 * The counterparts of a claim: the claims of other accounts in the same row (same cross-account
 * subject), by claim id. What parallel reading lights up when a claim is selected or hovered.
 */
export function counterpartIndex(synopsis: Synopsis): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const row of synopsis.rows) {
    for (const cell of row.cells) {
      const others = row.cells
        .filter((other) => other.account !== cell.account)
        .flatMap((other) => other.claims.map((c) => c.id));
      for (const claim of cell.claims) index.set(claim.id, others);
    }
  }
  return index;
}

/** One side of a revision diff: the account's id, title and text, and its live claims. */
export interface RevisionPartner extends RevisionSide {
  readonly id: string;
  readonly title: string;
}

/**
 * The first pair among the chosen accounts where one revises the other, as the revision diff
 * wants them (older first); undefined when no chosen account revises another chosen one.
 */
export function revisionPairOf(
  chosen: readonly Account[],
  claimsOf: (accountId: string) => readonly Claim[] | undefined,
): { readonly older: RevisionPartner; readonly newer: RevisionPartner } | undefined {
  const newer = chosen.find(
    (a) => a.revisionOf !== null && chosen.some((b) => b.id === a.revisionOf),
  );
  const older = newer && chosen.find((a) => a.id === newer.revisionOf);
  if (!newer || !older) return undefined;
  const side = (a: Account): RevisionPartner => ({
    id: a.id,
    title: a.title,
    text: a.text,
    claims: (claimsOf(a.id) ?? [])
      .filter((c) => !c.detached)
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        text: c.quote.exact,
        start: c.position.start,
        end: c.position.end,
      })),
  });
  return { older: side(older), newer: side(newer) };
}
