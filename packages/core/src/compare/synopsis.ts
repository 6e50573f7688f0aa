/**
 * The synoptic model behind the "Comparison" table: rows are subjects across accounts
 * ({@link alignSubjects}), columns are accounts, each cell holds the account's own words and
 * normalised values, and each row says whether the accounts agree, and why.
 *
 * A row is a `conflict` when a claim of one account is contradicted by another account: that
 * account says something of the same moment ({@link sameMoment}) and nothing it says there can be
 * true together with the claim ({@link comparePair}); `agree` when pairs were compared and no claim
 * is contradicted (a claim both accounts make agrees, even if each also makes another); `uncompared` when several accounts speak but nothing can
 * be set against anything (different days, no value, a scale against a figure); `single` when only
 * one account speaks. Commanders conflict only when each account names exactly one person for the
 * side: an account that names two commanders where another names one has left one out, not
 * contradicted it.
 */
import type { ClaimKind } from '../claim.ts';
import type { ComparedClaim, ComparedAccount } from './account.ts';
import { accountName } from './account.ts';
import type { CrossSubject, SubjectOverrides } from './cross-subjects.ts';
import { alignSubjects } from './cross-subjects.ts';
import { sameMoment } from './moment.ts';
import type { NamedClaim, PairVerdict } from './pair-verdict.ts';
import { comparePair, namesAPerson } from './pair-verdict.ts';

/** What a row says about its subject. */
export const ROW_STATUSES = ['conflict', 'agree', 'uncompared', 'single'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One account's cell of a row: its claims on the subject (their words and values), maybe none. */
export interface SynopticCell {
  readonly account: string;
  readonly claims: readonly ComparedClaim[];
}

/** One row of the synoptic table. */
export interface SynopticRow {
  readonly label: string;
  readonly measure: string;
  /** The kind of the row's claims (the first claim's, when they are mixed). */
  readonly kind: ClaimKind;
  /** How each account names the side the row is about, by account key (empty when none). */
  readonly sides: Readonly<Record<string, string>>;
  /** One cell per account, in the order the accounts were given. */
  readonly cells: readonly SynopticCell[];
  readonly status: RowStatus;
  readonly reason: string;
  /** The pairs that were compared; the incompatible pairs of a contradicted claim make the conflict. */
  readonly verdicts: readonly PairVerdict[];
  /** The incompatible pairs that make the conflict (empty unless `status` is `conflict`). */
  readonly conflicting: readonly PairVerdict[];
}

/** The whole comparison: the accounts (columns), the rows, and what could not be placed. */
export interface Synopsis {
  readonly accounts: readonly { readonly key: string; readonly title: string }[];
  readonly rows: readonly SynopticRow[];
  readonly unplaced: Readonly<Record<string, readonly ComparedClaim[]>>;
}

/** Builds the synoptic model of several accounts, with the user's subject overrides applied. */
export function buildSynopsis(
  accounts: readonly ComparedAccount[],
  overrides: SubjectOverrides = {},
): Synopsis {
  const alignment = alignSubjects(accounts, overrides);
  const rows = alignment.subjects.map((subject) => judgeRow(subject, accounts, alignment));
  return {
    accounts: accounts.map((a) => ({ key: a.key, title: a.title })),
    rows,
    unplaced: alignment.unplaced,
  };
}

function judgeRow(
  subject: CrossSubject,
  accounts: readonly ComparedAccount[],
  alignment: ReturnType<typeof alignSubjects>,
): SynopticRow {
  const cells = accounts.map((a): SynopticCell => ({
    account: a.key,
    claims: subject.claims[a.key] ?? [],
  }));
  const first = cells.find((c) => c.claims.length > 0)?.claims[0];
  const base = {
    label: subject.label,
    measure: subject.measure,
    kind: first?.kind ?? 'statement',
    sides: subject.sides,
    cells,
  };
  const speaking = cells.filter((c) => c.claims.length > 0);
  if (speaking.length < 2) {
    const who = speaking[0]
      ? accountName(accounts.find((a) => a.key === speaking[0]!.account)!)
      : 'no account';
    return {
      ...base,
      status: 'single',
      reason: `only ${who} speaks of this`,
      verdicts: [],
      conflicting: [],
    };
  }
  const named = (account: ComparedAccount, claim: ComparedClaim): NamedClaim => ({
    claim,
    account: account.key,
    name: accountName(account),
  });
  const verdicts: PairVerdict[] = [];
  for (let i = 0; i < accounts.length; i += 1) {
    for (let j = i + 1; j < accounts.length; j += 1) {
      const ai = accounts[i]!;
      const aj = accounts[j]!;
      const xs = subject.claims[ai.key] ?? [];
      const ys = subject.claims[aj.key] ?? [];
      const onePersonEach =
        xs.filter((c) => namesAPerson(c.value)).length === 1 &&
        ys.filter((c) => namesAPerson(c.value)).length === 1;
      for (const x of xs) {
        for (const y of ys) {
          if (!sameMoment(alignment.places.get(x.id)!, alignment.places.get(y.id)!)) continue;
          const verdict = comparePair(named(ai, x), named(aj, y), alignment.winnerOf);
          if (verdict === null) continue;
          if (!verdict.compatible && x.value?.type === 'name' && !onePersonEach) continue;
          verdicts.push(verdict);
        }
      }
    }
  }
  // A claim is contradicted by another account when that account says something comparable of
  // the same moment and none of it can be true together with the claim. A claim the other account
  // also makes (with others beside it) is not contradicted: an account compared with itself, or
  // two accounts sharing one inner disagreement, agree.
  const matched = new Set<string>();
  for (const v of verdicts) {
    if (!v.compatible) continue;
    matched.add(`${v.a.claim.id}>${v.b.account}`);
    matched.add(`${v.b.claim.id}>${v.a.account}`);
  }
  const contradicted = (v: PairVerdict): boolean =>
    !matched.has(`${v.a.claim.id}>${v.b.account}`) ||
    !matched.has(`${v.b.claim.id}>${v.a.account}`);
  const conflicts = verdicts.filter((v) => !v.compatible && contradicted(v));
  if (conflicts.length > 0)
    return {
      ...base,
      status: 'conflict',
      reason: conflicts.map((v) => v.reason).join('; '),
      verdicts,
      conflicting: conflicts,
    };
  if (verdicts.length > 0)
    return {
      ...base,
      status: 'agree',
      reason: verdicts
        .filter((v) => v.compatible)
        .map((v) => v.reason)
        .join('; '),
      verdicts,
      conflicting: [],
    };
  const valueless = speaking.some((c) => c.claims.every((claim) => claim.value === null));
  const reason = valueless
    ? 'an account gives no value that can be compared'
    : 'the accounts speak of different moments or in terms that cannot be compared';
  return { ...base, status: 'uncompared', reason, verdicts, conflicting: [] };
}

/** Orders of the table: as the accounts tell it, conflicts first, by kind, by label. */
export const ROW_ORDERS = ['text', 'conflicts-first', 'kind', 'label'] as const;
export type RowOrder = (typeof ROW_ORDERS)[number];

const STATUS_RANK: Record<RowStatus, number> = { conflict: 0, agree: 1, uncompared: 2, single: 3 };

/** Sorts rows (a new array); ties keep the order of the text. */
export function sortRows(rows: readonly SynopticRow[], order: RowOrder): SynopticRow[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const by: Record<RowOrder, (a: SynopticRow, b: SynopticRow) => number> = {
    text: () => 0,
    'conflicts-first': (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
    kind: (a, b) => a.kind.localeCompare(b.kind),
    label: (a, b) => a.label.localeCompare(b.label),
  };
  return indexed.sort((a, b) => by[order](a.row, b.row) || a.i - b.i).map((x) => x.row);
}

/** What to keep: rows of these statuses, of this kind, about a side whose name contains `side`. */
export interface RowFilter {
  readonly status?: readonly RowStatus[];
  readonly kind?: ClaimKind;
  readonly side?: string;
}

/** Filters rows; a side filter matches any account's wording of the side, case-insensitively. */
export function filterRows(rows: readonly SynopticRow[], filter: RowFilter): SynopticRow[] {
  const side = filter.side?.toLowerCase();
  return rows.filter(
    (row) =>
      (filter.status === undefined || filter.status.includes(row.status)) &&
      (filter.kind === undefined || row.kind === filter.kind) &&
      (side === undefined || Object.values(row.sides).some((s) => s.toLowerCase().includes(side))),
  );
}
